/**
 * The lexicon the build writes next to the index (dist/pagefind/) for the
 * search box: the stems attested on the site, which guard particle stripping
 * (korean.ts), and the alias groups, so that a passage using `구미전자정보기술원`
 * is shown for the query `GERI`.
 */
import type { StemLexicon } from './korean.ts';

export const lexiconFile = 'search-lexicon.json';
/** Every word of the site, for correcting typos; fetched only when a word needs correcting (typos.ts). */
export const vocabularyFile = 'search-words.json';

export interface Vocabulary {
  /** The site's words and stems, most frequent first, separated by spaces. */
  words: string;
}

/** Hidden Pagefind metadata fields the build fills (enrich.ts): searched, never shown. */
export const keywordFields = {
  /** Words the page contains in forms Pagefind cannot match by itself. */
  own: 'kw',
  /** Words the page is only associated with through aliases. */
  associated: 'ka',
  /** The title's keywords and the title of the page in the other language. */
  title: 'kt',
} as const;
/**
 * Pagefind's ranking: title keywords count as much as the title itself
 * (Pagefind's weight for titles); a page found only through an alias counts
 * less than one that has the word; and long pages are penalised less than by
 * default (0.75), because this site's long pages (the declaration, the
 * background) are its main ones.
 */
export const ranking = {
  metaWeights: { [keywordFields.title]: 5, [keywordFields.associated]: 0.5 },
  pageLength: 0.5,
};

export interface ClientLexicon {
  /** Attested stems, separated by spaces. */
  stems: string;
  /** Groups of lower-case words that stand for each other. */
  aliases: string[][];
}

export interface Lexicon extends StemLexicon {
  /** The words that stand for `term` besides itself. */
  aliasesOf(term: string): string[];
}

export function readLexicon(data: ClientLexicon): Lexicon {
  const stems = new Set(data.stems.split(' '));
  return {
    has: (stem) => stems.has(stem),
    // `hologram` belongs to the group of `holograms`: a Latin term may be the start of a listed one.
    aliasesOf: (term) =>
      data.aliases
        .filter((group) =>
          group.some((listed) => listed === term || (/^[a-z]{3,}$/.test(term) && listed.startsWith(term))),
        )
        .flat()
        .filter((other) => other !== term),
  };
}
