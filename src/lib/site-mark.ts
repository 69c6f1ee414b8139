/**
 * The site's mark, defined once: three linked nodes (the province, the city
 * and the institute) around a fourth at their centre (the firms), light on
 * the accent colour. SiteMark.astro draws it in pages and `siteMarkSvg()` on
 * preview cards, so every use has the same geometry; the favicons in public/
 * were drawn from it (a unit test keeps public/favicon.svg in step). Units are
 * those of a 32 × 32 square.
 */
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

/** The mark as a standalone SVG document, `size` pixels square (the preview cards draw it). */
export function siteMarkSvg({ size, colours }: { size: number; colours: MarkColours }): string {
  const nodes = markNodes.map(({ cx, cy, r }) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${markSize} ${markSize}">`,
    `<rect width="${markSize}" height="${markSize}" rx="${markCorner}" fill="${colours.background}"/>`,
    `<g fill="${colours.foreground}" stroke="${colours.foreground}">`,
    `<path d="${markEdges}" fill="none" stroke-width="${markStrokeWidth}" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<g stroke="none">${nodes}</g>`,
    '</g></svg>',
  ].join('');
}
