/**
 * Pictures beside points, as easy-read writing puts them: in Markdown an editor
 * writes `- ![](icon:calendar-event) 2020년 11월 20일에 …`, and the image
 * becomes the named icon, drawn inline from the site's icon set. A name is a
 * sector's slug (`hologram`, its icon on the sector map) or any Tabler outline
 * icon (tabler.io/icons). With empty alt text the icon is decorative, as the
 * sentence beside it says everything; alt text makes it an image with that name.
 */
import { isTablerIcon, tablerIconShapes } from './icons.ts';
import { sectorIconNames } from './sector-icons.ts';

export const pointIconPrefix = 'icon:';

/** `icon:calendar-event` → `calendar-event`; undefined for an ordinary image address. */
export function pointIconName(src: string): string | undefined {
  return src.startsWith(pointIconPrefix) ? src.slice(pointIconPrefix.length) : undefined;
}

export function isPointIcon(name: string): boolean {
  return name in sectorIconNames || isTablerIcon(name);
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The icon as inline SVG, decorative unless it has alt text. */
export function pointIconSvg(name: string, alt = ''): string {
  const shapes = tablerIconShapes(sectorIconNames[name] ?? name);
  const role = alt.trim() ? `role="img" aria-label="${escapeAttribute(alt.trim())}"` : 'aria-hidden="true"';
  return (
    `<svg class="point-icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.75" ` +
    `stroke-linecap="round" stroke-linejoin="round" focusable="false" ${role} data-icon="${name}">${shapes}</svg>`
  );
}
