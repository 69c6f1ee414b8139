/**
 * What a preview card shows, read back from a built page's own `<head>`: the
 * Open Graph and Twitter tags that `PageMeta.astro` writes. The card can
 * therefore never say something the page's metadata does not.
 */
export const previewCardSize = { width: 1200, height: 630 } as const;

export interface CardSpec {
  /** BCP 47 language of the page. */
  lang: string;
  siteName: string;
  title: string;
  /** Part of the site, shown above the title. */
  section?: string | undefined;
  /** Label and value pairs along the bottom (adoption date, parties). */
  facts: { label: string; value: string }[];
  /** Site path of the card image, from `og:image`. */
  imagePath: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });
}

/** `property`/`name` → `content` of the `<meta>` tags in the `<head>` of `html` (first of each). */
export function metaTags(html: string): Map<string, string> {
  const tags = new Map<string, string>();
  const headEnd = html.search(/<\/head>/i);
  for (const [tag] of (headEnd < 0 ? html : html.slice(0, headEnd)).matchAll(/<meta\s[^>]*>/gi)) {
    const attributes = Object.fromEntries(
      [...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key = '', value = '']) => [
        key,
        decodeEntities(value),
      ]),
    );
    const key = attributes.property ?? attributes.name;
    if (key && attributes.content !== undefined && !tags.has(key)) tags.set(key, attributes.content);
  }
  return tags;
}

/**
 * The card a built page asks for, or undefined when it has no `og:image`
 * (e.g. the 404 page). `siteRoot` is the site's URL with its base path, to
 * turn the image URL into a site path.
 */
export function cardSpecFromHtml(html: string, siteRoot: URL): CardSpec | undefined {
  const meta = metaTags(html);
  const image = meta.get('og:image');
  if (!image) return undefined;
  const imageUrl = new URL(image);
  if (!imageUrl.href.startsWith(siteRoot.href)) {
    throw new Error(`og:image ${image} is not on the site (${siteRoot.href})`);
  }
  const required = (key: string) => {
    const value = meta.get(key);
    if (!value) throw new Error(`a page with og:image ${image} has no ${key}`);
    return value;
  };
  const facts = [1, 2, 3, 4]
    .map((n) => ({ label: meta.get(`twitter:label${n}`), value: meta.get(`twitter:data${n}`) }))
    .filter((fact): fact is { label: string; value: string } => Boolean(fact.label && fact.value));
  return {
    lang: /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1] ?? 'ko',
    siteName: required('og:site_name'),
    title: required('og:title'),
    section: meta.get('article:section'),
    facts,
    imagePath: `/${imageUrl.pathname.slice(siteRoot.pathname.length)}`,
  };
}
