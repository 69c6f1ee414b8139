/**
 * Search enrichment generated from the built pages when the index is made
 * (src/integrations/search-index.ts). Nothing here is kept by hand per page:
 *
 * - the lexicon: stems the site's Korean text attests, which guard particle
 *   stripping in the index and in the browser (korean.ts);
 * - the word list: every stem on the site, which tells where a compound may be
 *   split (`강소기업` → `기업`, because `기업` stands alone elsewhere);
 * - for each page, hidden keyword fields with what Pagefind cannot find by
 *   itself: stems, compound parts, middle-dot and bracket parts (`재정` in
 *   `행정·재정`), Hangul parted from Latin letters (`모빌리티` in `e모빌리티`),
 *   numbers joined to their counter (`3만명`), the last two syllables of long
 *   compounds (`효과` in `생산유발효과`), and the terms of aliases the page
 *   uses. The title gets its own field, which also holds the title of the same
 *   page in the other language, so `hologram` finds the Korean 홀로그램 page.
 */
import { cleanWord, joinNumberCounters, scriptParts, stemWord, suffixes, wordParts } from './korean.ts';

export interface AliasGroup {
  terms: readonly string[];
}

const hangulOnly = /^[\uAC00-\uD7A3]+$/;
const endsInHangul = /[\uAC00-\uD7A3]$/;

/** Words recur on every page: each is cleaned and split once. */
const cleaned = new Map<string, string>();
const piecesOf = new Map<string, string[]>();

/** The words of a text as search sees them: cleaned eojeols, in order. */
export function textWords(text: string): string[] {
  return text
    .split(/\s+/u)
    .map((raw) => {
      let word = cleaned.get(raw);
      if (word === undefined) cleaned.set(raw, (word = cleanWord(raw)));
      return word;
    })
    .filter(Boolean);
}

/** Each word of the texts with how often it occurs. */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of textWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/**
 * The pieces a word breaks into at punctuation and at changes of script:
 * `구미전자정보기술원(geri)은` → `구미전자정보기술원`, `geri`, `은`;
 * `e모빌리티’라는` → `e모빌리티`, `모빌리티`, `라는`; `거점(r&bd` → `거점`, `rbd`.
 * Lone Latin letters are dropped.
 */
export function pieces(word: string): string[] {
  let found = piecesOf.get(word);
  if (!found) {
    const parts = wordParts(word);
    const latinJoined = /[a-z][^\p{L}\p{N}]+[a-z]/u.test(word)
      ? scriptParts(word.replace(/[^\p{L}\p{N}]+/gu, ''))
      : [];
    const all = [...parts, ...parts.flatMap(scriptParts), ...latinJoined];
    found = [...new Set(all)].filter((piece) => !/^[a-z]{1,2}$/.test(piece));
    piecesOf.set(word, found);
  }
  return found;
}

/**
 * The stems the site attests: a stem counts when it appears with at least two
 * different endings (bare, `은`, `을`, `에서`…), so `구미시` (구미시, 구미시는,
 * 구미시와) is a stem and `구미시가` is not. A word that is itself an attested
 * stem plus an ending is left out when that shorter stem is at least as well
 * attested (`구미시에서` is `구미시` + `에서`), which keeps `경상북도` whole.
 */
export function buildLexicon(texts: readonly string[], alsoKnown: readonly string[] = []): Set<string> {
  const endings = new Map<string, Set<string>>();
  const note = (stem: string, ending: string) => {
    const seen = endings.get(stem) ?? new Set<string>();
    seen.add(ending);
    endings.set(stem, seen);
  };
  for (const word of new Set([...wordCounts(texts).keys()].flatMap(pieces))) {
    if (!endsInHangul.test(word)) continue;
    note(word, '');
    for (const suffix of suffixes) {
      if (word.length - suffix.length >= 2 && word.endsWith(suffix))
        note(word.slice(0, -suffix.length), suffix);
    }
  }
  const lexicon = new Set(alsoKnown.flatMap(textWords).filter((word) => endsInHangul.test(word)));
  const attested = [...endings].filter(([, seen]) => seen.size >= 2).sort(([a], [b]) => a.length - b.length);
  for (const [stem, seen] of attested) {
    const shorterStem = suffixes.some((suffix) => {
      if (stem.length - suffix.length < 2 || !stem.endsWith(suffix)) return false;
      const shorter = stem.slice(0, -suffix.length);
      return lexicon.has(shorter) && (endings.get(shorter)?.size ?? 0) >= seen.size;
    });
    if (!shorterStem) lexicon.add(stem);
  }
  return lexicon;
}

/**
 * Every stem on the site with how often it occurs, most frequent first:
 * Hangul stems of two syllables or more and Latin words of four letters or
 * more. It guides compound splitting here and corrects typos in the browser.
 */
