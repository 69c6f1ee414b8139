/**
 * The typeface of the preview cards: Noto Sans KR from the
 * `@fontsource/noto-sans-kr` package (SIL Open Font License), never the build
 * machine's fonts, so every machine draws the same card. The package ships the
 * font already cut into parts by script; the cards load the Latin and Korean
 * parts in the two weights they use (as WOFF: satori does not read WOFF2), and
 * any other part only when a card's text needs one of its characters (CJK
 * brackets such as 「」, for instance).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Font } from 'satori';

const baseSubsets = ['latin', 'latin-ext', 'korean'] as const;
const weights = [400, 700] as const;
/** Each part gets a family name of its own: satori keeps one font per name and weight, and falls back across names. */
const familyOf = (subset: string) => `Noto Sans KR ${subset}`;
export const cardFontFamilies = baseSubsets.map(familyOf);
/** What the `korean` part holds: Hangul syllables and jamo. */
const hangul = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/;

export interface CardFonts {
  base: Font[];
  /** Fonts for the characters of `text` that the base parts lack (satori's `loadAdditionalAsset`). */
  more: (text: string) => Promise<Font[]>;
}

/** `U+ac00-d7a3,U+3131` → [[0xac00, 0xd7a3], [0x3131, 0x3131]]. */
export function parseUnicodeRange(range: string): [number, number][] {
  return range.split(',').map((part) => {
    const [start = '0', end = start] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(start, 16), parseInt(end, 16)];
  });
}

export async function loadCardFonts(projectRoot: string): Promise<CardFonts> {
  const require = createRequire(path.join(projectRoot, 'package.json'));
  const file = (subset: string, weight: number) =>
    require.resolve(`@fontsource/noto-sans-kr/files/noto-sans-kr-${subset}-${weight}-normal.woff`);
  const load = (subset: string, name: string) =>
    Promise.all(
      weights.map(async (weight) => ({
        name,
        data: await readFile(file(subset, weight)),
        weight,
        style: 'normal' as const,
      })),
    );

  const unicodeRanges = Object.entries(
    JSON.parse(await readFile(require.resolve('@fontsource/noto-sans-kr/unicode.json'), 'utf8')) as Record<
      string,
      string
    >,
  ).map(([key, range]) => ({ subset: key.replace(/^\[(\d+)\]$/, '$1'), spans: parseUnicodeRange(range) }));
  const covers = (spans: [number, number][], code: number) =>
    spans.some(([start, end]) => code >= start && code <= end);
  const inBase = (char: string, code: number) =>
    hangul.test(char) ||
    unicodeRanges.some(
      (part) => (part.subset === 'latin' || part.subset === 'latin-ext') && covers(part.spans, code),
    );
  const numbered = unicodeRanges.filter((part) => /^\d+$/.test(part.subset));
  const extra = new Map<string, Promise<Font[]>>();

  return {
    base: (await Promise.all(baseSubsets.map((subset) => load(subset, familyOf(subset))))).flat(),
    async more(text) {
      const needed = new Set<string>();
      for (const char of text) {
        const code = char.codePointAt(0) ?? 0;
        if (inBase(char, code)) continue;
        const part = numbered.find(({ spans }) => covers(spans, code));
        if (part) needed.add(part.subset);
      }
      const fonts = [...needed].map((subset) => {
        if (!extra.has(subset)) extra.set(subset, load(subset, familyOf(subset)));
        return extra.get(subset) ?? Promise.resolve([]);
      });
      return (await Promise.all(fonts)).flat();
    },
  };
}
