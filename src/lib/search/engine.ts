/**
 * One search as the reader sees it, independent of the page: normalise the
 * query, ask Pagefind in the reader's language and then in all languages,
 * correct a mistyped word when nothing fits, and find the passages to show.
 * The search box (client/search-box.ts) renders what this returns.
 */
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { ranking, type Lexicon, type Vocabulary } from './lexicon.ts';
import { locatePassages, type PageFragment, type PassageHit, type TermForms } from './result-excerpts.ts';
import { normaliseQuery } from './query.ts';

/** The parts of Pagefind's JS API used here (pagefind.js in the browser). */
export interface SearchBackend {
  options(options: { exactDiacritics: boolean; ranking: typeof ranking }): Promise<unknown>;
  search(
    term: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: { data(): Promise<PageFragment> }[] } | null>;
}

export interface SearchContext {
  backend: SearchBackend;
  lexicon: Lexicon;
  /** The words of the site, fetched only when a word needs correcting. */
  vocabulary(): Promise<Vocabulary>;
  /** Removes the deployment base path from a result URL (routing.ts `stripBase`). */
  sitePathOf(url: string): string;
}

export interface PageResult {
  /** Site path of the page (without the base path). */
  path: string;
  title: string;
  locale: Locale | undefined;
  passages: PassageHit[];
}

export interface SearchOutcome {
  /** The words searched for. */
  terms: string[];
  /** Nothing was found in the reader's language, so every language was searched. */
  allLanguages: boolean;
  /** The query as corrected, when a word matched nothing and a close one did. */
  corrected: string | undefined;
  total: number;
  /** Loads the pages `from`…`to` of the results with their passages. */
  pages(from: number, to: number): Promise<PageResult[]>;
}

const empty: SearchOutcome = {
  terms: [],
  allLanguages: false,
  corrected: undefined,
  total: 0,
  pages: () => Promise.resolve([]),
};

/** A query term and its aliases, as word lists for `locatePassages`. */
function termForms(term: string, lexicon: Lexicon): TermForms {
  return [[term], ...lexicon.aliasesOf(term).map((alias) => alias.split(' '))];
}

/** Terms not found in the text of any of these pages: candidates for a typo. */
function unconfirmed(terms: readonly string[], pages: readonly PageResult[]): string[] {
  const found = new Set(pages.flatMap((page) => page.passages.flatMap((passage) => passage.terms)));
  return terms.filter((_, index) => !found.has(index));
}

async function searchOnce(context: SearchContext, terms: readonly string[], exact: boolean, locale: Locale) {
  const { backend, lexicon } = context;
  await backend.options({ exactDiacritics: exact, ranking });
  const text = terms.join(' ');
  let allLanguages = false;
  let response = await backend.search(text, { filters: { lang: locale } });
  if (!response?.results.length) {
    allLanguages = true;
    response = await backend.search(text);
  }
  const results = response?.results ?? [];
  const forms = terms.map((term) => termForms(term, lexicon));
  const pages = async (from: number, to: number) =>
    Promise.all(
      results.slice(from, to).map(async (result): Promise<PageResult> => {
        const fragment = await result.data();
        const lang = fragment.filters?.lang?.[0];
        return {
          path: context.sitePathOf(fragment.url),
          title: fragment.meta.title ?? '',
          locale: isLocale(lang) ? lang : undefined,
          passages: locatePassages(fragment, forms),
        };
      }),
    );
  return { allLanguages, total: results.length, pages };
}

/** The query with its doubtful words corrected, or undefined when none could be; never fails the search. */
async function correctedQuery(context: SearchContext, terms: readonly string[], doubtful: readonly string[]) {
  try {
    const [vocabulary, { correctWord }] = await Promise.all([context.vocabulary(), import('./typos.ts')]);
    const corrections = new Map(doubtful.map((term) => [term, correctWord(term, vocabulary)]));
    if (![...corrections.values()].some(Boolean)) return undefined;
    return normaliseQuery(terms.map((term) => corrections.get(term) ?? term).join(' '), context.lexicon);
  } catch {
    return undefined;
  }
}

/** How many results are shown first, and how many more each time the reader asks. */
export const firstResults = 3;
export const moreResults = 5;

export async function runSearch(
  context: SearchContext,
  query: string,
  locale: Locale,
): Promise<SearchOutcome> {
  const normalised = normaliseQuery(query, context.lexicon);
  if (normalised.terms.length === 0) return empty;
  const first = await searchOnce(context, normalised.terms, normalised.exactDiacritics, locale);
  const firstPages = first.total > 0 ? await first.pages(0, firstResults) : [];
  const doubtful = first.total > 0 ? unconfirmed(normalised.terms, firstPages) : normalised.terms;
  if (doubtful.length > 0) {
    const corrected = await correctedQuery(context, normalised.terms, doubtful);
    if (corrected) {
      const second = await searchOnce(context, corrected.terms, corrected.exactDiacritics, locale);
      if (second.total > 0)
        return { ...second, terms: corrected.terms, corrected: corrected.terms.join(' ') };
    }
  }
  const cached = firstPages;
  return {
    ...first,
    terms: normalised.terms,
    corrected: undefined,
    pages: (from, to) =>
      from === 0 && to <= cached.length ? Promise.resolve(cached.slice(0, to)) : first.pages(from, to),
  };
}
