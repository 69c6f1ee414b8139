/**
 * One icon per growth sector (and per further field), chosen by slug from the
 * site's icon set (src/lib/icons.ts). A sector without an entry here (a new
 * one, say) gets `fallbackIcon`, so adding a sector never needs code. The
 * easy-read page can show these by slug too (`![](icon:hologram)`).
 */
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

/** The drawing inside the sector's icon `<svg>` (its shapes, without the empty bounding box). */
export function iconShapes(slug: string): string {
  return tablerIconShapes(sectorIconNames[slug] ?? fallbackIcon);
}
