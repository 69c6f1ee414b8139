/**
 * PNG encoding for preview cards, which are drawn in two layers
 * (`render-card.ts`): a frame that every card of a language shares, and a
 * title area drawn into it.
 *
 * A card has few colours: its text is smoothed between a handful of theme
 * colours, under a hundred in all. So it is written as an indexed PNG (one
 * byte a pixel, against three for RGB): a third of the data to compress, and
 * files about a fifth smaller than the RGB ones. The frame's rows above and below
 * the title area are indexed and compressed once per frame; each card indexes
 * and compresses only its title rows. The three parts make one zlib stream:
 * each is compressed on its own and ends on a byte boundary without closing
 * the stream (a sync flush), so the next can follow it, and the checksum of
 * the whole is combined from the checksums of the parts.
 *
 * A card with more colours than a palette holds (256) is written whole, as
 * an RGB PNG.
 */
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

/** Pixels as resvg gives them: RGBA, 8 bits a channel, opaque. */
export interface RgbaImage {
  pixels: Buffer;
  width: number;
  height: number;
}

export interface Area {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Writes cards that share one frame, each from the rows of its title area
 * drawn on, `top` rows down (the others are as the frame has them).
 */
export type FramePng = (title: RgbaImage, top: number) => Buffer;

const maxColours = 256;
/**
 * A card is mostly runs of one colour: zlib's run-length strategy compresses
 * it in half the time of the default one, for files a fifth larger.
 */
const compression = { level: 6, strategy: constants.Z_RLE } as const;
const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** The zlib stream header (RFC 1950) for deflate with a 32 KiB window, at the default level. */
const zlibHeader = Buffer.from([0x78, 0x9c]);
const adlerModulus = 65521;
/** Bytes summed before reducing, kept small enough that the sums stay 32-bit integers. */
const adlerRun = 3800;

/** Adler-32 (RFC 1950) of `data`. */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let start = 0; start < data.length; start += adlerRun) {
    const end = Math.min(start + adlerRun, data.length);
    for (let i = start; i < end; i++) {
      a += data[i] as number;
      b += a;
    }
    a %= adlerModulus;
    b %= adlerModulus;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces of data joined, from their own (zlib's `adler32_combine`). */
export function combineAdler32(first: number, second: number, secondLength: number): number {
  const remainder = secondLength % adlerModulus;
  const a = ((first & 0xffff) + (second & 0xffff) + adlerModulus - 1) % adlerModulus;
  const b =
    (((first & 0xffff) * remainder) % adlerModulus) +
    (first >>> 16) +
    (second >>> 16) +
    adlerModulus -
    remainder;
  return (((b % adlerModulus) << 16) | a) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const bytes = Buffer.alloc(12 + data.length);
  bytes.writeUInt32BE(data.length, 0);
  bytes.write(type, 4, 'latin1');
  bytes.set(data, 8);
  bytes.writeUInt32BE(crc32(bytes.subarray(4, 8 + data.length)), 8 + data.length);
  return bytes;
}

/** Compressed on its own, ending on a byte boundary with the stream left open for what follows. */
const deflatePart = (data: Uint8Array) =>
  deflateRawSync(data, { ...compression, finishFlush: constants.Z_SYNC_FLUSH });

/** The pixels as 32-bit words in the machine's byte order, one per pixel. */
function words(pixels: Buffer): Uint32Array {
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : Buffer.from(pixels);
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
}

/** The bits of a pixel word that hold its red, green and blue, whichever the machine's byte order. */
const colourBits = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 0x00ffffff : 0xffffff00;

/** The colours of a PNG palette, by the colour bits of their pixel words. */
class Palette {
  /** Red, green and blue of each entry, in order. */
  readonly #entries: number[] = [];
  readonly #indexOf = new Map<number, number>();

  constructor(from?: Palette) {
    if (from) {
      this.#entries.push(...from.#entries);
      for (const [colour, index] of from.#indexOf) this.#indexOf.set(colour, index);
    }
  }

  /** The index of the colour of `pixels[at]`, added if new; undefined when the palette is full. */
  indexOf(pixels: Uint32Array, at: number): number | undefined {
    const colour = (pixels[at] as number) & colourBits;
    const known = this.#indexOf.get(colour);
    if (known !== undefined || this.#indexOf.size === maxColours) return known;
    this.#entries.push(...new Uint8Array(pixels.buffer, pixels.byteOffset + at * 4, 3));
    this.#indexOf.set(colour, this.#indexOf.size);
    return this.#indexOf.size - 1;
  }

  toChunk(): Buffer {
    return chunk('PLTE', Buffer.from(this.#entries));
  }
}

/**
 * Indexes `width` pixels from `source[from…]` into `target[at…]`; false when
 * the palette runs out. Runs of one colour, most of a card, skip the lookup.
 */
function indexRow(
  source: Uint32Array,
  from: number,
  width: number,
  target: Uint8Array,
  at: number,
  palette: Palette,
): boolean {
  let last: number | undefined;
  let lastIndex = 0;
  for (let x = 0; x < width; x++) {
    const colour = (source[from + x] as number) & colourBits;
    if (colour !== last) {
      const index = palette.indexOf(source, from + x);
      if (index === undefined) return false;
      last = colour;
      lastIndex = index;
    }
    target[at + x] = lastIndex;
  }
  return true;
}

/**
 * Indexed PNGs of the cards drawn on `frame`: undefined for a card, or for
 * every card, when the colours outnumber a palette.
 */
function indexedFramePng(
  frame: RgbaImage,
  titleArea: Area,
): ((title: RgbaImage, top: number) => Buffer | undefined) | undefined {
  const { width, height } = frame;
  const rowBytes = width + 1; // each row starts with its filter type: 0, none
  const palette = new Palette();
  const rows = Buffer.alloc(rowBytes * height);
  const framePixels = words(frame.pixels);
  for (let y = 0; y < height; y++) {
    if (!indexRow(framePixels, y * width, width, rows, y * rowBytes + 1, palette)) return undefined;
  }
  const titleStart = titleArea.top * rowBytes;
  const titleEnd = (titleArea.top + titleArea.height) * rowBytes;
  const above = rows.subarray(0, titleStart);
  const below = rows.subarray(titleEnd);
  const aboveCompressed = deflatePart(above);
  const belowCompressed = deflateRawSync(below, compression);
  const aboveAdler = adler32(above);
  const belowAdler = adler32(below);
  const frameTitleRowAdlers = Array.from({ length: titleArea.height }, (_, y) =>
    adler32(rows.subarray(titleStart + y * rowBytes, titleStart + (y + 1) * rowBytes)),
  );
  const header = Buffer.concat([
    signature,
    chunk('IHDR', Buffer.from([...u32(width), ...u32(height), 8, 3, 0, 0, 0])),
  ]);
  const end = chunk('IEND', Buffer.alloc(0));

  return (title, top) => {
    const cardPalette = new Palette(palette);
    const titleRows = Buffer.from(rows.subarray(titleStart, titleEnd));
    const titlePixels = words(title.pixels);
    const titleRowBytes = title.width * 4;
    let checksum = aboveAdler;
    for (let y = 0; y < titleArea.height; y++) {
      const drawn = y - top;
      const frameRow = ((titleArea.top + y) * width + titleArea.left) * 4;
      // Most rows of a title area are blank, as in the frame: their indices and checksum are known.
      const blank =
        drawn < 0 ||
        drawn >= title.height ||
        title.pixels.compare(
          frame.pixels,
          frameRow,
          frameRow + titleRowBytes,
          drawn * titleRowBytes,
          (drawn + 1) * titleRowBytes,
        ) === 0;
      let rowAdler = frameTitleRowAdlers[y] ?? 1;
      if (!blank) {
        const at = y * rowBytes + 1 + titleArea.left;
        if (!indexRow(titlePixels, drawn * title.width, title.width, titleRows, at, cardPalette)) {
          return undefined;
        }
        rowAdler = adler32(titleRows.subarray(y * rowBytes, (y + 1) * rowBytes));
      }
      checksum = combineAdler32(checksum, rowAdler, rowBytes);
    }
    checksum = combineAdler32(checksum, belowAdler, below.length);
    const stream = Buffer.concat([
      zlibHeader,
      aboveCompressed,
      deflatePart(titleRows),
      belowCompressed,
      Buffer.from(u32(checksum)),
    ]);
    return Buffer.concat([header, cardPalette.toChunk(), chunk('IDAT', stream), end]);
  };
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

/** An RGB PNG of `image`, for a card with too many colours for a palette. */
function rgbPng({ pixels, width, height }: RgbaImage): Buffer {
  const rowBytes = width * 3 + 1;
  const rows = Buffer.alloc(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      pixels.copy(rows, y * rowBytes + 1 + x * 3, from, from + 3);
    }
  }
  return Buffer.concat([
    signature,
    chunk('IHDR', Buffer.from([...u32(width), ...u32(height), 8, 2, 0, 0, 0])),
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The frame with the title drawn into its title area, `top` rows down. */
function drawnCard(frame: RgbaImage, titleArea: Area, title: RgbaImage, top: number): RgbaImage {
  const pixels = Buffer.from(frame.pixels);
  const titleRowBytes = title.width * 4;
  for (let row = 0; row < title.height; row++) {
    const at = ((titleArea.top + top + row) * frame.width + titleArea.left) * 4;
    title.pixels.copy(pixels, at, row * titleRowBytes, (row + 1) * titleRowBytes);
  }
  return { ...frame, pixels };
}

/** Prepares the PNGs of the cards drawn on `frame`: the whole card, its title area blank. */
export function framePng(frame: RgbaImage, titleArea: Area): FramePng {
  if (titleArea.left + titleArea.width > frame.width || titleArea.top + titleArea.height > frame.height) {
    throw new Error('the title area of the preview card frame does not fit the frame');
  }
  const indexed = indexedFramePng(frame, titleArea);
  return (title, top) => {
    if (title.width !== titleArea.width || top < 0 || top + title.height > titleArea.height) {
      throw new Error(
        `a title of ${title.width}×${title.height}, ${top} rows down, does not fit its area of ${titleArea.width}×${titleArea.height}`,
      );
    }
    return indexed?.(title, top) ?? rgbPng(drawnCard(frame, titleArea, title, top));
  };
}
