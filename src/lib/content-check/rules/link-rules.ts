/**
 * Links inside the site: each must lead to a page the site publishes, in the
 * reader's language, and to an anchor that page has. Checked against the
 * pages worked out from the content (published-site.ts), so no build is
 * needed. Links to other sites are not followed.
 */
import { locales, type Locale } from '../../../i18n/locales.ts';
import { localeOf } from '../../../i18n/routing.ts';
import type { RedirectTable } from '../../content/redirects.ts';
import { parseMarkdown } from '../../markdown/markdown-source.ts';
import { didYouMean, languageName, say, type Text } from '../messages.ts';
import { problem, warning, type Problem } from '../problems.ts';
import type { PublishedSite } from '../published-site.ts';
import { fileLine, stringsIn, walk, type DataFile, type MdNode, type PageFile } from '../read-files.ts';
import { closest } from '../schema-problems.ts';

export interface LinkTargets {
  site: PublishedSite;
  redirects: RedirectTable;
}

interface Finding {
  text: Text;
  severity: 'error' | 'warning';
}

const error = (text: Text): Finding => ({ text, severity: 'error' });
const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const hrefAttribute = /\bhref\s*=\s*["']([^"']*)["']/gi;

/** Every link target written in a parsed text: Markdown links, link definitions and `href` of HTML or MDX tags. */
export function linksIn(tree: MdNode): { url: string; node: MdNode }[] {
  const links: { url: string; node: MdNode }[] = [];
  walk(tree, (node) => {
    const { url, value, attributes } = node as {
      url?: unknown;
      value?: unknown;
      attributes?: { name?: unknown; value?: unknown }[];
    };
    if ((node.type === 'link' || node.type === 'definition') && typeof url === 'string') {
      links.push({ url, node });
    } else if (node.type === 'html' && typeof value === 'string') {
      for (const match of value.matchAll(hrefAttribute)) links.push({ url: match[1] ?? '', node });
    } else if (node.type.startsWith('mdxJsx')) {
      const href = attributes?.find((attribute) => attribute.name === 'href')?.value;
      if (typeof href === 'string') links.push({ url: href, node });
    }
  });
  return links;
}

function listOf(items: readonly string[], limit = 12): string {
  return items.length > limit ? `${items.slice(0, limit).join(', ')} …` : items.join(', ') || '-';
}

function missingPage(path: string, locale: Locale | undefined, targets: LinkTargets): Finding {
  const inEdition = [...targets.site.pages.keys()].filter((p) => localeOf(p) === locale);
  const section = /^\/(?:ko|en)\/(sectors|roles)\/([^/]+)\/$/.exec(path);
  if (section) {
    const [, kind, id = ''] = section;
    const ids = inEdition.flatMap((p) => {
      const match = new RegExp(`^/(?:ko|en)/${kind}/([^/]+)/$`).exec(p);
      return match?.[1] ? [match[1]] : [];
    });
    const values = { id, hint: didYouMean(closest(id, ids)), known: listOf(ids) };
    return error(say(kind === 'sectors' ? 'link.noSector' : 'link.noRole', values));
  }
  return error(say('link.noPage', { path, hint: didYouMean(closest(path, inEdition), (guess) => guess) }));
}

/**
 * A link to a file: fine when the site publishes it, a mistake when it sits
 * among published files (`/data/figure.json`), unknown otherwise (images and
 * other files served as they are).
 */
