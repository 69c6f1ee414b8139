/** The built site: every page in both languages, described, linked and anchored. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, otherLocale } from '../../src/i18n/locales.ts';
import { localeOf, localizedPath } from '../../src/i18n/routing.ts';
import { builtPages, fileOf, headingIds, load } from '../helpers/site.ts';

const pages = builtPages();
const editionPages = pages.filter((page) => localeOf(page));

describe('page set', () => {
  it('has the language chooser, both homes and both declarations', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['/', '/ko/', '/en/', '/ko/declaration/', '/en/declaration/']),
    );
  });

  it.each(editionPages)('%s has a counterpart in the other language', (page) => {
    const locale = localeOf(page) ?? 'ko';
    expect(existsSync(fileOf(localizedPath(page, otherLocale(locale))))).toBe(true);
  });
});

describe.each(editionPages)('%s', (page) => {
  const $ = load(page);
  const locale = localeOf(page);

  it('declares its language, title and description', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect($('title').text().trim()).not.toBe('');
    expect($('meta[name="description"]').attr('content')?.length).toBeGreaterThan(20);
    expect($('h1')).toHaveLength(1);
  });

  it('links its translations with hreflang', () => {
    const alternates = Object.fromEntries(
      $('link[rel="alternate"][hreflang]')
        .map((_, link) => [[$(link).attr('hreflang'), new URL($(link).attr('href') ?? '').pathname]])
        .get(),
    );
    for (const code of localeCodes) expect(alternates[code]).toBe(localizedPath(page, code));
    expect(alternates['x-default']).toBeDefined();
    expect(new URL($('link[rel="canonical"]').attr('href') ?? '').pathname).toBe(page);
  });

  it('starts with a skip link to the main region', () => {
    const first = $('body a').first();
    expect(first.attr('href')).toBe('#main-content');
    expect($('main#main-content')).toHaveLength(1);
  });

  it('has the same section anchors as its translation', () => {
    const twin = load(localizedPath(page, otherLocale(locale ?? 'ko')));
    expect(headingIds($)).toEqual(headingIds(twin));
  });
});

describe('internal links', () => {
  it.each(pages)('every link and anchor on %s leads somewhere', (page) => {
    const $ = load(page);
    const broken: string[] = [];
    $('a[href]').each((_, link) => {
      const href = $(link).attr('href') ?? '';
      const url = new URL(href, `https://site.test${page}`);
      if (url.origin !== 'https://site.test') return;
      const target = url.pathname;
      if (!existsSync(fileOf(target))) {
        broken.push(`${href} (no page)`);
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && load(target)(`[id="${fragment}"]`).length === 0)
        broken.push(`${href} (no #${fragment})`);
    });
    expect(broken).toEqual([]);
  });
});

describe('the declaration', () => {
  const expected = [
    'about-this-text',
    'preamble',
    'article-1',
    'article-2',
    'article-3',
    'article-4',
    'article-5',
    'article-6',
  ];

  it.each(localeCodes)('carries the explicit anchors in %s', (locale) => {
    expect(headingIds(load(`/${locale}/declaration/`))).toEqual(expected);
  });

  it('states the targets from the figures data in both languages', () => {
    expect(load('/ko/declaration/')('#article-6').parent().parent().text()).toContain('3만 명 이상');
    expect(load('/ko/declaration/')('main').text()).toContain('6조 원 이상');
    expect(load('/en/declaration/')('main').text()).toContain('at least 30,000 jobs');
    expect(load('/en/declaration/')('main').text()).toContain('at least ₩6 trillion');
  });

  it.each(localeCodes)('says at the top in %s what the text is', (locale) => {
    expect(load(`/${locale}/declaration/`)('main header [role="note"][data-declaration-text]')).toHaveLength(
      1,
    );
  });

  it('lists its sources, linked to the sources page', () => {
    const $ = load('/ko/declaration/');
    expect($('aside a[href^="/ko/sources/#source-s0"]')).toHaveLength(1);
  });
});

describe('language of passages', () => {
  it.each(editionPages.filter((page) => localeOf(page) === 'en'))(
    'every Korean word on %s is marked lang="ko"',
    (page) => {
      const $ = load(page);
      const unmarked: string[] = [];
      $('body *')
        .contents()
        .each((_, node) => {
          if (node.type !== 'text' || !/[가-힣]/.test(node.data)) return;
          const lang = $(node).parent().closest('[lang]').attr('lang');
          if (lang !== 'ko') unmarked.push(node.data.trim());
        });
      expect(unmarked).toEqual([]);
    },
  );
});
