/**
 * Preview-card PNGs (src/lib/cards/card-png.ts): a frame's rows compressed
 * once, each card's title rows spliced in, and the result exactly the pixels
 * drawn, as an indexed PNG, or as RGB when the colours outnumber a palette.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { adler32, combineAdler32, framePng, type RgbaImage } from '../../src/lib/cards/card-png.ts';

type Rgb = [number, number, number];

function image(width: number, height: number, colourAt: (x: number, y: number) => Rgb): RgbaImage {
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set([...colourAt(x, y), 255], (y * width + x) * 4);
  }
  return { pixels, width, height };
}

/** What the card should look like: the frame with the title's rows written in. */
function drawn(frame: RgbaImage, area: { left: number; top: number }, title: RgbaImage, top: number) {
  return image(frame.width, frame.height, (x, y) => {
    const [tx, ty] = [x - area.left, y - area.top - top];
    const inTitle = tx >= 0 && tx < title.width && ty >= 0 && ty < title.height;
    const [source, at] = inTitle ? [title, ty * title.width + tx] : [frame, y * frame.width + x];
    return [...source.pixels.subarray(at * 4, at * 4 + 3)] as Rgb;
  });
}

function chunks(png: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    found.set(png.toString('latin1', at + 4, at + 8), png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return found;
}

async function pixelsOf(png: Buffer): Promise<Buffer> {
  return sharp(png).ensureAlpha().raw().toBuffer();
}

const canvas: Rgb = [255, 255, 255];
const frame = image(64, 48, (x, y) => (y < 6 ? [10 * x, 20, 200] : x < 2 || y > 44 ? [0, 90, 60] : canvas));
const area = { left: 8, top: 12, width: 48, height: 24 };
/** Text-like: a few rows of shades of two colours. */
const title = image(48, 8, (x, y) =>
  y % 3 === 0 ? canvas : x % 2 ? [x * 5, x * 5, x * 5] : [200, 40, y * 20],
);

describe('preview card PNGs', () => {
  it('checksum as zlib does, and combine checksums of joined data', () => {
    const zlibAdler = (data: Buffer) => deflateSync(data).readUInt32BE(deflateSync(data).length - 4);
    const data = Buffer.from(Array.from({ length: 20_000 }, (_, index) => (index * 7919) % 256));
    for (const length of [0, 1, 3800, 3801, 20_000]) {
      expect(adler32(data.subarray(0, length))).toBe(zlibAdler(data.subarray(0, length)));
    }
    const [first, second] = [data.subarray(0, 12_345), data.subarray(12_345)];
    expect(combineAdler32(adler32(first), adler32(second), second.length)).toBe(zlibAdler(data));
  });

  it('hold exactly the frame with the title drawn in, as an indexed PNG with a valid stream', async () => {
    const write = framePng(frame, area);
    for (const top of [0, 5, area.height - title.height]) {
      const png = write(title, top);
      const parts = chunks(png);
      expect(parts.get('IHDR')?.[9]).toBe(3);
      // inflateSync checks the stream's checksum, which was combined from its parts.
      expect(inflateSync(parts.get('IDAT') ?? Buffer.alloc(0)).length).toBe((frame.width + 1) * frame.height);
      expect((await pixelsOf(png)).equals(drawn(frame, area, title, top).pixels)).toBe(true);
    }
  });

  it('keep the frame as it is where the title draws nothing, and give the same bytes each time', async () => {
    const write = framePng(frame, area);
    const blank = image(area.width, 4, () => canvas);
    expect((await pixelsOf(write(blank, 3))).equals(frame.pixels)).toBe(true);
    expect(write(title, 5).equals(write(title, 5))).toBe(true);
    expect(write(title, 5).equals(write(title, 6))).toBe(false);
  });

  it('are RGB when a card has more colours than a palette holds', async () => {
    const colourful = image(48, 8, (x, y) => [x * 5, y * 30, (x * y) % 256]);
    const png = framePng(frame, area)(colourful, 2);
    expect(chunks(png).get('IHDR')?.[9]).toBe(2);
    expect((await pixelsOf(png)).equals(drawn(frame, area, colourful, 2).pixels)).toBe(true);
  });

  it('refuse a title that does not fit its area', () => {
    const write = framePng(frame, area);
    expect(() => write(title, area.height - title.height + 1)).toThrow(/does not fit its area/);
    expect(() =>
      write(
        image(40, 8, () => canvas),
        0,
      ),
    ).toThrow(/does not fit its area/);
    expect(() => framePng(frame, { ...area, left: 30 })).toThrow(/does not fit the frame/);
  });
});
