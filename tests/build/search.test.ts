/** The search index and the search entry points in the built site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localeOf, routes } from '../../src/i18n/routing.ts';
import {
  lexiconFile,
  vocabularyFile,
  type ClientLexicon,
  type Vocabulary,
} from '../../src/lib/search/lexicon.ts';
import { textWords } from '../../src/lib/search/enrich.ts';
import { dataItems } from '../helpers/content.ts';
import { builtPages, distDir, indexedPages, load } from '../helpers/site.ts';

const bundle = path.join(distDir, 'pagefind');
const json = <T>(file: string) => JSON.parse(readFileSync(path.join(bundle, file), 'utf8')) as T;
const editionPages = builtPages().filter((page) => localeOf(page));

describe('the index', () => {
  it('is one Pagefind 1.6.0 index for both languages, with English stemming', () => {
    const entry = json<{ version: string; languages: Record<string, unknown> }>('pagefind-entry.json');
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(existsSync(path.join(bundle, 'wasm.en.pagefind'))).toBe(true);
  });

  it('has no files the site does not use (stock interfaces, web worker)', () => {
    expect(readdirSync(bundle).filter((file) => /ui|highlight|worker|unknown/.test(file))).toEqual([]);
  });

  it('comes with the lexicon and the word list the search box reads', () => {
    const lexicon = json<ClientLexicon>(lexiconFile);
    const stems = lexicon.stems.split(' ');
    const oneWord = (term: string) => !/\s/.test(term);
    const partyNames = dataItems('parties').map((party) => party.name.ko);
    expect(stems).toEqual(expect.arrayContaining(partyNames.filter(oneWord)));
    for (const name of partyNames) expect(stems).not.toContain(`${name}가`);
    for (const group of dataItems('searchAliases')) {
      expect(lexicon.aliases).toContainEqual(
        expect.arrayContaining(group.terms.map((term) => textWords(term).join(' '))),
      );
    }
    const words = json<Vocabulary>(vocabularyFile).words.split(' ');
    const glossaryWords = dataItems('glossary').flatMap(({ term }) => [term.ko, term.en.toLowerCase()]);
    expect(words).toEqual(
      expect.arrayContaining(
        glossaryWords.filter((term) => oneWord(term) && /^([가-힣]{2,}|[a-z]{4,})$/.test(term)),
      ),
    );
  });

  it('holds every page with text to read, and nothing else (no redirect page)', () => {
    const withText = builtPages().filter((page) => load(page)('[data-pagefind-body]').length > 0);
    expect(withText.length).toBeGreaterThan(0);
    expect(indexedPages()).toEqual(withText);
  });

  it('keeps the hidden keywords out of the published pages', () => {
    for (const page of editionPages) {
      expect(load(page)('[data-pagefind-meta], [data-pagefind-filter]')).toHaveLength(0);
    }
  });
});

describe('search entry points', () => {
  it.each(editionPages.filter((page) => !page.endsWith('/search/')))(
    '%s has a search box that opens the search page of its language',
    (page) => {
      const $ = load(page);
      const form = $('header form[role="search"]');
      expect(form.attr('action')).toBe(routes.search(localeOf(page) ?? 'ko'));
      expect(form.find('input[type="search"][name="q"]')).toHaveLength(1);
      expect(form.find('button[type="submit"]').text().trim()).not.toBe('');
    },
  );

  it.each(localeCodes.map(routes.search))(
    '%s has its own box, a no-JavaScript note and is not indexed',
    (page) => {
      const $ = load(page);
      expect($('main form[role="search"] input[type="search"][name="q"]')).toHaveLength(1);
      expect($('main noscript').text().trim()).not.toBe('');
      expect($('#search-status').attr('role')).toBe('status');
      expect($('[data-pagefind-body]')).toHaveLength(0);
    },
  );
});
