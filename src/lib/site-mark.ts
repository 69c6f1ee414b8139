/**
 * The site's mark on a 32-unit grid: the three bodies that adopted the
 * declaration (province, city, institute) as linked nodes around a fourth, the
 * firms, on the accent colour. `SiteMark.astro` draws it on pages and the
 * preview cards draw it from the same shapes.
 */
export const siteMark = {
  size: 32,
  cornerRadius: 7,
  strokeWidth: 2,
  /** The triangle of the three bodies, and each of them linked to the centre. */
  lines: ['M16 7.5 L8 22 L24 22 Z', 'M16 7.5 L16 16.5 M8 22 L16 16.5 L24 22'],
  nodes: [
    { cx: 16, cy: 7.5, r: 3 },
    { cx: 8, cy: 22, r: 3 },
    { cx: 24, cy: 22, r: 3 },
    { cx: 16, cy: 16.5, r: 2.25 },
  ],
} as const;

/** The mark as a standalone SVG document in the given colours. */
export function siteMarkSvg(colours: { background: string; foreground: string }): string {
  const { size, cornerRadius, strokeWidth, lines, nodes } = siteMark;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}">`,
    `<rect width="${size}" height="${size}" rx="${cornerRadius}" fill="${colours.background}"/>`,
    `<g stroke="${colours.foreground}" stroke-width="${strokeWidth}" stroke-linecap="round" fill="none">`,
    ...lines.map((d) => `<path d="${d}"/>`),
    `</g><g fill="${colours.foreground}">`,
    ...nodes.map(({ cx, cy, r }) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`),
    '</g></svg>',
  ].join('');
}
