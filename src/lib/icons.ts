/**
 * The site's pictures come from one set, Tabler Icons (MIT): drawn in one
 * style on a 24 px grid with round 2 px strokes. Icons are read from the
 * installed package when the site is built and inlined as SVG, so no icon
 * font, image request or script reaches the reader.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const outlineFolder = path.join(
  path.dirname(require.resolve('@tabler/icons/package.json')),
  'icons',
  'outline',
);
const cache = new Map<string, string>();

/** Whether Tabler has an outline icon of this name (`calendar-event`), as listed on tabler.io/icons. */
export function isTablerIcon(name: string): boolean {
  return /^[a-z0-9-]+$/.test(name) && existsSync(path.join(outlineFolder, `${name}.svg`));
}

/** The drawing inside a Tabler icon's `<svg>`: its shapes, without the empty bounding box. */
export function tablerIconShapes(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!isTablerIcon(name))
    throw new Error(`"${name}" is not a Tabler outline icon (see https://tabler.io/icons)`);
  const svg = readFileSync(path.join(outlineFolder, `${name}.svg`), 'utf8');
  const shapes = svg
    .slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'))
    .replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, '')
    .replace(/\s*\n\s*/g, '')
    .trim();
  cache.set(name, shapes);
  return shapes;
}
