/**
 * How Korean words are reduced to the form search compares, shared by the
 * index builder (src/integrations/search-index.ts) and the search box in the
 * browser, so that a page and a query meet on the same stem.
 *
 * Pagefind splits Korean only on spaces, so every index word is a whole eojeol
 * (`구미시는`, `홀로그램을`) and a query word is matched as a prefix. Stripping
 * particles and the endings of 하다/되다 verbs from the end of a word gives the
 * stem a reader means. Rules alone would also cut nouns that happen to end in
 * a particle (`경상북도` is not `경상북` + `도`), so stripping is guarded by a
 * lexicon of stems attested on the site (see `buildLexicon` in enrich.ts).
 */

const words = (...lists: string[]) => lists.join(' ').split(' ');

/** Particles that follow a noun, alone and combined (case, topic and copula forms). */
const particles = words(
  '에서부터 으로부터 로부터 에게서 에서는 에서도 에서의 에서만 에게는 에게도 으로는 으로도 으로서 으로써 으로의 으로만 까지는 까지도 까지의 부터는 보다는 에서 에게 한테 께서 에는 에도 에의 에만 으로 로서 로써 로는 로도 로의 로만 까지 부터 처럼 보다',
  '마다 조차 마저 만큼 밖에 와의 과의 와는 과는 와도 과도 이나 이란 이라는 이라고 라는 라고 이며 이고 이다 이자 입니다 이었습니다 였습니다 이었고 였고 이었다 였다 은 는 이 가 을 를 의 에 와 과 도 로 만 나 인 며 란',
);

/** Endings of 하다/되다 verbs built on a noun (`추진합니다` → `추진`). Stripped only onto an attested stem. */
const verbEndings = words(
  '하겠다고 하기로 하였습니다 했습니다 합니다 하는 하고 하며 하여 하면 하기 했고 했으며 했다 한다 한다고 할 한 해 되었습니다 되었고 되었는지 됩니다 되는 되고 되어 된 될 시킵니다 시키는',
);

/**
 * Particles that seldom end a noun. A word ending in one of these loses it even
 * when the stem is not in the lexicon; the others (`가`, `이`, `도`, `의`…)
 * are often the last syllable of a noun (전문가, 사이, 경상북도, 회의).
 */
const unambiguous = new Set(particles.filter((p) => p.length > 1 || '은는을를에'.includes(p)));

/** Every suffix the stemmer may remove, longest first: particles, `들` + particle, verb endings. */
export const suffixes: readonly string[] = [
  ...new Set([...particles, '들', ...particles.map((p) => `들${p}`), ...verbEndings]),
].sort((a, b) => b.length - a.length);

const endsInHangul = /[\uAC00-\uD7A3]$/;

/** Numbers as Korean writes them before a counter: `3만`, `6조`, `1,940`, `28.1`. */
const numberWord = /^\d[\d,.]*(?:만|억|조)?$/;
const counters = '명|개|곳|원|건|년|개월|월|일|배|층|달러|억|조|만';
/** Counters written as a separate word after a number: `3만 명`, `6조 원`, `21 곳`. */
const counterWord = new RegExp(`^(?:${counters})`);
/** A number joined to its counter: `3만명`, `6조원`, `21곳`. */
const countedNumber = new RegExp(`^\\d[\\d,.]*(?:만|억|조)?(?:${counters})$`);

/** A lexicon of stems attested on the site (see enrich.ts). */
export interface StemLexicon {
  has(stem: string): boolean;
}

/**
 * The stem of one word: `구미시를` → `구미시`, `기업들이` → `기업`,
 * `추진합니다` → `추진` (only because `추진` is attested), `경상북도` stays.
 * A stem keeps at least two characters.
 */
export function stemWord(word: string, lexicon: StemLexicon): string {
  if (!endsInHangul.test(word) || lexicon.has(word)) return word;
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      // A number with its counter (`3만명`) is a stem like an attested one.
      if (lexicon.has(stem) || countedNumber.test(stem)) return stem;
    }
  }
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= 2 && word.endsWith(suffix) && unambiguous.has(suffix)) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Characters that join two words into one eojeol: `5G·ICT`, `포항ㆍ경주`, `행정/재정`. */
export const joiners = /[·ㆍ・‧•∙⋅/]/u;

/**
 * Joins a number and its counter into one word, the way many readers type
 * them: `3만 명` → `3만명`, `6조 원 이상` → `6조원 이상`.
 */
export function joinNumberCounters(words: readonly string[]): string[] {
  const joined: string[] = [];
  for (const word of words) {
    const previous = joined.at(-1);
    if (previous !== undefined && numberWord.test(previous) && counterWord.test(word)) {
      joined[joined.length - 1] = previous + word;
    } else {
      joined.push(word);
    }
  }
  return joined;
}

/** Strips punctuation around a word (quotes, brackets, full stops) and lower-cases it. */
export function cleanWord(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Parts of a word joined by a middle dot, a slash or brackets:
 * `구미전자정보기술원(geri)은` → `구미전자정보기술원`, `geri`, `은`. Digit groups stay whole (`2,000만`).
 */
export function wordParts(word: string): string[] {
  return word
    .split(/(?:(?<!\d)[,.]|[,.](?!\d)|[^\p{L}\p{N},.])+/u)
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** Splits Latin letters from Hangul: `e모빌리티` → `e`, `모빌리티`; `lg화학` → `lg`, `화학`. Digits stay attached. */
export function scriptParts(word: string): string[] {
  return word.split(/(?<=[a-z])(?=[\uAC00-\uD7A3])|(?<=[\uAC00-\uD7A3])(?=[a-z])/u);
}
