/** Paired reading and the glossary: the declaration's two editions kept side by side and in step. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localeOf, routes } from '../../src/i18n/routing.ts';
import { termAnchor, termsIn } from '../../src/lib/glossary.ts';
import { contentPages, dataItems, fallbackPaths, pageOf } from '../helpers/content.ts';
import { builtPages, distDir, headingIds, load } from '../helpers/site.ts';

describe.each(localeCodes)('side-by-side declaration (%s)', (locale) => {
  const $ = load(`/${locale}/declaration/bilingual/`);
  const declarationIds = headingIds(load(`/${locale}/declaration/`));

  it('has every passage in both languages, in order, under the shared anchors', () => {
    const rows = $('.bilingual section[id]');
    expect(rows.map((_, row) => $(row).attr('id')).get()).toEqual(declarationIds);
    rows.each((_, row) => {
      const id = $(row).attr('id');
      expect($(row).find('> div[lang="ko"] h2').attr('id')).toBe(`ko-${id}`);
      expect($(row).find('> div[lang="en"] h2').attr('id')).toBe(`en-${id}`);
      expect($(row).find(`a[href="/ko/declaration/#${id}"]`)).toHaveLength(1);
      expect($(row).find(`a[href="/en/declaration/#${id}"]`)).toHaveLength(1);
    });
  });

  it('is linked from each passage of the declaration', () => {
    const declaration = load(`/${locale}/declaration/`);
    for (const id of declarationIds) {
      expect(declaration(`a[href="/${locale}/declaration/bilingual/#${id}"]`)).toHaveLength(1);
    }
  });
});

describe.each(localeCodes)('glossary (%s)', (locale) => {
  const glossary = dataItems('glossary');

  it.each(
    contentPages
      .filter((page) => page.locale === locale && /<Glossary\b/.test(page.body))
      .map((page) => page.path),
  )('%s lists every term under its anchor, with its translation marked in the other language', (path) => {
    const $ = load(path);
    const entries = $('.glossary > div[id^="term-"]');
    expect(entries.map((_, entry) => $(entry).attr('id')).get()).toEqual(
      expect.arrayContaining(glossary.map((term) => termAnchor(term.id))),
    );
    expect(entries).toHaveLength(glossary.length);
    entries.each((_, entry) => {
      expect(
        $(entry)
          .find(`dt [lang="${locale === 'ko' ? 'en' : 'ko'}"]`)
          .text()
          .trim(),
      ).not.toBe('');
    });
  });

  it('is linked from the first use of terms in the declaration, once per term', () => {
    const links = load(routes.declaration(locale))('main a.glossary-term')
      .map((_, link) => link.attribs.href)
      .get();
    // Terms are linked in the passages, not in the lead or the headings.
    const { body } = pageOf('declaration', 'declaration', locale);
    const passages = body.slice(body.search(/^## /m)).replace(/^#+ .*$/gm, '');
    const used = termsIn(passages, glossary, locale);
    expect(links).toHaveLength(used.size);
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) {
      const id = link.split('#term-')[1] ?? '';
      expect(link).toBe(`${routes.page(locale, 'glossary')}#${termAnchor(id)}`);
      expect(used.has(id), id).toBe(true);
    }
  });
});

describe.each(localeCodes)('change log (%s)', (locale) => {
  const feedFile = path.join(distDir, locale, 'changes', 'feed.xml');
  const xml = readFileSync(feedFile, 'utf8');
  const changes = parse(readFileSync('content/data/changes.yaml', 'utf8')) as {
    id: string;
    date: Date | string;
  }[];

  it('lists every change, newest first, with its date', () => {
    const $ = load(`/${locale}/changes/`);
    const items = $('.change-log > li');
    expect(
      items
        .map((_, item) => $(item).attr('id'))
        .get()
        .sort(),
    ).toEqual(changes.map((change) => `change-${change.id}`).sort());
    const dates = items.map((_, item) => $(item).find('time[datetime]').first().attr('datetime') ?? '').get();
    for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('publishes a valid Atom feed in the page language, linked from the page', () => {
    // Throws, naming the line and column, when the feed is not well-formed XML.
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed['@_xml:lang']).toBe(locale);
    const entries = [feed.entry].flat();
    expect(entries).toHaveLength(changes.length);
    expect(
      load(`/${locale}/changes/`)('link[rel="alternate"][type="application/atom+xml"]').attr('href'),
    ).toBe(`/${locale}/changes/feed.xml`);
  });
});

describe('on every page', () => {
  const pages = builtPages().filter((page) => localeOf(page));

  it.each(pages)(
    '%s says when it was last updated, offers its licence and a problem report naming it',
    (page) => {
      const $ = load(page);
      // The search pages have no text of their own; an untranslated page shows a notice instead.
      if (!page.endsWith('/search/') && !fallbackPaths.includes(page)) {
        expect($('main header time[datetime]').attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect($(`footer a[href="/${localeOf(page)}/sources/#licence"]`)).toHaveLength(1);
      const report = $('footer a[data-report-problem]').attr('href') ?? '';
      expect(report).toMatch(/^mailto:/);
      expect(decodeURIComponent(report)).toContain(`https://new-electronics.example${page}`);
    },
  );
});

describe.each(localeCodes)('accessibility statement (%s)', (locale) => {
  it('has the sections its Markdown gives it and states the standard', () => {
    const page = pageOf('pages', 'accessibility', locale);
    expect(headingIds(load(page.path))).toEqual(page.headings.map((heading) => heading.id));
    expect(load(page.path)('main').text()).toContain('WCAG');
  });
});

describe('checksum of the Korean reference text', () => {
  it.each(localeCodes)('the %s press page publishes the SHA-256 of /ko/declaration.txt', (locale) => {
    const file = readFileSync(path.join(distDir, 'ko', 'declaration.txt'));
    const expected = createHash('sha256').update(file).digest('hex');
    expect(load(`/${locale}/press/`)('[data-sha256]').text()).toBe(expected);
  });
});
