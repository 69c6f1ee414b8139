/** The whole content, in both languages: every page the spec names, each citing its sources. */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { builtPages, load } from '../helpers/site.ts';

const roles = ['province', 'city', 'institute', 'firms'];
const sectors = ['hologram', 'living-care', 'e-mobility', '5g', 'healthcare', 'materials', 'wearables'];
const furtherFields = {
  ko: ['ICT 섬유', 'ICT 항공', 'IoT 로봇'],
  en: ['ICT textiles', 'ICT aviation', 'IoT robots'],
};

describe.each(localeCodes)('%s edition', (locale) => {
  const expected = [
    `/${locale}/`,
    `/${locale}/declaration/`,
    `/${locale}/roles/`,
    ...roles.map((role) => `/${locale}/roles/${role}/`),
    `/${locale}/sectors/`,
    ...sectors.map((sector) => `/${locale}/sectors/${sector}/`),
    `/${locale}/about/`,
    `/${locale}/press/`,
    `/${locale}/sources/`,
  ];

  it('publishes every page of the spec', () => {
    expect(builtPages()).toEqual(expect.arrayContaining(expected));
  });

  it.each(expected.filter((path) => !path.endsWith('/sources/')))(
    '%s has substantial text and lists its sources',
    (path) => {
      const $ = load(path);
      expect($('main').text().replace(/\s+/g, ' ').length).toBeGreaterThan(600);
      expect($(`main aside a[href^="/${locale}/sources/#source-"]`).length).toBeGreaterThan(0);
    },
  );

  it('links every role and sector from its index', () => {
    const roleIndex = load(`/${locale}/roles/`);
    for (const role of roles)
      expect(roleIndex(`main a[href="/${locale}/roles/${role}/"]`).length).toBeGreaterThan(0);
    const sectorIndex = load(`/${locale}/sectors/`);
    for (const sector of sectors)
      expect(sectorIndex(`main a[href="/${locale}/sectors/${sector}/"]`).length).toBeGreaterThan(0);
  });

  it('presents the three further fields on the sectors index, without pages of their own', () => {
    const text = load(`/${locale}/sectors/`)('main').text();
    for (const name of furtherFields[locale]) expect(text).toContain(name);
    expect(builtPages().filter((path) => /ict-|iot-/.test(path))).toEqual([]);
  });

  it('shows the dated timeline on the about page, the declaration highlighted', () => {
    const $ = load(`/${locale}/about/`);
    expect($('.timeline time[datetime]').length).toBeGreaterThanOrEqual(10);
    expect($('.timeline .is-highlight time').attr('datetime')).toBe('2020-11-20');
  });

  it('gives the press a fact sheet with date, place, parties, targets and sectors', () => {
    const $ = load(`/${locale}/press/`);
    const sheet = $('.fact-sheet');
    expect(sheet.find('time[datetime="2020-11-20"]').length).toBe(1);
    for (const role of roles) expect(sheet.find(`a[href="/${locale}/roles/${role}/"]`).length).toBe(1);
    for (const sector of sectors)
      expect(sheet.find(`a[href="/${locale}/sectors/${sector}/"]`).length).toBe(1);
    expect(sheet.find('data[value="30000"]').length).toBe(1);
    expect(sheet.find('data[value="6000000000000"]').length).toBe(1);
  });
});

describe('the source list', () => {
  it('gives every source an anchor, an outlet and a link', () => {
    for (const locale of localeCodes) {
      const $ = load(`/${locale}/sources/`);
      const entries = $('li[id^="source-"]');
      expect(entries.length).toBeGreaterThanOrEqual(30);
      entries.each((_, entry) => {
        expect($(entry).find('a[href^="http"]').length).toBe(1);
      });
    }
  });
});
