/**
 * Korean particles that depend on the word before them: "21곳이" but "7개가",
 * "구미시는" but "경상북도와 구미시". Text that is filled in when the page is
 * built (a figure, a party's name) gets the particle its editor wrote fitted
 * to it.
 */
import { josa } from 'es-hangul';

/** A particle written right after a slot: `이`, `을`, `으로`… (not the copula `이다`, `이며`). */
export const particleAfterTag = /^(으로|로|이|가|은|는|을|를|와|과)(?=[^가-힣]|$|서|써|부터)/;

const particlePairs: Record<string, Parameters<typeof josa>[1]> = {
  이: '이/가',
  가: '이/가',
  은: '은/는',
  는: '은/는',
  을: '을/를',
  를: '을/를',
  와: '와/과',
  과: '와/과',
  으로: '으로/로',
  로: '으로/로',
};

/** The form of a written particle that fits `text`: ("21곳", "가") → "이". */
export function fitParticle(text: string, written: string): string {
  const pair = particlePairs[written];
  return pair ? josa(text, pair).slice(text.length) : written;
}
