/** The built site: every page in both languages, described, linked and anchored. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, otherLocale } from '../../src/i18n/locales.ts';
import { localeOf, localizedPath, routes } from '../../src/i18n/routing.ts';
import { sourceAnchor } from '../../src/lib/content/source-anchor.ts';
import { fallbackPaths, figureText, figuresIn, pageOf, publishedPages } from '../helpers/content.ts';
import { builtPages, fileOf, headingIds, load } from '../helpers/site.ts';

const pages = builtPages();
const editionPages = pages.filter((page) => localeOf(page));

describe('page set', () => {
  it('has the language chooser, both homes and both declarations', () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        '/',
        ...localeCodes.flatMap((locale) => [routes.home(locale), routes.declaration(locale)]),
      ]),
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

  it('carries every anchor the content gives it, and the same section anchors as its translation', () => {
    for (const anchor of publishedPages.get(page)?.anchors ?? [])
      expect($(`[id="${anchor}"]`), anchor).toHaveLength(1);
    const twin = localizedPath(page, otherLocale(locale ?? 'ko'));
    // An untranslated page lists the other edition's sections instead of headings of its own.
    if (fallbackPaths.includes(page) || fallbackPaths.includes(twin)) return;
    expect(headingIds($)).toEqual(headingIds(load(twin)));
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

describe.each(localeCodes)('the declaration in %s', (locale) => {
  const source = pageOf('declaration', 'declaration', locale);
  const $ = load(routes.declaration(locale));
  const text = (element: ReturnType<typeof $>) => element.text().replace(/\s+/g, ' ');

  it('carries the anchors written in its Markdown, in order', () => {
    expect(headingIds($)).toEqual(source.headings.map((heading) => heading.id));
  });

  it('shows each figure its passages place, from the figures data, in the passage', () => {
    const passages = source.body.split(/^## .*\{#([a-z0-9-]+)\}\s*$/m);
    for (let index = 1; index < passages.length; index += 2) {
      const passage = text($(`[id="${passages[index]}"]`).closest('.passage'));
      for (const id of figuresIn(passages[index + 1] ?? ''))
        expect(passage, id).toContain(figureText(id, locale));
    }
    for (const id of figuresIn(source.body)) expect(text($('main')), id).toContain(figureText(id, locale));
  });

  it('says at the top what the text is', () => {
    expect($('main header [role="note"][data-declaration-text]')).toHaveLength(1);
  });

  it('lists its sources, linked to the sources page', () => {
    for (const id of source.data.sources ?? []) {
      expect($(`aside a[href="${routes.page(locale, 'sources')}#${sourceAnchor(id)}"]`), id).toHaveLength(1);
    }
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
