/**
 * Turns what a reader typed into the words Pagefind is asked for. The same
 * stemming runs when the index is built, so `구미시를`, `구미시에서` and
 * `구미시` all ask for `구미시`.
 */
import { cleanWord, joinNumberCounters, joiners, stemWord, wordParts, type StemLexicon } from './korean.ts';

export interface NormalisedQuery {
  /** The words to search for, stemmed, in the reader's order. */
  terms: string[];
  /**
   * True when the query is whole Hangul syllables (and digits): Pagefind then
   * compares syllables exactly, so `수지` no longer matches `수집` through the
   * jamo Pagefind stores. English words keep their stemming only without it.
   */
  exactDiacritics: boolean;
}

const compatibilityConsonants = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
/** The conjoining initial consonant (U+1100…) for each compatibility consonant above. */
const initialConsonant = (jamo: string) =>
  String.fromCharCode(0x1100 + compatibilityConsonants.indexOf(jamo));

const hangul = /[\uAC00-\uD7A3]/;
const latin = /[a-z]/;

/**
 * `구미시를` → [`구미시`]; `3만 명` → [`3만명`]; `5G·ICT` → [`5g`, `ict`];
 * `구미ㅅ` (a syllable half typed) → [`구미ᄉ`], which Pagefind matches as a
 * prefix of `구미시…` through its jamo; a stray jamo elsewhere is dropped.
 */
export function normaliseQuery(input: string, lexicon: StemLexicon): NormalisedQuery {
  let text = input.normalize('NFC').toLowerCase().trim();
  let typing = false;
  const trailing = /([\uAC00-\uD7A3])([ㄱ-ㅎ])$/u.exec(text);
  if (trailing?.[2] && compatibilityConsonants.includes(trailing[2])) {
    text = text.slice(0, -1) + initialConsonant(trailing[2]);
    typing = true;
  }
  text = text.replace(/[\u3131-\u318c\u318e]/gu, ' ');

  const words = text
    .replace(/[‘’“”"'「」『』《》〈〉]/gu, '')
    .split(/\s+/u)
    .flatMap((word) => word.split(joiners))
    // `r&bd` and `e-mobility` stay one word, as Pagefind reads them; brackets part words.
    .map((word) => word.replace(/(?<=[a-z0-9])[^\p{L}\p{N}\s]+(?=[a-z])/gu, ''))
    .flatMap(wordParts)
    .map(cleanWord)
    .filter(Boolean);
  const joined = joinNumberCounters(words);
  const lastIndex = joined.length - 1;
  const terms = joined.map((word, index) => (typing && index === lastIndex ? word : stemWord(word, lexicon)));
  const unique = [...new Set(terms)];
  return {
    terms: unique,
    exactDiacritics:
      !typing && unique.some((term) => hangul.test(term)) && !unique.some((t) => latin.test(t)),
  };
}
