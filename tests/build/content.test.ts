/**
 * The whole content, in both languages: every page the spec names, each citing
 * its sources, and the blocks that show the data (timeline, fact sheet, source
 * list) showing all of it. Which pages, sectors, roles, fields and figures
 * there are is read from the content, so an editor's change never breaks this.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { sourceAnchor } from '../../src/lib/content/source-anchor.ts';
import { contentPages, dataItems, fallbackPaths, pagesOf } from '../helpers/content.ts';
import { builtPages, load } from '../helpers/site.ts';

const blockPages = (block: string) =>
  contentPages.filter((page) => new RegExp(`<${block}\\b`).test(page.body)).map((page) => page.path);
const event = dataItems('event')[0];
const timeline = dataItems('timeline');

describe.each(localeCodes)('%s edition', (locale) => {
  const roles = pagesOf('roles', locale).map((page) => page.key);
  const sectors = pagesOf('sectors', locale).map((page) => page.key);
  const expected = [
    routes.home(locale),
    routes.declaration(locale),
    routes.roles(locale),
    ...roles.map((role) => routes.role(locale, role)),
    routes.sectors(locale),
    ...sectors.map((sector) => routes.sector(locale, sector)),
    ...['about', 'press', 'sources'].map((page) => routes.page(locale, page)),
  ];

  it('publishes every page of the spec, and every page its content has', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(expected));
    expect(builtPages()).toEqual(expect.arrayContaining(contentPages.map((page) => page.path)));
  });

  it.each(
    expected.filter((path) => path !== routes.page(locale, 'sources') && !fallbackPaths.includes(path)),
  )('%s has substantial text and lists its sources', (path) => {
    const $ = load(path);
    expect($('main').text().replace(/\s+/g, ' ').length).toBeGreaterThan(600);
    expect($(`main aside a[href^="${routes.page(locale, 'sources')}#source-"]`).length).toBeGreaterThan(0);
  });

  it('links every role and sector from its index', () => {
    const roleIndex = load(routes.roles(locale));
    for (const role of roles)
      expect(roleIndex(`main a[href="${routes.role(locale, role)}"]`).length).toBeGreaterThan(0);
    const sectorIndex = load(routes.sectors(locale));
    for (const sector of sectors)
      expect(sectorIndex(`main a[href="${routes.sector(locale, sector)}"]`).length, sector).toBeGreaterThan(
        0,
      );
  });

  it('presents the further fields on the sectors index, without pages of their own', () => {
    const text = load(routes.sectors(locale))('main').text();
    const fields = dataItems('relatedFields');
    for (const field of fields) expect(text).toContain(field.name[locale]);
    expect(builtPages().filter((path) => fields.some((field) => path.includes(`/${field.id}/`)))).toEqual([]);
  });

  it.each(blockPages('Timeline').filter((path) => path.startsWith(routes.home(locale))))(
    '%s shows every dated event of the timeline, the declaration highlighted',
    (path) => {
      const $ = load(path);
      expect($('.timeline time[datetime]').length).toBeGreaterThanOrEqual(timeline.length);
      expect(
        $('.timeline .is-highlight time')
          .map((_, time) => $(time).attr('datetime'))
          .get(),
      ).toEqual(timeline.filter((item) => item.highlight).map((item) => item.date));
    },
  );

  it.each(blockPages('FactSheet').filter((path) => path.startsWith(routes.home(locale))))(
    '%s gives the press a fact sheet with date, place, parties, targets and sectors',
    (path) => {
      const sheet = load(path)('.fact-sheet');
      expect(sheet.find(`time[datetime="${event?.adopted}"]`).length).toBe(1);
      expect(sheet.text()).toContain(event?.place[locale]);
      for (const party of dataItems('parties'))
        expect(sheet.find(`a[href="${routes.role(locale, party.id)}"]`).length, party.id).toBe(1);
      for (const sector of sectors)
        expect(sheet.find(`a[href="${routes.sector(locale, sector)}"]`).length, sector).toBe(1);
      for (const figure of dataItems('figures').filter(
        (item) => item.group === 'target' && item.unit !== 'years',
      ))
        expect(sheet.find(`data[value="${figure.value}"]`).length, figure.id).toBe(1);
    },
  );

  it.each(blockPages('SourceTable').filter((path) => path.startsWith(routes.home(locale))))(
    '%s gives every source an anchor, an outlet and a link',
    (path) => {
      const $ = load(path);
      const sources = dataItems('sources');
      expect(
        $('li[id^="source-"]')
          .map((_, entry) => $(entry).attr('id'))
          .get()
          .sort(),
      ).toEqual(sources.map((source) => sourceAnchor(source.id)).sort());
      $('li[id^="source-"]').each((_, entry) => {
        expect($(entry).find('a[href^="http"]').length).toBe(1);
        expect($(entry).text()).toContain(
          sources.find((s) => sourceAnchor(s.id) === entry.attribs.id)?.outlet[locale],
        );
      });
    },
  );
});
