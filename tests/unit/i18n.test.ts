import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { isLocale, localeCodes, otherLocale } from '../../src/i18n/locales.ts';
import { entryPath, href, localeOf, localizedPath, routes, stripBase } from '../../src/i18n/routing.ts';
import { dictionaries, useTranslations } from '../../src/i18n/ui.ts';
import ko from '../../src/lib/content-check/messages/ko.json' with { type: 'json' };
import en from '../../src/lib/content-check/messages/en.json' with { type: 'json' };

describe('UI string tables', () => {
  const keys = Object.keys(dictionaries.ko);
  const table = z.strictObject(Object.fromEntries(keys.map((key) => [key, z.string().trim().min(1)])));

  it.each(localeCodes)('%s has exactly the Korean keys, none empty', (locale) => {
    expect(() => table.parse(dictionaries[locale])).not.toThrow();
  });

  it("the content check's messages exist in both languages, with the same slots", () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort());
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(slots(en[key]), key).toEqual(slots(ko[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('heading.linkLabel', { heading: 'Preamble' })).toBe('Link to the section “Preamble”');
    expect(t('heading.linkLabel')).toContain('{heading}');
  });
});

describe('locales', () => {
  it('knows its two editions', () => {
    expect(localeCodes).toEqual(['ko', 'en']);
    expect(otherLocale('ko')).toBe('en');
    expect(otherLocale('en')).toBe('ko');
    expect(isLocale('ko')).toBe(true);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale('toString')).toBe(false);
  });
});

describe('routing', () => {
  it('builds mirrored, lowercase, trailing-slash paths', () => {
    expect(routes.home('ko')).toBe('/ko/');
    expect(routes.declaration('en')).toBe('/en/declaration/');
    expect(routes.role('ko', 'example')).toBe('/ko/roles/example/');
    expect(routes.sector('en', 'example-sector')).toBe('/en/sectors/example-sector/');
    expect(routes.page('ko', 'about')).toBe('/ko/about/');
    expect(routes.search('en')).toBe('/en/search/');
  });

  it('knows where the page of each content entry lives, and which entries have none', () => {
    expect(entryPath('pages', 'home', 'ko')).toBe('/ko/');
    expect(entryPath('pages', 'about', 'ko')).toBe('/ko/about/');
    expect(entryPath('pages', 'sectors', 'en')).toBe('/en/sectors/');
    expect(entryPath('sectors', 'example', 'en')).toBe('/en/sectors/example/');
    expect(entryPath('roles', 'example', 'ko')).toBe('/ko/roles/example/');
    expect(entryPath('declaration', 'declaration', 'en')).toBe('/en/declaration/');
    expect(entryPath('declaration', 'annex', 'ko')).toBeUndefined();
    expect(entryPath('pages', 'search', 'ko')).toBeUndefined();
    expect(entryPath('pages', 'press/2020', 'ko')).toBeUndefined();
  });

  it('swaps the language segment and keeps the rest, anchor included', () => {
    expect(localizedPath('/ko/declaration/#part-2', 'en')).toBe('/en/declaration/#part-2');
    expect(localizedPath('/en/sectors/example/', 'ko')).toBe('/ko/sectors/example/');
    expect(localizedPath('/ko/', 'en')).toBe('/en/');
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(localizedPath('/korea/', 'en')).toBe('/en/');
  });

  it('tells the locale of a path', () => {
    expect(localeOf('/ko/roles/')).toBe('ko');
    expect(localeOf('/en/')).toBe('en');
    expect(localeOf('/')).toBeUndefined();
    expect(localeOf('/kor/')).toBeUndefined();
  });

  it('adds and removes the base path (here the root)', () => {
    expect(href('/ko/')).toBe('/ko/');
    expect(href('https://example.org/')).toBe('https://example.org/');
    expect(stripBase('/ko/declaration/')).toBe('/ko/declaration/');
  });
});

describe('the edition a browser prefers', () => {
  it('takes the first of the browser languages the site has', async () => {
    const { localeFromLanguages } = await import('../../src/lib/client/choose-locale.ts');
    expect(localeFromLanguages(['fr-FR', 'en-US', 'ko'])).toBe('en');
    expect(localeFromLanguages(['ko-KR'])).toBe('ko');
    expect(localeFromLanguages(['fr', 'de'])).toBeUndefined();
  });
});
