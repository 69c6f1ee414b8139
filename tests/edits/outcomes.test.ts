/**
 * What each documented edit must show on the edited copy's built site
 * (tests/edits/setup.ts), beyond passing the gates: a renamed page's old
 * address, with a passage's #anchor, lands on the new page on a static host
 * that sends the CSP header, with and without `_redirects`; a renamed anchor
 * still lands on its heading; a new sector is built, listed, counted, in the
 * sitemap and found by search; a removed one leads to the index; a changed
 * figure shows its new value wherever it did; the new timeline event, source,
 * glossary term and search alias appear; the page written in Korean first
 * shows the English reader a notice; "Edit this page" names each file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { sourceAnchor } from '../../src/lib/content/source-anchor.ts';
import { readDataFile } from '../../src/lib/content/data-files.ts';
import { readPageFiles } from '../../src/lib/content-check/read-files.ts';
import { englishCount, formatFigure } from '../../src/lib/format-figures.ts';
import { termAnchor } from '../../src/lib/glossary.ts';
import { contentSecurityPolicy } from '../../src/lib/security.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { search, shownResults } from '../helpers/search.ts';
import { builtPages as realPages, load as realPage } from '../helpers/site.ts';
import { startStaticHost } from '../helpers/static-host.ts';
import { editBase } from './setup.ts';

const copy = inject('editedCopy');
const edits = copy.edits;
if (!edits) throw new Error('the edits could not be applied; see tests/edits/gates.test.ts');
const dist = path.join(copy.root, 'dist');
const page = (sitePath: string) =>
  cheerio.load(readFileSync(path.join(dist, sitePath.split('#')[0] ?? '', 'index.html'), 'utf8'));
const built = (sitePath: string) => existsSync(path.join(dist, sitePath, 'index.html'));
const sitemap = () => readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8');
const redirectsFile = () => readFileSync(path.join(dist, '_redirects'), 'utf8');
const text = (element: ReturnType<cheerio.CheerioAPI>) => element.text().replace(/\s+/g, ' ').trim();
const sectorFiles = await readPageFiles(copy.root, ['sectors']);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe.each([edits.guideRename, edits.rename].filter((move) => move !== undefined))(
  'the page renamed from $from to $to',
  ({ from, to }) => {
    it('is published at the new address in both languages, and in the sitemap there only', () => {
      for (const locale of localeCodes) {
        expect(built(`/${locale}${to}`)).toBe(true);
        expect(page(`/${locale}${from}`)('meta[name="robots"]').attr('content')).toBe('noindex');
        expect(sitemap()).toContain(`/${locale}${to}<`);
        expect(sitemap()).not.toContain(`/${locale}${from}<`);
        expect(redirectsFile()).toContain(`/${locale}${from} /${locale}${to} 301!`);
      }
    });

    it.each([
      ['a host that serves the redirect page', false],
      ['a host that applies _redirects', true],
    ])('leads a reader of the old address, with its #anchor, to the passage on %s', async (_, applies) => {
      const anchor = page(`/ko${to}`)('main .passage h2[id]').last().attr('id') ?? '';
      const host = await startStaticHost(dist, { redirects: applies });
      const context = await browser.newContext({ locale: 'ko-KR' });
      try {
        const reader = await context.newPage();
        const errors: string[] = [];
        reader.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        const response = await reader.request.get(`${host.origin}/ko${from}`, { maxRedirects: 0 });
        expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy);
        await reader.goto(`${host.origin}/ko${from}#${anchor}`);
        await reader.waitForURL((url) => url.pathname === `/ko${to}` && url.hash === `#${anchor}`);
        expect(await reader.locator(':target').getAttribute('id')).toBe(anchor);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
        await host.close();
      }
    });

    it('is edited in its new file', () => {
      const file = path.join('content', 'sectors', 'ko', `${to.split('/').at(-2)}.md`);
      expect(page(`/ko${to}`)('a[data-edit-link]').attr('href')).toBe(`${editBase}${file}`);
    });
  },
);

describe(`the anchor #${edits.anchor.from}, renamed #${edits.anchor.to} on ${edits.anchor.page}`, () => {
  it.each(localeCodes)('still lands on its heading in %s', (locale) => {
    const $ = page(`/${locale}${edits.anchor.page}`);
    expect($(`[id="${edits.anchor.from}"]`).closest('[data-citable-heading]').find('h2, h3').attr('id')).toBe(
      edits.anchor.to,
    );
  });
});

describe(`the sector added with npm run new (${edits.sector.slug})`, () => {
  const address = `/sectors/${edits.sector.slug}/`;

  it.each(localeCodes)('is built in %s, listed and counted on the sectors index', (locale) => {
    expect(page(`/${locale}${address}`)('main h1').text()).toBe(edits.sector.title[locale]);
    const index = page(routes.sectors(locale));
    expect(text(index(`main a[href="/${locale}${address}"]`))).toContain(edits.sector.title[locale]);
    const count = sectorFiles.filter((file) => file.locale === locale).length;
    expect(text(index('#sector-list'))).toBe(
      useTranslations(locale)('sectors.listTitle', { count: locale === 'en' ? englishCount(count) : count }),
    );
  });

  it('is in the sitemap with its language versions', () => {
    const entry = /<url>(?:(?!<\/url>)[\s\S])*?<\/url>/g;
    const own = (sitemap().match(entry) ?? []).find((url) => url.includes(`/ko${address}</loc>`)) ?? '';
    for (const locale of localeCodes) expect(own).toContain(`hreflang="${locale}" href="`);
    expect(own).toContain(`/en${address}"`);
  });

  it('is found by search, by its title and by the new alias', async () => {
    const host = await startStaticHost(dist);
    const context = await browser.newContext({ locale: 'ko-KR' });
    try {
      const reader = await context.newPage();
      await reader.goto(`${host.origin}${routes.search('ko')}`);
      await search(reader, '#search-query', 'search-results', edits.sector.title.ko);
      const pathOf = (url: string) => new URL(url).pathname;
      expect((await shownResults(reader, 'search-results', pathOf))[0]?.page).toBe(`/ko${address}`);
      await search(reader, '#search-query', 'search-results', edits.alias.alias);
      expect((await shownResults(reader, 'search-results', pathOf)).map((result) => result.page)).toContain(
        `/ko${address}`,
      );
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe(`the sector removed (${edits.removal.from})`, () => {
  it.each(localeCodes)('leads readers in %s to the sectors index, which no longer lists it', (locale) => {
    const $ = page(`/${locale}${edits.removal.from}`);
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${routes.sectors(locale)}`);
    expect(page(routes.sectors(locale))(`main a[href="/${locale}${edits.removal.from}"]`)).toHaveLength(0);
    expect(redirectsFile()).toContain(`/${locale}${edits.removal.from} ${routes.sectors(locale)} 301`);
  });
});

describe(`the figure changed (${edits.figure.id}: ${edits.figure.before} → ${edits.figure.after})`, () => {
  const figures = readDataFile('figures', copy.root);
  const changed = figures.find((figure) => figure.id === edits.figure.id);
  const renamed = (sitePath: string) =>
    [edits.guideRename, edits.rename].reduce(
      (current, move) => (move ? current.replace(`${move.from}`, `${move.to}`) : current),
      sitePath,
    );
  /** The pages that showed it as published (no other figure has the same value), where they still are. */
  const showing = figures.some((figure) => figure !== changed && figure.value === edits.figure.before)
    ? []
    : realPages()
        .filter((sitePath) => realPage(sitePath)(`data[value="${edits.figure.before}"]`).length > 0)
        .map(renamed)
        .filter(built);

  it('was shown on pages of the published site', () => {
    expect(showing.length).toBeGreaterThan(0);
  });

  it.each(showing)('shows its new value on %s', (sitePath) => {
    const locale = sitePath.startsWith(routes.home('en')) ? 'en' : 'ko';
    const $ = page(sitePath);
    expect($(`data[value="${edits.figure.before}"]`)).toHaveLength(0);
    // Pages built from the official text show its numbers as text, as pasted after the change.
    const asText = changed ? text($('main')).includes(formatFigure(changed, locale)) : false;
    expect($(`data[value="${edits.figure.after}"]`).length > 0 || asText).toBe(true);
  });

  it('shows it on the new sector, which places it', () => {
    expect(
      page(`/ko/sectors/${edits.sector.slug}/`)(`data[value="${edits.figure.after}"]`).length,
    ).toBeGreaterThan(0);
  });
});

