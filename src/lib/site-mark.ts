/**
 * The site's mark, defined once: three linked nodes (the province, the city
 * and the institute) around a fourth at their centre (the firms), light on
 * the accent colour. SiteMark.astro draws it in pages; `siteMarkSvg()` gives a
 * standalone SVG for favicons and preview images, so every use has the same
 * geometry. Units are those of a 32 × 32 square.
 */
import { colour, type ColourScheme } from './design-tokens.ts';

export const markSize = 32;
/** Corner radius of the background square. */
export const markCorner = 7;
export const markStrokeWidth = 2;
/** The three outer nodes and the centre node. */
export const markNodes = [
  { cx: 16, cy: 8.5, r: 3 },
  { cx: 8, cy: 23, r: 3 },
  { cx: 24, cy: 23, r: 3 },
  { cx: 16, cy: 18.2, r: 2.4 },
] as const;

const [top, left, right, centre] = markNodes;
/** The triangle joining the outer nodes, and a spoke from each to the centre. */
export const markEdges = [
  `M${top.cx} ${top.cy}L${left.cx} ${left.cy}L${right.cx} ${right.cy}Z`,
  ...[top, left, right].map((node) => `M${node.cx} ${node.cy}L${centre.cx} ${centre.cy}`),
].join('');

export interface MarkColours {
  background: string;
  foreground: string;
}

/** The mark's colours in a colour scheme, from the design tokens (accent and accent-ink). */
export function markColours(scheme: ColourScheme): MarkColours {
  return { background: colour('accent', scheme), foreground: colour('accent-ink', scheme) };
}

export interface MarkSvgOptions {
  /** Width and height in pixels of the image. */
  size?: number | undefined;
  /** Corner radius of the square; 0 for a full square (apple-touch-icon, which iOS rounds itself). */
  corner?: number | undefined;
  /** Share of the image the drawing fills; below 1 leaves a margin of background around it. */
  scale?: number | undefined;
  colours?: MarkColours | undefined;
  /** Colours to switch to where the reader prefers a dark scheme (an SVG favicon can follow it). */
  dark?: MarkColours | undefined;
}

/** The mark as a standalone SVG document. */
export function siteMarkSvg(options: MarkSvgOptions = {}): string {
  const { size = markSize, corner = markCorner, scale = 1, colours = markColours('light'), dark } = options;
  const offset = (markSize * (1 - scale)) / 2;
  const nodes = markNodes.map(({ cx, cy, r }) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`).join('');
  const style = dark
    ? `<style>@media (prefers-color-scheme: dark){.bg{fill:${dark.background}}.fg{fill:${dark.foreground};stroke:${dark.foreground}}}</style>`
    : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${markSize} ${markSize}">`,
    style,
    `<rect class="bg" width="${markSize}" height="${markSize}" rx="${corner}" fill="${colours.background}"/>`,
    `<g class="fg"${scale === 1 ? '' : ` transform="translate(${offset} ${offset}) scale(${scale})"`} fill="${colours.foreground}" stroke="${colours.foreground}">`,
    `<path d="${markEdges}" fill="none" stroke-width="${markStrokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<g stroke="none">${nodes}</g>`,
    '</g></svg>',
  ].join('');
}
