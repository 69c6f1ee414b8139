/** The interface strings the search box needs, taken from ui/<locale>.json when the page is built. */
import type { Translate } from '../../../i18n/ui.ts';
import type { SearchStrings } from './search-box.ts';

export function searchStrings(t: Translate): SearchStrings {
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
