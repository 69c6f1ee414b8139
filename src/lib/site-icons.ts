/**
 * The favicon set, made from the mark (src/lib/site-mark.ts) when the site is
 * built: an SVG that follows the reader's colour scheme, a 32 px PNG for
 * browsers without SVG icons, the same PNG as /favicon.ico for whatever asks
 * the root for it (feed readers, a browser showing a .txt or .json file), and
 * a 180 px apple-touch-icon (a full square: iOS rounds the corners itself). PNGs are rendered by resvg, so every build
 * gives the same bytes and no binary is kept in the repository.
 */
import { Resvg } from '@resvg/resvg-js';
import { markColours, siteMarkSvg } from './site-mark.ts';

/** Site paths of the icons, for the pages' `<link rel="icon">` tags. */
export const iconPaths = {
  svg: '/favicon.svg',
  png: '/favicon-32x32.png',
  appleTouch: '/apple-touch-icon.png',
} as const;

export function faviconSvg(): string {
  return siteMarkSvg({ dark: markColours('dark') });
}

function png(svg: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
}

export function faviconPng(): Uint8Array<ArrayBuffer> {
  return png(siteMarkSvg({ size: 32 }));
}

export function appleTouchIconPng(): Uint8Array<ArrayBuffer> {
  return png(siteMarkSvg({ size: 180, corner: 0, scale: 0.9 }));
}

/**
 * The 32 px PNG in an ICO container: a 6-byte header (reserved, type 1 = icon,
 * one image), a 16-byte entry (size, colours, planes, bits per pixel, length
 * and offset of the image), then the PNG itself, which ICO allows since
 * Windows Vista and every current browser reads.
 */
export function faviconIco(): Uint8Array<ArrayBuffer> {
  const image = faviconPng();
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(32, 6);
  header.writeUInt8(32, 7);
  header.writeUInt8(0, 8);
  header.writeUInt8(0, 9);
  header.writeUInt16LE(1, 10);
  header.writeUInt16LE(32, 12);
  header.writeUInt32LE(image.length, 14);
  header.writeUInt32LE(header.length, 18);
  return new Uint8Array(Buffer.concat([header, image]));
}
