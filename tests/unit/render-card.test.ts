/** Preview cards: 1200×630 PNGs, the same bytes for the same card, Korean drawn with real glyphs. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardFonts, type CardFonts } from '../../src/lib/cards/card-fonts.ts';
import {
  keepWordsTogether,
  layOutCard,
  renderCard,
  titleSizes,
  type CardSpec,
} from '../../src/lib/cards/render-card.ts';
import { colourTokens } from '../../src/lib/design-tokens.ts';

const colours = colourTokens();
let fonts: CardFonts;

beforeAll(async () => {
  fonts = await loadCardFonts(process.cwd());
});

const card = (title: string): CardSpec => ({
  lang: 'ko',
  siteName: '신전자산업 육성 공동선언',
  title,
  section: '성장 분야',
  facts: [{ label: '채택일', value: '2020년 11월 20일' }],
});

describe('preview cards', () => {
  it('are 1200×630 PNGs, byte for byte the same for the same card', async () => {
    const png = await renderCard(card('예시 분야'), colours, fonts);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.compare(png, await renderCard(card('예시 분야'), colours, fonts))).toBe(0);
  });

  it('draw each Hangul syllable with its own glyph (not the same blank box)', async () => {
    const a = await renderCard(card('가나다'), colours, fonts);
    const b = await renderCard(card('가나라'), colours, fonts);
    expect(Buffer.compare(a, b)).not.toBe(0);
  });

  it('load the part of the font with CJK brackets when a title has them', async () => {
    expect((await fonts.more('「」')).map((font) => font.name)).not.toEqual([]);
    expect(await fonts.more('abc')).toEqual([]);
  });

  it('break Korean only between words, never at a middle dot', () => {
    expect(keepWordsTogether('한국어·영어 보기')).toBe(
      '한\u2060국\u2060어\u2060·\u2060영\u2060어 보\u2060기',
    );
  });

  it('fit a long title by making it smaller', async () => {
    const short = await layOutCard(card('예시 분야'), colours, fonts);
    const long = await layOutCard(
      card('신전자산업 육성을 위한 공동선언문의 아주 긴 제목 '.repeat(4).trim()),
      colours,
      fonts,
    );
    expect(short.titleSize).toBe(titleSizes[0]);
    expect(long.titleSize).toBeLessThan(short.titleSize);
    expect(long.titleSize).toBeGreaterThan(Math.min(...titleSizes));
  });
});
