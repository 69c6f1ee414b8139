/**
 * What a shared link, a search engine and a reporter get from every built
 * page: canonical address, description, the full Open Graph and Twitter set
 * with an existing 1200×630 card, reciprocal hreflang, JSON-LD of the right
 * type, a sitemap with every page and its language versions, robots.txt and
 * the declaration as text files.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Article, Thing, WebPage, WithContext } from 'schema-dts';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, locales, type Locale } from '../../src/i18n/locales.ts';
import { loadCardFonts, type CardFonts } from '../../src/lib/cards/card-fonts.ts';
import { renderCard } from '../../src/lib/cards/render-card.ts';
import { colourTokens } from '../../src/lib/design-tokens.ts';
import { localeOf, localizedPath, routes } from '../../src/i18n/routing.ts';
import { contentPages, dataItems, pageOf } from '../helpers/content.ts';
import { builtPages, distDir, headingIds, load } from '../helpers/site.ts';

const pages = builtPages();
/** The published root (origin and base path), as the chooser page states it. */
const siteRoot = new URL(load('/')('link[rel="canonical"]').attr('href') ?? '');
const absolute = (sitePath: string) => new URL(sitePath.slice(1), siteRoot).href;
/** Site path of an absolute URL on the site. */
const sitePath = (url: string) => {
  expect(url.startsWith(siteRoot.href), `${url} is on ${siteRoot.href}`).toBe(true);
  return `/${url.slice(siteRoot.href.length)}`;
};

function meta($: cheerio.CheerioAPI, key: string): string | undefined {
  return $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
}

