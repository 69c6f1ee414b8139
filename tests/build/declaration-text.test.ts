/**
 * What the declaration page holds is said once, by `text` in the Korean
 * declaration's frontmatter, and every notice, label, file name, citation,
 * description and JSON-LD node about the text follows it (each marks itself
 * with `data-declaration-text`).
 *
 * Which it is comes from the content, so the same tests hold today (the
 * site's restatement: no page calls it the original or the official text) and
 * once the official text is pasted in the way the editing guide says (no page
 * calls it a restatement any more), as tests/edits/ does to a copy.
 */
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { contentPages, dataItems, pageOf } from '../helpers/content.ts';
import {
  deniedOfficial,
  jsonLd,
  markedTexts,
  originalWords,
  publishedTexts,
  restatementWords,
} from '../helpers/declaration-text.ts';
import { distDir } from '../helpers/site.ts';

const adoptedBy = dataItems('parties').filter((party) => party.adopted).length;
const adopted = dataItems('event')[0]?.adopted;
const text = pageOf('declaration', 'declaration', 'ko').data.text as {
  kind: string;
  officialSource?: string;
};
const officialUrl = dataItems('sources').find((source) => source.id === text.officialSource)?.url;
const texts = publishedTexts(distDir);
const marked = markedTexts(texts);
const fileOf = (sitePath: string) => `${sitePath.slice(1)}index.html`;
/** The pages that offer the declaration's files (the press page, as published). */
const filePages = (locale: Locale) =>
  contentPages
    .filter((page) => page.locale === locale && /<DeclarationFiles\b/.test(page.body))
    .map((page) => fileOf(page.path));

describe.runIf(text.kind === 'restatement')('the restatement, as published', () => {
  it('is never called the original', () => {
    const offending = [...texts].filter(([, text]) => originalWords.test(text)).map(([file]) => file);
    expect(offending).toEqual([]);
  });

  it('is called a restatement, not the official text, wherever the site says what the text is', () => {
    for (const locale of localeCodes) {
      expect(
        marked.filter((element) => element.file === fileOf(routes.declaration(locale))).length,
      ).toBeGreaterThan(1);
      for (const page of filePages(locale))
        expect(marked.filter((element) => element.file === page).length, page).toBeGreaterThan(0);
    }
    for (const element of marked) {
      expect(element.kind, element.file).toBe('restatement');
      expect(element.text, element.file).toMatch(restatementWords);
      expect(element.text.replace(deniedOfficial, ''), element.file).not.toMatch(/공식|official/i);
    }
  });

  it.each(localeCodes)(
    'is described as a restatement in %s: bilingual view, files, JSON-LD, open data',
    (locale) => {
      const description = cheerio
        .load(texts.get(fileOf(routes.bilingualDeclaration(locale))) ?? '')('meta[name="description"]')
        .attr('content');
      expect(description).toMatch(restatementWords);
      expect(description?.replace(deniedOfficial, '')).not.toMatch(/공식|official/i);

      for (const file of filePages(locale)) {
        const press = cheerio.load(texts.get(file) ?? '');
        const names = press('[data-declaration-text] a[download]')
          .map((_, link) => press(link).attr('download'))
          .get();
        expect(names.length).toBeGreaterThan(0);
        for (const name of names) expect(name).toContain('restatement');
      }

      const page = jsonLd(texts.get(fileOf(routes.declaration(locale))) ?? '');
      expect(page['author']).toMatchObject({ '@type': 'Organization' });
      expect(page['publisher']).toEqual(page['author']);
      expect(page).not.toHaveProperty('datePublished');
      const about = page['about'] as Record<string, unknown>;
      expect(about).toMatchObject({ '@type': 'CreativeWork', dateCreated: adopted });
      expect(about['creator']).toHaveLength(adoptedBy);
      expect(about).not.toHaveProperty('url');
    },
  );

  it('says so in the open data', () => {
    expect(JSON.parse(texts.get('data/declaration.json') ?? '{}')).toMatchObject({
      text: { kind: 'restatement' },
    });
  });
});

describe.runIf(text.kind === 'official')('the official text, as published', () => {
  it('is called a restatement nowhere', () => {
    const offending = [...texts].filter(([, text]) => restatementWords.test(text)).map(([file]) => file);
    expect(offending).toEqual([]);
  });

  it('is called the official text wherever the site says what the text is, with its source', () => {
    expect(marked.length).toBeGreaterThan(0);
    for (const element of marked) expect(element.kind, element.file).toBe('official');
    for (const locale of localeCodes) {
      const $ = cheerio.load(texts.get(fileOf(routes.declaration(locale))) ?? '');
      expect($(`[role="note"][data-declaration-text] a[href="${officialUrl}"]`)).toHaveLength(1);
    }
  });

  it('names its files, JSON-LD and open data for the official text', () => {
    for (const file of localeCodes.flatMap(filePages)) {
      const press = cheerio.load(texts.get(file) ?? '');
      const names = press('[data-declaration-text] a[download]')
        .map((_, link) => press(link).attr('download'))
        .get();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toContain('official-text');
    }

    const korean = jsonLd(texts.get(fileOf(routes.declaration('ko'))) ?? '');
    expect(korean['author']).toHaveLength(adoptedBy);
    expect(korean['about']).toMatchObject({ url: officialUrl });
    expect([korean['isBasedOn']].flat()[0]).toBe(officialUrl);
    const english = jsonLd(texts.get(fileOf(routes.declaration('en'))) ?? '');
    expect(english['translationOfWork']).toEqual({ '@id': (korean['about'] as { '@id': string })['@id'] });

    expect(JSON.parse(texts.get('data/declaration.json') ?? '{}')).toMatchObject({
      text: { kind: 'official', officialSource: text.officialSource },
    });
  });
});
