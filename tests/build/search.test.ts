/** The search index and the search entry points in the built site. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOf, routes } from '../../src/i18n/routing.ts';
import {
  lexiconFile,
  vocabularyFile,
  type ClientLexicon,
  type Vocabulary,
} from '../../src/lib/search/lexicon.ts';
import { builtPages, distDir, load } from '../helpers/site.ts';

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
    expect(stems).toEqual(expect.arrayContaining(['구미시', '경상북도', '구미전자정보기술원']));
    expect(stems).not.toContain('구미시가');
    expect(lexicon.aliases).toContainEqual(expect.arrayContaining(['geri', '구미전자정보기술원']));
    const words = json<Vocabulary>(vocabularyFile).words.split(' ');
    expect(words).toEqual(expect.arrayContaining(['홀로그램', 'wearables', '산학연']));
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

  it.each(['/ko/search/', '/en/search/'])(
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