describe('the data added', () => {
  it.each(localeCodes)('the timeline event is on the about page in %s, in date order', (locale) => {
    const $ = page(routes.page(locale, 'about'));
    const dates = $('.timeline time[datetime]')
      .map((_, time) => $(time).attr('datetime') ?? '')
      .get();
    expect(dates).toContain(edits.timeline.date);
    expect(text($('.timeline'))).toContain(edits.timeline.title[locale]);
  });

  it.each(localeCodes)(
    'the new source is on the sources page in %s and listed by the pages citing it',
    (locale) => {
      const entry = page(routes.page(locale, 'sources'))(`#${sourceAnchor(edits.source.id)}`);
      expect(text(entry)).toContain(edits.source.outlet[locale]);
      expect(entry.find(`a[href="${edits.source.url}"]`)).toHaveLength(1);
      for (const cited of [`/${locale}${edits.cited.address}`, `/${locale}/sectors/${edits.sector.slug}/`]) {
        expect(
          page(cited)(`aside a[href$="#${sourceAnchor(edits.source.id)}"]`).length,
          cited,
        ).toBeGreaterThan(0);
      }
    },
  );

  it.each(localeCodes)('the glossary term has its anchor on the glossary page in %s', (locale) => {
    const entry = page(routes.page(locale, 'glossary'))(`#${termAnchor(edits.term.id)}`);
    expect(text(entry)).toContain(edits.term.term[locale]);
    expect(text(entry)).toContain(edits.term.definition[locale]);
  });
});

describe('the official text, pasted in as the guide says', () => {
  it('brought the easy-read warning the guide describes, which the editor then followed', () => {
    expect(edits.official.easyReadWarned).toBe(true);
  });

  it.each(localeCodes)('is what the declaration page says it holds in %s', (locale) => {
    expect(
      page(routes.declaration(locale))(
        `[role="note"][data-declaration-text="official"] a[href="${edits.official.url}"]`,
      ),
    ).toHaveLength(1);
  });
});

describe(`a page written in Korean first (${copy.koreanFirst?.file})`, () => {
  const key = copy.koreanFirst?.key ?? '';
  const en = useTranslations('en');

  it('is published in Korean', () => {
    expect(built(routes.page('ko', key))).toBe(true);
  });

  it('shows English readers a notice in English, with a link to the Korean page and its anchors', () => {
    const $ = page(routes.page('en', key));
    expect($('html').attr('lang')).toBe('en');
    expect($('main h1').text()).toBe(en('fallback.title'));
    expect($(`main a[href="${routes.page('ko', key)}"]`).text()).toBe(en('fallback.link'));
    for (const anchor of copy.koreanFirst?.anchors ?? []) {
      expect($(`main li#${anchor} a`).attr('href')).toBe(`${routes.page('ko', key)}#${anchor}`);
    }
    expect($('a[data-edit-link]').attr('href')).toBe(`${editBase}${copy.koreanFirst?.file}`);
  });
});