function alternatesOf(page: string): Record<string, string> {
  const $ = load(page);
  return Object.fromEntries(
    $('link[rel="alternate"][hreflang]')
      .map((_, link) => [[$(link).attr('hreflang'), sitePath($(link).attr('href') ?? '')]])
      .get(),
  );
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function jsonLd(page: string): WithContext<Thing> & Record<string, unknown> {
  const $ = load(page);
  const scripts = $('script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts.text()) as WithContext<Thing> & Record<string, unknown>;
}

/** The schema.org type each kind of page declares. */
function expectedType(page: string): string {
  const rest = page.replace(/^\/(ko|en)\//, '/');
  if (page === '/' || rest === '/') return 'WebSite';
  if (rest === '/declaration/') return 'Article';
  if (rest === '/roles/' || rest === '/sectors/') return 'CollectionPage';
  if (rest === '/about/') return 'AboutPage';
  return 'WebPage';
}

let cardFonts: CardFonts;
beforeAll(async () => {
  cardFonts = await loadCardFonts(process.cwd());
});

describe.each(pages)('%s', (page) => {
  const $ = load(page);
  const locale: Locale = localeOf(page) ?? 'ko';

  it('names its canonical address and describes itself', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(absolute(page));
    expect(meta($, 'description')?.length).toBeGreaterThan(20);
  });

  it('has the full Open Graph and Twitter set', () => {
    expect(meta($, 'og:type')).toMatch(/^(website|article)$/);
    expect(meta($, 'og:site_name')).toBeTruthy();
    expect(meta($, 'og:title')).toBeTruthy();
    expect(meta($, 'og:description')).toBe(meta($, 'description'));
    expect(meta($, 'og:url')).toBe(absolute(page));
    expect(meta($, 'og:locale')).toBe(locales[locale].ogLocale);
    expect($('meta[property="og:locale:alternate"]').attr('content')).toBe(
      locales[locale === 'ko' ? 'en' : 'ko'].ogLocale,
    );
    expect(meta($, 'og:image:type')).toBe('image/png');
    expect(meta($, 'og:image:width')).toBe('1200');
    expect(meta($, 'og:image:height')).toBe('630');
    expect(meta($, 'og:image:alt')).toContain(meta($, 'og:title'));
    expect(meta($, 'twitter:card')).toBe('summary_large_image');
    expect(meta($, 'twitter:title')).toBe(meta($, 'og:title'));
    expect(meta($, 'twitter:description')).toBe(meta($, 'og:description'));
    expect(meta($, 'twitter:image')).toBe(meta($, 'og:image'));
  });

  it('points to its own 1200×630 preview card, which exists', () => {
    const image = sitePath(meta($, 'og:image') ?? '');
    const file = path.join(distDir, image);
    expect(existsSync(file), `${image} was built`).toBe(true);
    expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
  });

  it('has a card drawn from its own title, section and facts', async () => {
    // The endpoint reads titles from the content; the page's tags are what readers see. They must agree.
    const facts = [1, 2].map((n) => ({
      label: meta($, `twitter:label${n}`) ?? '',
      value: meta($, `twitter:data${n}`) ?? '',
    }));
    const fromPage = await renderCard(
      {
        lang: $('html').attr('lang') ?? '',
        siteName: meta($, 'og:site_name') ?? '',
        title: meta($, 'og:title') ?? '',
        section: meta($, 'article:section'),
        facts,
      },
      colourTokens(),
      cardFonts,
    );
    const built = readFileSync(path.join(distDir, sitePath(meta($, 'og:image') ?? '')));
    expect(Buffer.compare(built, fromPage), `${page}'s card shows "${meta($, 'og:title')}"`).toBe(0);
  });

  it('lists ko, en and x-default alternates, and each of them lists the same', () => {
    const alternates = alternatesOf(page);
    expect(Object.keys(alternates).sort()).toEqual(['en', 'ko', 'x-default']);
    for (const code of localeCodes) expect(alternates[code]).toBe(localizedPath(page, code));
    for (const target of Object.values(alternates)) expect(alternatesOf(target)).toEqual(alternates);
  });

  it('describes itself in JSON-LD of the right type', () => {
    const data = jsonLd(page);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe(expectedType(page));
    expect(data['@id']).toBe(data['@type'] === 'WebSite' ? `${absolute(page)}#website` : absolute(page));
    expect(data['inLanguage']).toEqual(page === '/' ? ['ko', 'en'] : locales[locale].lang);
  });
});

describe('preview cards', () => {
  it('are only those the pages name', () => {
    const named = pages.map((page) => sitePath(meta(load(page), 'og:image') ?? '')).sort();
    const built = globSync('og/**/*.png', { cwd: distDir }).map(
      (file) => `/${file.split(path.sep).join('/')}`,
    );
    expect(built.sort()).toEqual(named);
  });
});

describe('JSON-LD of the declaration', () => {
  it.each(localeCodes)(
    'in %s is an Article published by the site, about the declaration its parties adopted',
    (locale) => {
      const data = jsonLd(`/${locale}/declaration/`) as unknown as Exclude<Article, string>;
      expect(data.headline).toBe(load(`/${locale}/declaration/`)('h1').text());
      expect(data.publisher).toMatchObject({ '@type': 'Organization', url: absolute(`/${locale}/`) });
      const about = data.about as { '@type': string; '@id': string; creator: { '@type': string }[] };
      expect(about['@type']).toBe('CreativeWork');
      expect(about['@id']).toBe(`${absolute(routes.declaration(defaultLocale))}#declaration`);
      const adopters = dataItems('parties')
        .filter((party) => party.adopted)
        .sort((a, b) => a.order - b.order);
      expect(about.creator.map((creator) => [creator['@type'], (creator as { name?: string }).name])).toEqual(
        adopters.map((party) => [
          expect.stringMatching(/^(Government|Research)Organization$/),
          party.name[locale],
        ]),
      );
      expect([data.isBasedOn].flat().length).toBeGreaterThan(0);
    },
  );

  it('says the English edition translates the Korean one, and the other way round', () => {
    const english = jsonLd(routes.declaration('en')) as unknown as Exclude<Article, string>;
    const korean = jsonLd(routes.declaration('ko')) as unknown as Exclude<Article, string>;
    // The restatement's English page translates the Korean page; the official text's, the declaration itself.
    const kind = (pageOf('declaration', 'declaration', 'ko').data.text as { kind: string }).kind;
    const original =
      kind === 'official' ? (korean.about as { '@id': string })['@id'] : absolute(routes.declaration('ko'));
    expect(english.translationOfWork).toEqual({ '@id': original });
    expect(korean.workTranslation).toEqual({ '@id': absolute(routes.declaration('en')) });
    expect(korean.translationOfWork).toBeUndefined();
  });

  it.each(localeCodes)(
    'makes each party that is one organisation the subject of its role page in %s',
    (locale) => {
      const subjects = dataItems('parties').map((party) => {
        const about = (jsonLd(routes.role(locale, party.id)) as unknown as Exclude<WebPage, string>).about;
        if (about)
          expect(about).toMatchObject({
            '@type': expect.stringMatching(/^(Government|Research)Organization$/),
            name: party.name[locale],
          });
        return about;
      });
      expect(subjects.filter(Boolean).length).toBeGreaterThan(0);
    },
  );
});

describe('sitemap and robots.txt', () => {
  const sitemap = cheerio.load(readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8'), { xml: true });
  const entries = new Map(
    sitemap('url')
      .map((_, url) => {
        const links = Object.fromEntries(
          sitemap(url)
            .find('xhtml\\:link')
            .map((__, link) => [[sitemap(link).attr('hreflang'), sitePath(sitemap(link).attr('href') ?? '')]])
            .get(),
        );
        return [[sitePath(sitemap(url).find('loc').text()), links]];
      })
      .get() as [string, Record<string, string>][],
  );

  it('lists every page and nothing else', () => {
    expect([...entries.keys()].sort()).toEqual(pages);
  });

  it.each(pages)('gives %s the same language versions as its <head>', (page) => {
    expect(entries.get(page)).toEqual(alternatesOf(page));
  });

  it('is named in robots.txt', () => {
    expect(readFileSync(path.join(distDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${absolute('/sitemap-index.xml')}`,
    );
    expect(readFileSync(path.join(distDir, 'sitemap-index.xml'), 'utf8')).toContain(
      absolute('/sitemap-0.xml'),
    );
  });
});

describe.each(localeCodes)('the declaration as files (%s)', (locale) => {
  const page = load(`/${locale}/declaration/`);
  const text = readFileSync(path.join(distDir, locale, 'declaration.txt'), 'utf8');
  const markdown = readFileSync(path.join(distDir, locale, 'declaration.md'), 'utf8');

  it.each([
    ['txt', text],
    ['md', markdown],
  ])('.%s keeps to the fixed format', (_format, content) => {
    expect(content.normalize('NFC')).toBe(content);
    expect(content).not.toMatch(/\r|[ \t]+\n|\n{3,}|^\uFEFF/);
    expect(content.endsWith('\n') && !content.endsWith('\n\n')).toBe(true);
    expect(content).not.toContain('<');
  });

  it('has every passage, in order, with the page’s anchors in the Markdown', () => {
    const ids = headingIds(page);
    const anchors = [...markdown.matchAll(/^## .* \{#([a-z0-9-]+)\}$/gm)].map((match) => match[1]);
    expect(anchors).toEqual([...ids, 'page-sources']);
    const headings = page('main .passage h2')
      .map((_, heading) => page(heading).text().trim())
      .get();
    let from = 0;
    for (const heading of headings) {
      const at = text.indexOf(`\n${heading}\n`, from);
      expect(at, heading).toBeGreaterThan(from - 1);
      from = at;
    }
  });

  it('says what the page says, figures included', () => {
    // The page sets quotes as typographic marks and lists without their markers; the copy keeps the Markdown's.
    const plain = (value: string) =>
      value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
    const copy = plain(text.replace(/^ *(?:-|\d+\.) /gm, ''));
    const passages = page('main .passage .prose')
      .map((_, prose) => plain(page(prose).text()))
      .get();
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) expect(copy).toContain(passage);
  });

  it('is served as UTF-8 by hosts that read _headers', () => {
    const headers = readFileSync(path.join(distDir, '_headers'), 'utf8');
    expect(headers).toContain(`/${locale}/declaration.txt\n  Cache-Control`);
    expect(headers).toMatch(
      new RegExp(`/${locale}/declaration\\.txt\\n[^/]*Content-Type: text/plain; charset=utf-8`),
    );
    expect(headers).toMatch(
      new RegExp(`/${locale}/declaration\\.md\\n[^/]*Content-Type: text/markdown; charset=utf-8`),
    );
  });

  const placing = (block: string) =>
    contentPages.filter((source) => source.locale === locale && new RegExp(`<${block}\\b`).test(source.body));

  it.each(placing('DeclarationFiles').map((source) => source.path))('is offered on %s', (path) => {
    const $ = load(path);
    for (const format of ['txt', 'md']) {
      expect(
        $(`a[href$="${routes.declarationFile(locale, format as 'txt' | 'md')}"][download]`),
      ).toHaveLength(1);
    }
  });

  it.each(placing('PreviewCard').map((source) => source.path))('shows its preview card on %s', (path) => {
    expect(load(path)('img[src$=".png"]').attr('src')).toBe(new URL(meta(page, 'og:image') ?? '').pathname);
  });
});
