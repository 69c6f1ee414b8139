/**
 * Draws preview cards (1200×630 PNG): the site's mark and name, the page
 * title (with its part of the site above it), and the declaration's date and
 * parties along the bottom. satori lays a card out and turns its text into
 * paths; resvg turns that SVG into pixels; sharp encodes the PNG. All three
 * give the same bytes for the same input, so builds stay reproducible.
 *
 * A card is drawn in two layers. The frame (accent bar, mark, site name and
 * the facts along the bottom) is the same for every page of a language: it is
 * laid out and drawn once per painter and kept. Each card then lays out and
 * draws only its title area, on the frame's background colour, and writes
 * those rows into the frame's pixels before encoding them. That is about a third of the work of
 * drawing the whole card each time, which is what a first build of thousands
 * of pages spends most of its time on.
 */
import { Resvg } from '@resvg/resvg-js';
import satori, { type SatoriOptions } from 'satori';
import sharp from 'sharp';
import { colour, type ColourTokens } from '../design-tokens.ts';
import { siteMarkSvg } from '../site-mark.ts';
import { cardFontFamilies, type CardFonts } from './card-fonts.ts';
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
const titleAreaKey = 'title-area';
const titleBlockKey = 'title-block';
/** zlib level of the PNGs: at 6, sharp encodes a card in half the time resvg's own encoder takes, and no larger. */
const pngCompression = 6;

interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Frame {
  /**
   * RGBA pixels of the whole card. Each card drawn on this frame writes its
   * title area into them (covering the last card's title), so cards that
   * share a frame are drawn one after another: see `done`.
   */
  pixels: Buffer;
  /** Where the title goes, in whole pixels. */
  titleArea: Area;
  /** Settles when the last card drawn on this frame is encoded. */
  done: Promise<unknown>;
}

export interface CardLayout {
  /** The title area as SVG, `titleArea.width` × `titleArea.height`. */
  svg: string;
  titleSize: number;
  titleArea: Area;
}

export interface CardPainter {
  /** Lays the title area out with the largest title size that fits it. */
  layout(spec: CardSpec): Promise<CardLayout>;
  /** The card as a PNG. */
  paint(spec: CardSpec): Promise<Buffer>;
}

function rasterise(svg: string): { pixels: Buffer; width: number; height: number } {
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/**
 * A painter for cards in one set of colours and fonts. It keeps each frame it
 * has drawn, so one painter should draw many cards (one per worker thread).
 */
export function cardPainter(tokens: ColourTokens, fonts: CardFonts): CardPainter {
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
        return {
          pixels: rasterise(svg).pixels,
          done: Promise.resolve(),
          titleArea: {
            left: Math.round(area.left),
            top,
            width: Math.round(area.width),
            height: Math.round(area.top + area.height) - top,
          },
        };
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
      const fits = block !== undefined && block.height <= titleArea.height - 2 * titleAreaPadding;
      if (fits || titleSize === titleSizes[titleSizes.length - 1]) return { svg, titleSize, titleArea };
    }
    throw new Error('unreachable: the smallest title size always returns');
  }

  async function paint(spec: CardSpec): Promise<Buffer> {
    const frame = await frameOf(spec);
    const { svg, titleArea } = await layout(spec);
    const title = rasterise(svg);
    const card = frame.done.then(() => {
      const rowBytes = title.width * 4;
      for (let row = 0; row < title.height; row++) {
        title.pixels.copy(
          frame.pixels,
          ((titleArea.top + row) * previewCardSize.width + titleArea.left) * 4,
          row * rowBytes,
          (row + 1) * rowBytes,
        );
      }
      return sharp(frame.pixels, { raw: { ...previewCardSize, channels: 4 } })
        .removeAlpha()
        .png({ compressionLevel: pngCompression, adaptiveFiltering: false })
        .toBuffer();
    });
    frame.done = card.catch(() => undefined);
    return card;
  }

  return { layout, paint };
}
