/**
 * The pictures of issue #9, read from the built site in both languages: the
 * roles diagram, the timeline, the key figures, the sector map and the icons.
 * Expected values come from content/data, so the tests follow the data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { figureParts } from '../../src/lib/format-figures.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { sectorIconName } from '../../src/lib/sector-icons.ts';
import { contentPages, dataItems, pagesOf } from '../helpers/content.ts';
import { builtPages, fileOf, load } from '../helpers/site.ts';

const parties = dataItems('parties');
const timeline = dataItems('timeline').sort((a, b) => a.date.localeCompare(b.date));
const figures = dataItems('figures');
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The pages whose Markdown places a block. */
const blockPages = (block: string) =>
  contentPages.filter((page) => new RegExp(`<${block}\\b`).test(page.body)).map((page) => page.path);

describe.each(localeCodes)('%s edition', (locale) => {
  const t = useTranslations(locale);
  const sectors = pagesOf('sectors', locale).map((page) => page.key);

  describe('roles diagram', () => {
    const $ = load(routes.roles(locale));
    const diagram = $('.roles-diagram .diagram');
    const words = $('#roles-diagram-text');

    it('links each of the four parties to its page', () => {
      for (const party of parties) {
        expect(
          diagram.find(`[data-party="${party.id}"] a[href="${routes.role(locale, party.id)}"]`),
        ).toHaveLength(1);
      }
    });

    it('shows what each party gives, from the data', () => {
      const labels = normalise(diagram.text());
      for (const party of parties) expect(labels).toContain(party.gives.what[locale]);
    });

    it('has a text alternative in sentences that names every party and every gift', () => {
      expect(diagram.attr('aria-describedby')).toBe('roles-diagram-text');
      expect(words).toHaveLength(1);
      const sentences = words.find('li');
      expect(sentences.length).toBeGreaterThanOrEqual(3);
      const text = normalise(words.text());
      for (const party of parties) {
        expect(text).toContain(party.gives.what[locale]);
        expect(words.find(`a[href="/${locale}/roles/${party.id}/"]`).length).toBeGreaterThan(0);
      }
    });
  });

  describe.each(blockPages('Timeline').filter((path) => path.startsWith(routes.home(locale))))(
    'timeline on %s',
    (path) => {
      const $ = load(path);
      const events = $('.timeline > li');

      it('has one dated entry per event of the data, in order, each with <time datetime>', () => {
        expect(events.length).toBe(timeline.length);
        events.each((index, element) => {
          const event = timeline[index];
          const time = $(element).find('time[datetime]');
          expect(time.attr('datetime')).toBe(String(event?.date));
          expect(normalise(time.text())).toBe(formatDate(String(event?.date), locale));
          expect($(element).text()).toContain(event?.title[locale]);
        });
      });

      it('marks the declaration in words, not only in colour', () => {
        const highlighted = $('.timeline .is-highlight');
        const marked = timeline.filter((event) => event.highlight);
        expect(highlighted).toHaveLength(marked.length);
        highlighted.each((index, element) => {
          expect($(element).find('time').attr('datetime')).toBe(marked[index]?.date);
          expect(normalise($(element).text())).toContain(t('timeline.highlight'));
        });
      });
    },
  );

  describe('key figures on the home page', () => {
    const $ = load(routes.home(locale));

    it.each(figures.filter((figure) => figure.group === 'target').map((figure) => [figure.id, figure]))(
      'shows %s from the data, formatted for the language, with its sources linked',
      (id, figure) => {
        const card = $(`.key-figures [data-figure="${id}"]`);
        expect(card).toHaveLength(1);
        expect(card.find('data').attr('value')).toBe(String(figure.value));
        const expected = figureParts(figure, locale)
          .map((part) => part.text)
          .join('');
        expect(normalise(card.find('data').text())).toBe(normalise(expected));
        for (const source of figure.sources) {
          expect(card.find(`a[href="/${locale}/sources/#source-${source.toLowerCase()}"]`)).toHaveLength(1);
        }
      },
    );

    it.each(
      figures
        .filter((figure) => figure.group === 'target' && figure.bound)
        .map((figure) => [figure.id, figure]),
    )('writes the bound of %s apart from its number', (id, figure) => {
      const bound = figureParts(figure, locale)
        .find((part) => part.kind === 'bound')
        ?.text.trim();
      expect($(`[data-figure="${id}"] .figure-bound`).text().trim()).toBe(bound);
    });
  });

  describe('sector map', () => {
    const $ = load(routes.sectors(locale));

    it('links every sector page in order, each with its icon, one drawing per icon', () => {
      const tiles = $('.sector-map .sector-tiles > li');
      expect(tiles.map((_, tile) => $(tile).attr('data-sector')).get()).toEqual(sectors);
      const drawings = new Map<string, Set<string>>();
      for (const sector of sectors) {
        const tile = $(`.sector-tiles [data-sector="${sector}"]`);
        expect(tile.find(`a[href="${routes.sector(locale, sector)}"]`)).toHaveLength(1);
        const icon = tile.find('svg[aria-hidden="true"]');
        expect(icon.find('path, circle, rect').length).toBeGreaterThan(0);
        const name = sectorIconName(sector);
        drawings.set(name, (drawings.get(name) ?? new Set()).add(icon.html() ?? ''));
      }
      // Sectors with an icon of their own differ; new ones share the general icon.
      expect([...drawings.values()].every((set) => set.size === 1)).toBe(true);
      expect(new Set([...drawings.values()].flatMap((set) => [...set])).size).toBe(drawings.size);
    });

    it('shows the further fields apart, named only and without links', () => {
      const fields = $('.sector-map .further-fields > li');
      expect(fields).toHaveLength(dataItems('relatedFields').length);
      expect(fields.find('a[href*="/sectors/"]')).toHaveLength(0);
      fields.each((_, field) => {
        expect($(field).text()).toContain(t('sectors.namedOnly'));
      });
    });
  });
});

describe('site identity', () => {
  const pngSize = (file: string) => {
    const bytes = readFileSync(file);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  };

  it('publishes an SVG favicon that follows the colour scheme, a PNG fallback and an apple-touch-icon', () => {
    const svg = readFileSync(fileOf('/favicon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[^>]+viewBox="0 0 32 32"/);
    expect(svg).toContain('prefers-color-scheme: dark');
    expect(pngSize(fileOf('/favicon-32x32.png'))).toEqual([32, 32]);
    expect(pngSize(fileOf('/apple-touch-icon.png'))).toEqual([180, 180]);
  });

  it('answers /favicon.ico with an icon holding the 32 px PNG', () => {
    const ico = readFileSync(fileOf('/favicon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    const offset = ico.readUInt32LE(18);
    expect(ico.subarray(offset)).toEqual(readFileSync(fileOf('/favicon-32x32.png')));
    expect(ico.readUInt32LE(14)).toBe(ico.length - offset);
  });

  it.each(builtPages())('%s links the icons', (page) => {
    const $ = load(page);
    expect($('link[rel="icon"][type="image/svg+xml"]').attr('href')).toBe('/favicon.svg');
    expect($('link[rel="icon"][type="image/png"]').attr('href')).toBe('/favicon-32x32.png');
    expect($('link[rel="apple-touch-icon"]').attr('href')).toBe('/apple-touch-icon.png');
  });

  it('links the icons from the 404 page too', () => {
    const page = readFileSync(fileOf('/404.html'), 'utf8');
    expect(page).toContain('href="/favicon.svg"');
    expect(page).toContain('href="/apple-touch-icon.png"');
  });
});
