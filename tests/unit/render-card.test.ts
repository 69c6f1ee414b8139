/** Preview cards: 1200×630 PNGs, the same bytes for the same card, Korean drawn with real glyphs. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCardFonts, type CardFonts } from '../../src/lib/cards/card-fonts.ts';
import type { CardSpec } from '../../src/lib/cards/card-spec.ts';
import { CardPool } from '../../src/lib/cards/card-pool.ts';
import {
  cardPainter,
  keepWordsTogether,
  titleSizes,
  type CardPainter,
} from '../../src/lib/cards/render-card.ts';
import { colourTokens } from '../../src/lib/design-tokens.ts';

const colours = colourTokens(readFileSync('src/styles/global.css', 'utf8'));
let fonts: CardFonts;
let painter: CardPainter;

beforeAll(async () => {
  fonts = await loadCardFonts(process.cwd());
  painter = cardPainter(colours, fonts);
});

const card = (title: string): CardSpec => ({
  lang: 'ko',
  siteName: '신전자산업 육성 공동선언',
  title,
  section: '성장 분야',
  facts: [{ label: '채택일', value: '2020년 11월 20일' }],
  imagePath: '/og/ko/test.png',
});

describe('preview cards', () => {
  it('are 1200×630 PNGs, byte for byte the same for the same card', async () => {
    const png = await painter.paint(card('홀로그램'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(Buffer.compare(png, await painter.paint(card('홀로그램')))).toBe(0);
  });

  it('draw each Hangul syllable with its own glyph (not the same blank box)', async () => {
    const a = await painter.paint(card('가나다'));
    const b = await painter.paint(card('가나라'));
    expect(Buffer.compare(a, b)).not.toBe(0);
  });

  it('drawn at once on the same frame each keep their own title', async () => {
    const titles = ['홀로그램', '웨어러블', '차세대 디스플레이'];
    const together = await Promise.all(titles.map((title) => painter.paint(card(title))));
    const oneByOne: Buffer[] = [];
    for (const title of titles) oneByOne.push(await painter.paint(card(title)));
    together.forEach((png, index) => expect(Buffer.compare(png, oneByOne[index] ?? Buffer.alloc(0))).toBe(0));
    expect(Buffer.compare(together[0] ?? Buffer.alloc(0), together[1] ?? Buffer.alloc(0))).not.toBe(0);
  });

  it('draw only the rows a title can reach, the same pixels as drawing its whole area', async () => {
    const specs = [
      card('홀로그램'),
      { ...card('Wearables and the next displays, made and tested in Gumi'), lang: 'en', section: 'Sectors' },
      card('신전자산업 육성을 위한 공동선언문의 아주 긴 제목 '.repeat(4).trim()),
      card('A\u0302\u0302\u0302 g\u0323\u0323\u0323'),
    ];
    /** The card's title area as painted, and the same area drawn whole from its layout. */
    const titleAreaOf = async (drawer: CardPainter, spec: CardSpec) => {
      const { svg, titleArea } = await drawer.layout(spec);
      const painted = await sharp(await drawer.paint(spec))
        .extract({
          left: titleArea.left,
          top: titleArea.top,
          width: titleArea.width,
          height: titleArea.height,
        })
        .ensureAlpha()
        .raw()
        .toBuffer();
      return { painted, whole: new Resvg(svg, { font: { loadSystemFonts: false } }).render().pixels };
    };
    // With no room past its lines, a title reaches the edge of the rows drawn: then its whole area is drawn.
    for (const drawer of [painter, cardPainter(colours, fonts, 0)]) {
      for (const spec of specs) {
        const { painted, whole } = await titleAreaOf(drawer, spec);
        expect(painted.equals(whole), spec.title).toBe(true);
      }
    }
    const short = await painter.layout(specs[0] ?? card(''));
    expect(short.inkRows.height).toBeLessThan(short.titleArea.height * 0.6);
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
    const short = await painter.layout(card('홀로그램'));
    const long = await painter.layout(
      card('신전자산업 육성을 위한 공동선언문의 아주 긴 제목 '.repeat(4).trim()),
    );
    expect(short.titleSize).toBe(titleSizes[0]);
    expect(long.titleSize).toBeLessThan(short.titleSize);
    expect(long.titleSize).toBeGreaterThan(Math.min(...titleSizes));
  });

  it('are drawn in worker threads, each to its own file, the same as drawn directly', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const pool = new CardPool(process.cwd(), colours, 2);
    try {
      const titles = ['홀로그램', '웨어러블', '반도체', '5G'];
      const jobs = titles.map((title, index) => ({
        spec: card(title),
        file: path.join(folder, `${index}.png`),
      }));
      await Promise.all(jobs.map((job) => pool.draw(job)));
      for (const [index, title] of titles.entries()) {
        expect(Buffer.compare(readFileSync(jobs[index]?.file ?? ''), await painter.paint(card(title)))).toBe(
          0,
        );
      }
    } finally {
      await pool.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('leave a process free to exit once every card is drawn, even if the pool is never closed', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
    try {
      const script = path.join(folder, 'draw.ts');
      writeFileSync(
        script,
        `import { CardPool } from ${JSON.stringify(path.resolve('src/lib/cards/card-pool.ts'))};
        const pool = new CardPool(${JSON.stringify(process.cwd())}, ${JSON.stringify(colours)}, 1);
        await pool.draw({ spec: ${JSON.stringify(card('홀로그램'))}, file: ${JSON.stringify(path.join(folder, 'card.png'))} });
        console.log('drawn');`,
      );
      const child = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
      expect(child.stdout.trim()).toBe('drawn');
      expect(child.status).toBe(0);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('report a card that cannot be drawn, naming it, and go on drawing the others', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cards-'));
    const pool = new CardPool(process.cwd(), colours, 1);
    try {
      const unwritable = { spec: card('홀로그램'), file: path.join(folder, 'missing-folder', 'card.png') };
      await expect(pool.draw(unwritable)).rejects.toThrow(/\/og\/ko\/test\.png.*ENOENT/s);
      const file = path.join(folder, 'card.png');
      await pool.draw({ spec: card('웨어러블'), file });
      expect(readFileSync(file).readUInt32BE(16)).toBe(1200);
    } finally {
      await pool.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
