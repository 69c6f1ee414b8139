/**
 * One icon per growth sector (and per further field), chosen by slug from
 * Tabler Icons (MIT), a maintained set drawn in one style: 24 px grid, round
 * 2 px strokes. The SVG files are read when the site is built and inlined, so
 * no icon font or script reaches the reader. A sector without an entry here
 * (a new one, say) gets `fallbackIcon`, so adding a sector never needs code.
 */
import antennaBars from '@tabler/icons/outline/antenna-bars-5.svg?raw';
import augmentedReality from '@tabler/icons/outline/augmented-reality.svg?raw';
import cpu from '@tabler/icons/outline/cpu.svg?raw';
import deviceWatch from '@tabler/icons/outline/device-watch.svg?raw';
import heartRateMonitor from '@tabler/icons/outline/heart-rate-monitor.svg?raw';
import hexagons from '@tabler/icons/outline/hexagons.svg?raw';
import homeHeart from '@tabler/icons/outline/home-heart.svg?raw';
import needleThread from '@tabler/icons/outline/needle-thread.svg?raw';
import plane from '@tabler/icons/outline/plane.svg?raw';
import robot from '@tabler/icons/outline/robot.svg?raw';
import scooterElectric from '@tabler/icons/outline/scooter-electric.svg?raw';

const icons: Record<string, string> = {
  hologram: augmentedReality,
  'living-care': homeHeart,
  'e-mobility': scooterElectric,
  '5g': antennaBars,
  healthcare: heartRateMonitor,
  materials: hexagons,
  wearables: deviceWatch,
  // The three further fields (content/data/related-fields.yaml).
  'ict-textiles': needleThread,
  'ict-aviation': plane,
  'iot-robots': robot,
};

/** A chip: the new electronics industry in general. */
export const fallbackIcon = cpu;

/** The drawing inside the icon's `<svg>` (its shapes, without the empty bounding box). */
export function iconShapes(slug: string): string {
  const svg = icons[slug] ?? fallbackIcon;
  const inner = svg.slice(svg.indexOf('>') + 1, svg.lastIndexOf('</svg>'));
  return inner.replace(/<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*\/>/, '').trim();
}
