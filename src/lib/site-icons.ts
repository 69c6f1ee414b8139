/**
 * The favicon set, made from the mark (src/lib/site-mark.ts) when the site is
 * built: an SVG that follows the reader's colour scheme, a 32 px PNG for
 * browsers without SVG icons, and a 180 px apple-touch-icon (a full square:
 * iOS rounds the corners itself). PNGs are rendered by resvg, so every build
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
