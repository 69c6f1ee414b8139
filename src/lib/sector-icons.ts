/**
 * One icon per growth sector (and per further field), chosen by slug from the
 * site's icon set (src/lib/icons.ts). A sector without an entry here (a new
 * one, say) gets `fallbackIcon`, so adding a sector never needs code; a
 * renamed one keeps the icon of its old slug, found through
 * content/redirects.yaml. The easy-read page can show these by slug too
 * (`![](icon:hologram)`).
 */
import { defaultLocale } from '../i18n/locales.ts';
import { routes } from '../i18n/routing.ts';
import { siteRedirectTable, type RedirectTable } from './content/redirects.ts';
import { tablerIconShapes } from './icons.ts';

export const sectorIconNames: Readonly<Record<string, string>> = {
  hologram: 'augmented-reality',
  'living-care': 'home-heart',
  'e-mobility': 'scooter-electric',
  '5g': 'antenna-bars-5',
  healthcare: 'heart-rate-monitor',
  materials: 'hexagons',
  wearables: 'device-watch',
  // The three further fields (content/data/related-fields.yaml).
  'ict-textiles': 'needle-thread',
  'ict-aviation': 'plane',
  'iot-robots': 'robot',
};

/** A chip: the new electronics industry in general. */
export const fallbackIcon = 'cpu';

/** The old slug a sector was renamed from, if that one has an icon. */
function formerSlug(slug: string, moves: RedirectTable): string | undefined {
  const address = routes.sector(defaultLocale, slug);
  for (const [from, to] of moves.pages) {
    const old = from.split('/').at(-2) ?? '';
    if (to === address && from === routes.sector(defaultLocale, old) && old in sectorIconNames) return old;
  }
  return undefined;
}

/** The name of the icon a sector shows. */
export function sectorIconName(slug: string, moves: RedirectTable = siteRedirectTable()): string {
  return sectorIconNames[slug] ?? sectorIconNames[formerSlug(slug, moves) ?? ''] ?? fallbackIcon;
}

/** The drawing inside the sector's icon `<svg>` (its shapes, without the empty bounding box). */
export function iconShapes(slug: string): string {
  return tablerIconShapes(sectorIconName(slug));
}
