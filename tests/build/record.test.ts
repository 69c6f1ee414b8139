/** Paired reading and the glossary: the declaration's two editions kept side by side and in step. */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { headingIds, load } from '../helpers/site.ts';

describe.each(localeCodes)('side-by-side declaration (%s)', (locale) => {
  const $ = load(`/${locale}/declaration/bilingual/`);
  const declarationIds = headingIds(load(`/${locale}/declaration/`));

  it('has every passage in both languages, in order, under the shared anchors', () => {
    const rows = $('.bilingual section[id]');
    expect(rows.map((_, row) => $(row).attr('id')).get()).toEqual(declarationIds);
    rows.each((_, row) => {
      const id = $(row).attr('id');
      expect($(row).find('> div[lang="ko"] h2').attr('id')).toBe(`ko-${id}`);
      expect($(row).find('> div[lang="en"] h2').attr('id')).toBe(`en-${id}`);
      expect($(row).find(`a[href="/ko/declaration/#${id}"]`)).toHaveLength(1);
      expect($(row).find(`a[href="/en/declaration/#${id}"]`)).toHaveLength(1);
    });
  });

  it('is linked from each passage of the declaration', () => {
    const declaration = load(`/${locale}/declaration/`);
    for (const id of declarationIds) {
      expect(declaration(`a[href="/${locale}/declaration/bilingual/#${id}"]`)).toHaveLength(1);
    }
  });
});

describe.each(localeCodes)('glossary (%s)', (locale) => {
  it('lists every term under its anchor, with its translation marked in the other language', () => {
    const $ = load(`/${locale}/glossary/`);
    const entries = $('.glossary > div[id^="term-"]');
    expect(entries.length).toBeGreaterThanOrEqual(10);
    entries.each((_, entry) => {
      expect(
        $(entry)
          .find(`dt [lang="${locale === 'ko' ? 'en' : 'ko'}"]`)
          .text()
          .trim(),
      ).not.toBe('');
    });
  });

  it('is linked from the first use of terms in the declaration, once per term', () => {
    const links = load(`/${locale}/declaration/`)('main a.glossary-term')
      .map((_, link) => link.attribs.href)
      .get();
    expect(links.length).toBeGreaterThanOrEqual(8);
    expect(new Set(links).size).toBe(links.length);
    for (const link of links) expect(link).toMatch(new RegExp(`^/${locale}/glossary/#term-`));
  });
});
