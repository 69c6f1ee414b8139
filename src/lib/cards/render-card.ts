/**
 * Draws preview cards (1200×630 PNG): the site's mark and name, the page
 * title (with its part of the site above it), and the declaration's date and
 * parties along the bottom. satori lays a card out and turns its text into
 * paths; resvg turns that SVG into pixels; `card-png.ts` writes them as an
 * indexed PNG. All give the same bytes for the same input, so builds stay
 * reproducible.
 *
 * A card is drawn in two layers. The frame (accent bar, mark, site name and
 * the facts along the bottom) is the same for every page of a language: it is
 * laid out and drawn once per painter, its rows outside the title area are
 * compressed once, and it is kept. Each card then lays out its title area,
 * draws only the rows of it that its title can reach, on the frame's
 * background colour, and compresses only the title area's rows. That is a
 * sixth of the work of drawing and encoding the whole card each time, which
 * is what a first build of thousands of pages spent most of its time on.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import { colour, type ColourTokens } from '../design-tokens.ts';
import { siteMarkSvg } from '../site-mark.ts';
import { cardFontFamilies, type CardFonts } from './card-fonts.ts';
import { framePng, type Area, type FramePng, type RgbaImage } from './card-png.ts';
import { previewCardSize, type CardSpec } from './card-spec.ts';

interface CardNode {
  type: string;
  key?: string;
  props: Record<string, unknown> & { style?: Record<string, string | number> };
}

/** A flex box that keeps its size: too much text overflows it, where the fit check sees it. */
function box(style: Record<string, string | number>, ...children: (CardNode | string)[]): CardNode {
  return { type: 'div', props: { style: { display: 'flex', flexShrink: 0, ...style }, children } };
}

/**
 * Korean breaks lines only between words (as `word-break: keep-all` does on
 * the site). satori's own keep-all also breaks at punctuation such as the
 * middle dot in "한국어·영어", so the letters of each word are joined with
 * invisible word joiners (U+2060) instead, which forbid a break between them.
 */
export function keepWordsTogether(text: string): string {
  return text
    .split(' ')
    .map((word) => [...word].join('\u2060'))
    .join(' ');
}

/** Title sizes to try, largest first; the first that fits the card is used. */
export const titleSizes = [80, 72, 64, 56, 50, 44, 38] as const;
const padding = { x: 80, top: 64, bottom: 56 };
const accentBar = 16;
/** Room kept above and below the title block inside the title area. */
const titleAreaPadding = 28;
/**
 * How far past the block of lines a glyph may reach, in title sizes. Noto
 * Sans KR's glyphs stay within its ascent and descent (1.16 and 0.288 of the
 * font size), which pass the title's line height (1.22) by 0.114 on each
 * side. Should a glyph still reach the edge of the rows drawn, the card is
 * drawn again from its whole title area (see `paint`).
 */
const glyphOverhang = 0.2;
const titleAreaKey = 'title-area';
const titleBlockKey = 'title-block';

interface Frame {
  /** Where the title goes, in whole pixels. */
  titleArea: Area;
  /** A row of the blank title area, RGBA. */
  blankRow: Buffer;
  /** Writes a card of this frame. */
  png: FramePng;
}

export interface CardLayout {
  /** The title area as SVG, `titleArea.width` × `titleArea.height`. */
  svg: string;
  titleSize: number;
  titleArea: Area;
  /** The rows of the title area the title can draw on (the rest stay as blank as in the frame). */
  inkRows: { top: number; height: number };
}

export interface CardPainter {
  /** Lays the title area out with the largest title size that fits it. */
  layout(spec: CardSpec): Promise<CardLayout>;
  /** The card as a PNG. */
  paint(spec: CardSpec): Promise<Buffer>;
}

/** `svg` (as satori writes it) cut to `rows`: the same pixels in those rows, none drawn elsewhere. */
function svgRows(svg: string, rows: { top: number; height: number }): string {
  const root = /^<svg width="(\d+)" height="\d+" viewBox="0 0 \d+ \d+"/.exec(svg);
  if (!root) throw new Error(`satori's SVG does not start as expected: ${svg.slice(0, 80)}`);
  const width = root[1] ?? '';
  return `<svg width="${width}" height="${rows.height}" viewBox="0 ${rows.top} ${width} ${rows.height}"${svg.slice(root[0].length)}`;
}

