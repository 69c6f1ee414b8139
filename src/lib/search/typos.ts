/**
 * Mistyped words: a Korean word typed with the keyboard left in English mode
 * (`ghffhrmfoa` → `홀로그램`), a wrong vowel or consonant (`홀로그렘`,
 * `헬스캐어`), swapped or missing letters (`allaince`). Loaded only when a
 * search word matched nothing on the site, with the site's vocabulary
 * (written by src/integrations/search-index.ts next to the index).
 *
 * A word that is the beginning of a site word, down to its jamo (`기어` of
 * `기업`), is never corrected: it is either still being typed or a different
 * word, and guessing would show pages for something the reader did not write.
 */
import { convertQwertyToHangul, disassemble } from 'es-hangul';
import type { Vocabulary } from './lexicon.ts';

const hangulWord = /^[\uAC00-\uD7A3]+$/;
const latinWord = /^[a-z]+$/;

/** The Hangul a word typed in English keyboard mode stands for; '' when the keys make no Hangul. */
function qwertyToHangul(word: string): string {
  try {
    return convertQwertyToHangul(word);
  } catch {
    return '';
  }
}

/** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const above = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * What to search for instead of a word that matched nothing, or undefined:
 * - a word typed with the keyboard in English mode: `ghffhrmfoa` → `홀로그램`;
 * - a Korean word only found inside compounds: `얼라이언스` → `융합얼라이언스`;
 * - two words run together: `산학연동맹` → `산학연 동맹`;
 * - one wrong, missing, extra or swapped letter (two in long words), in Korean
 *   counted in jamo: `홀로그렘` → `홀로그램`, `allaince` → `alliance`. Short
 *   words (two syllables, four letters) are left alone: `고요` is not `개요`.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const words = vocabulary.words.split(' ');
  if (words.some((known) => known.startsWith(word))) return undefined;
  if (latinWord.test(word)) {
    const typedInKorean = qwertyToHangul(word);
    if (hangulWord.test(typedInKorean) && words.some((known) => known.startsWith(typedInKorean))) {
      return typedInKorean;
    }
  }
  const hangul = hangulWord.test(word);
  if (!hangul && !latinWord.test(word)) return undefined;
  if (hangul && word.length >= 2) {
    const containing = words.find((known) => known.length > word.length && known.includes(word));
    if (containing) return containing;
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const [left, right] = [word.slice(0, cut), word.slice(cut)];
      if (words.includes(left) && words.some((known) => known.startsWith(right))) return `${left} ${right}`;
    }
  }
  if (word.length < (hangul ? 3 : 5)) return undefined;
  const key = hangul ? disassemble(word) : word;
  const allowed = key.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number } | undefined;
  for (const known of words) {
    if (hangul ? !hangulWord.test(known) : !latinWord.test(known)) continue;
    const knownKey = hangul ? disassemble(known) : known;
    if (Math.abs(knownKey.length - key.length) > allowed || knownKey.startsWith(key)) continue;
    const distance = editDistance(key, knownKey);
    if (distance <= allowed && (!best || distance < best.distance)) best = { word: known, distance };
  }
  return best?.word;
}
