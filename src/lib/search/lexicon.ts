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
export const bodyKeywordField = 'kw';
export const titleKeywordField = 'kt';
/**
 * Pagefind's ranking: title keywords count as much as the title itself
 * (Pagefind's weight for titles), and long pages are penalised less than by
 * default (0.75), because this site's long pages (the declaration, the
 * background) are its main ones.
 */
export const ranking = {
  metaWeights: { [titleKeywordField]: 5 },
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
