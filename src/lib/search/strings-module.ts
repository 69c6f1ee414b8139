/**
 * `virtual:search-strings`: the search box's interface strings in every
 * language, picked from ui/<locale>.json when the site is built. They travel
 * with the search code, which loads only when a reader starts a search, so no
 * page carries them in its HTML.
 */
import type { Plugin } from 'vite';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { useTranslations, type Translate } from '../../i18n/ui.ts';
import type { SearchStrings } from './client/search-box.ts';

function searchStrings(t: Translate): SearchStrings {
  return {
    count: t('search.count'),
    countOne: t('search.countOne'),
    none: t('search.none'),
    noneHint: t('search.noneHint'),
    otherLanguages: t('search.otherLanguages'),
    corrected: t('search.corrected'),
    more: t('search.more'),
    allResults: t('search.allResults'),
    error: t('search.error'),
    loading: t('search.loading'),
  };
}

const moduleId = 'virtual:search-strings';
const resolvedId = `\0${moduleId}`;

export function searchStringsTable(): Record<Locale, SearchStrings> {
  return Object.fromEntries(
    localeCodes.map((locale) => [locale, searchStrings(useTranslations(locale))]),
  ) as Record<Locale, SearchStrings>;
}

export function searchStringsModule(): Plugin {
  return {
    name: 'search-strings',
    resolveId: (id) => (id === moduleId ? resolvedId : undefined),
    load: (id) => (id === resolvedId ? `export default ${JSON.stringify(searchStringsTable())};` : undefined),
  };
}