function missingFile(path: string, targets: LinkTargets): Finding | undefined {
  if (targets.site.files.has(path)) return undefined;
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const neighbours = [...targets.site.files].filter((file) => file.startsWith(folder));
  if (neighbours.length === 0) return undefined;
  return error(say('link.noFile', { path, hint: didYouMean(closest(path, neighbours), (guess) => guess) }));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What is wrong with one link from a page in `locale` whose own address is `ownPath`, if anything. */
export function linkFinding(
  url: string,
  locale: Locale | undefined,
  ownPath: string | undefined,
  targets: LinkTargets,
): Finding | undefined {
  if (!url || external.test(url)) return undefined;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return error(say('link.relative', { url, locale: { ko: locale ?? 'ko', en: locale ?? 'en' } }));
  }
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const anchor = hashAt < 0 ? undefined : safeDecode(url.slice(hashAt + 1));
  const path = beforeHash === '' ? ownPath : beforeHash.split('?')[0];
  if (!path) return undefined;
  if (!path.endsWith('/')) {
    if (/\.[a-z0-9]+$/i.test(path)) return missingFile(path, targets);
    return error(say('link.noTrailingSlash', { url, path }));
  }
  const target = localeOf(path);
  if (path !== '/' && !target)
    return error(say('link.noLanguage', { url, locale: { ko: locale ?? 'ko', en: locale ?? 'en' } }));
  if (locale && target && target !== locale) {
    const fixed = `/${locale}${url.slice(3)}`;
    return error(
      say('link.otherEdition', { language: languageName(locale), target: languageName(target), path, fixed }),
    );
  }
  const page = targets.site.pages.get(path);
  if (!page) {
    const moved = targets.redirects.pages.get(path);
    if (moved)
      return {
        severity: 'warning',
        text: say('link.redirected', { url, moved: `${moved}${anchor ? `#${anchor}` : ''}` }),
      };
    return missingPage(path, target, targets);
  }
  if (anchor === undefined || page.anchors.includes(anchor)) return undefined;
  const movedAnchor = targets.redirects.anchors.get(path)?.get(anchor);
  if (movedAnchor !== undefined) {
    return {
      severity: 'warning',
      text: say('link.anchorMoved', { url, moved: `${path}${movedAnchor ? `#${movedAnchor}` : ''}` }),
    };
  }
  const hint = didYouMean(closest(anchor, page.anchors), (guess) => `'#${guess}'`);
  return error(
    say('link.noAnchor', { url, anchor, path, hint, known: listOf(page.anchors.map((a) => `#${a}`)) }),
  );
}

function toProblem(file: string, finding: Finding, line: number | undefined, field?: string): Problem {
  return (finding.severity === 'warning' ? warning : problem)(file, finding.text, { line, field });
}

/** Links in a page's text. `ownPath` is the page's address, for links to `#anchor` on the same page. */
export function checkLinks(
  page: PageFile,
  tree: MdNode,
  ownPath: string | undefined,
  targets: LinkTargets,
): Problem[] {
  return linksIn(tree).flatMap(({ url, node }) => {
    const finding = linkFinding(url, page.locale, ownPath, targets);
    return finding ? [toProblem(page.file, finding, fileLine(page, node))] : [];
  });
}

/**
 * Links in the texts of a data file, where a text's language is its key
 * (`ko:` or `en:`), and the pages a change-log entry names (`pages:`).
 */
export function checkDataLinks(data: DataFile, targets: LinkTargets): Problem[] {
  const items: unknown = data.yaml.doc.toJS();
  if (!Array.isArray(items)) return [];
  const named = items.flatMap((item, index) => {
    const pages = (item as { pages?: unknown } | null)?.pages;
    if (data.collection !== 'changes' || !Array.isArray(pages)) return [];
    return pages.flatMap((sitePath, position) => {
      const finding = linkFinding(String(sitePath), undefined, undefined, targets);
      return finding
        ? [toProblem(data.file, finding, data.yaml.lineOf([index, 'pages', position]), 'pages')]
        : [];
    });
  });
  const linked = stringsIn(items).flatMap(({ path, text }) => {
    if (!text.includes('](') && !/href/i.test(text)) return [];
    const key = path.at(-1);
    const locale = typeof key === 'string' && key in locales ? (key as Locale) : undefined;
    return linksIn(parseMarkdown(text)).flatMap(({ url }) => {
      const finding = linkFinding(url, locale, undefined, targets);
      return finding ? [toProblem(data.file, finding, data.yaml.lineOf(path), path.slice(1).join('.'))] : [];
    });
  });
  return [...named, ...linked];
}