export function siteWords(texts: readonly string[], lexicon: ReadonlySet<string>): string[] {
  const counts = new Map<string, number>();
  for (const [textWord, occurrences] of wordCounts(texts)) {
    for (const piece of pieces(textWord)) {
      const word = endsInHangul.test(piece) ? stemWord(piece, lexicon) : piece;
      if (/^[\uAC00-\uD7A3]{2,}$/.test(word) || /^[a-z]{4,}$/.test(word))
        counts.set(word, (counts.get(word) ?? 0) + occurrences);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

export interface Dictionaries {
  /** Attested stems (`buildLexicon`). */
  lexicon: ReadonlySet<string>;
  /** Every stem on the site (`siteWords`). */
  words: ReadonlySet<string>;
}

/**
 * Parts of a Hangul compound that begin with another word of the site:
 * `구미전자정보기술원` → `전자정보기술원`, `정보기술원`, `기술원`; and the last
 * two syllables of a compound of four or more (`생산유발효과` → `효과`).
 */
export function compoundParts(stem: string, { lexicon, words }: Dictionaries): string[] {
  if (!hangulOnly.test(stem) || stem.length < 3) return [];
  const parts: string[] = [];
  for (let start = 1; start <= stem.length - 2; start++) {
    const rest = stem.slice(start);
    for (let end = 2; end <= rest.length; end++) {
      if (words.has(rest.slice(0, end)) || lexicon.has(rest.slice(0, end))) {
        parts.push(rest);
        break;
      }
    }
  }
  if (stem.length >= 4) parts.push(stem.slice(-2));
  return [...new Set(parts)];
}

function usesTerm(lowerText: string, latinPieces: readonly string[], term: string): boolean {
  const clean = term.normalize('NFC').toLowerCase().trim();
  if (/^[a-z0-9]+$/.test(clean)) return latinPieces.some((piece) => piece.startsWith(clean));
  return lowerText.includes(clean);
}

export interface KeywordSource {
  /** The text the keywords are for (a page's indexed text, or its title). */
  text: string;
  dictionaries: Dictionaries;
  aliases: readonly AliasGroup[];
  /** Further words the text should be found by, e.g. a title in the other language. */
  related?: readonly string[];
}

export interface Keywords {
  /** Words the text contains in a form Pagefind cannot match: stems, compound parts, pieces, joined figures. */
  own: string[];
  /** Words the text is only associated with: the other terms of its aliases, related phrases. */
  associated: string[];
}

/** `expand` results by word and lexicon: the same words recur on every page. */
const expansions = new WeakMap<Dictionaries, Map<string, string[]>>();

/** A word's stems and compound parts, for every piece of it. */
function expand(word: string, dictionaries: Dictionaries): string[] {
  let cache = expansions.get(dictionaries);
  if (!cache) expansions.set(dictionaries, (cache = new Map()));
  let found = cache.get(word);
  if (!found) {
    found = pieces(word).flatMap((piece) => {
      const stem = stemWord(piece, dictionaries.lexicon);
      return [stem, ...compoundParts(stem, dictionaries)];
    });
    cache.set(word, found);
  }
  return found;
}

/** Whether some word of a sorted list starts with `prefix`. */
function beginsAWord(sortedWords: readonly string[], prefix: string): boolean {
  let [low, high] = [0, sortedWords.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sortedWords[middle] ?? '') < prefix) low = middle + 1;
    else high = middle;
  }
  return sortedWords[low]?.startsWith(prefix) ?? false;
}

/** Hidden keywords for a text, sorted; words Pagefind already finds in the text are left out. */
export function keywords({ text, dictionaries, aliases, related = [] }: KeywordSource): Keywords {
  const words = textWords(text);
  const onPage = new Set(words);
  const own = new Set([
    ...[...onPage].flatMap((word) => expand(word, dictionaries)),
    ...joinNumberCounters(words)
      .filter((joined) => !onPage.has(joined))
      .flatMap((word) => expand(word, dictionaries)),
  ]);
  const lowerText = text.normalize('NFC').toLowerCase();
  const latinPieces = [...own].filter((piece) => /^[a-z0-9]/.test(piece));
  const associatedPhrases = [
    ...aliases
      .filter((group) => group.terms.some((term) => usesTerm(lowerText, latinPieces, term)))
      .flatMap((group) => group.terms),
    ...related,
  ];
  const associated = new Set(
    associatedPhrases.flatMap(textWords).flatMap((word) => expand(word, dictionaries)),
  );
  // A keyword that begins a word of the text adds nothing: Pagefind matches query words as prefixes.
  const sortedWords = [...onPage].sort();
  const useful = (keyword: string) => !beginsAWord(sortedWords, keyword);
  return {
    own: [...own].filter(useful).sort(),
    associated: [...associated].filter((keyword) => useful(keyword) && !own.has(keyword)).sort(),
  };
}