function rasterise(svg: string): RgbaImage {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * A painter for cards in one set of colours and fonts. It keeps each frame it
 * has drawn, so one painter should draw many cards (one per worker thread).
 */
export function cardPainter(
  tokens: ColourTokens,
  fonts: CardFonts,
  /** For tests: how far past its lines a title is drawn, in title sizes. */
  overhang = glyphOverhang,
): CardPainter {
  /** A colour of the site as in its light scheme. */
  const c = (name: string) => colour(name, 'light', tokens);
  const mark = `data:image/svg+xml;base64,${Buffer.from(
    siteMarkSvg({ size: 64, colours: { background: c('accent'), foreground: c('accent-ink') } }),
  ).toString('base64')}`;
  const fontFamily = cardFontFamilies.join(', ');
  const text = (spec: CardSpec, plain: string) => (spec.lang === 'ko' ? keepWordsTogether(plain) : plain);

  /** satori's layout of `tree` at `size`, with the box of every node that has a key. */
  async function layOut(
    tree: CardNode,
    size: { width: number; height: number },
  ): Promise<{ svg: string; boxes: Map<string, Area> }> {
    const boxes = new Map<string, Area>();
    const options: SatoriOptions = {
      ...size,
      fonts: fonts.base,
      loadAdditionalAsset: async (_language, segment) => fonts.more(segment),
      onNodeDetected: (node) => {
        if (typeof node.key === 'string') boxes.set(node.key, node);
      },
    };
    return { svg: await satori(tree, options), boxes };
  }

  function frameTree(spec: CardSpec): CardNode {
    return box(
      {
        width: previewCardSize.width,
        height: previewCardSize.height,
        flexDirection: 'column',
        backgroundColor: c('canvas'),
        color: c('ink'),
        fontFamily,
      },
      box({ height: accentBar, backgroundColor: c('accent') }),
      box(
        {
          flexGrow: 1,
          flexDirection: 'column',
          padding: `${padding.top}px ${padding.x}px ${padding.bottom}px`,
        },
        box(
          { alignItems: 'center', gap: 22 },
          { type: 'img', props: { src: mark, width: 64, height: 64 } },
          box({ fontSize: 32, fontWeight: 700 }, spec.siteName),
        ),
        { ...box({ flexGrow: 1 }), key: titleAreaKey },
        box(
          { gap: 56, borderTop: `2px solid ${c('line')}`, paddingTop: 24 },
          ...spec.facts.map((fact, index) =>
            box(
              // The last fact (the parties' names) takes the room that is left and wraps.
              { flexDirection: 'column', gap: 2, ...(index === spec.facts.length - 1 && { flexShrink: 1 }) },
              box({ fontSize: 22, color: c('muted') }, fact.label),
              box({ fontSize: 26, fontWeight: 700 }, text(spec, fact.value)),
            ),
          ),
        ),
      ),
    );
  }

  function titleTree(spec: CardSpec, area: Area, titleSize: number): CardNode {
    return box(
      {
        width: area.width,
        height: area.height,
        flexDirection: 'column',
        justifyContent: 'center',
        backgroundColor: c('canvas'),
        color: c('ink'),
        fontFamily,
      },
      {
        ...box(
          { flexDirection: 'column' },
          ...(spec.section
            ? [box({ fontSize: 32, fontWeight: 700, color: c('accent'), marginBottom: 8 }, spec.section)]
            : []),
          box(
            {
              fontSize: titleSize,
              fontWeight: 700,
              lineHeight: 1.22,
              letterSpacing: spec.lang === 'ko' ? -1 : -0.5,
              textWrap: 'balance',
            },
            text(spec, spec.title),
          ),
        ),
        key: titleBlockKey,
      },
    );
  }

  const frames = new Map<string, Promise<Frame>>();
  function frameOf(spec: CardSpec): Promise<Frame> {
    const key = JSON.stringify([spec.lang, spec.siteName, spec.facts]);
    let frame = frames.get(key);
    if (!frame) {
      frame = layOut(frameTree(spec), previewCardSize).then(({ svg, boxes }) => {
        const area = boxes.get(titleAreaKey);
        if (!area) throw new Error('the preview card frame has no title area');
        const top = Math.round(area.top);
        const titleArea = {
          left: Math.round(area.left),
          top,
          width: Math.round(area.width),
          height: Math.round(area.top + area.height) - top,
        };
        const image = rasterise(svg);
        const rowStart = (titleArea.top * image.width + titleArea.left) * 4;
        const blankRow = Buffer.from(image.pixels.subarray(rowStart, rowStart + titleArea.width * 4));
        return { titleArea, blankRow, png: framePng(image, titleArea) };
      });
      frames.set(key, frame);
    }
    return frame;
  }

  async function layout(spec: CardSpec): Promise<CardLayout> {
    const { titleArea } = await frameOf(spec);
    for (const titleSize of titleSizes) {
      const { svg, boxes } = await layOut(titleTree(spec, titleArea, titleSize), titleArea);
      const block = boxes.get(titleBlockKey);
      if (!block) throw new Error('the preview card title area has no title block');
      const fits = block.height <= titleArea.height - 2 * titleAreaPadding;
      if (fits || titleSize === titleSizes[titleSizes.length - 1]) {
        const reach = overhang * titleSize;
        const top = Math.max(0, Math.floor(block.top - reach));
        const bottom = Math.min(titleArea.height, Math.ceil(block.top + block.height + reach));
        return { svg, titleSize, titleArea, inkRows: { top, height: bottom - top } };
      }
    }
    throw new Error('unreachable: the smallest title size always returns');
  }

  async function paint(spec: CardSpec): Promise<Buffer> {
    const { titleArea, blankRow, png } = await frameOf(spec);
    const { svg, inkRows } = await layout(spec);
    // Only the rows the title can draw on: for a title of one line, little more than half the area.
    const title = rasterise(svgRows(svg, inkRows));
    // A glyph that reaches the edge of those rows may go past it: then the whole area is drawn.
    const rowBytes = titleArea.width * 4;
    const inked = (row: number) =>
      !title.pixels.subarray(row * rowBytes, (row + 1) * rowBytes).equals(blankRow);
    const cutAbove = inkRows.top > 0 && inked(0);
    const cutBelow = inkRows.top + inkRows.height < titleArea.height && inked(inkRows.height - 1);
    return cutAbove || cutBelow ? png(rasterise(svg), 0) : png(title, inkRows.top);
  }

  return { layout, paint };
}
