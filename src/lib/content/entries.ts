/**
 * Pairs each page with its translation. A file's folder gives its language and
 * its file name gives the translation key, so `content/sectors/ko/hologram.md`
 * and `content/sectors/en/hologram.md` are one page in two languages.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, localeCodes, otherLocale, type Locale } from '../../i18n/locales.ts';
import { entryPath, type PageCollection } from '../../i18n/routing.ts';
import { pageCollections } from './collections.ts';

export type { PageCollection };
export type PageEntry<C extends PageCollection = PageCollection> = CollectionEntry<C>;

export interface EntryKey {
  locale: Locale;
  key: string;
}

/**
 * `ko/hologram` → `{ locale: 'ko', key: 'hologram' }`; undefined for a file
 * outside a language folder, which the content check reports.
 */
export function parseEntryId(id: string): EntryKey | undefined {
  const [folder, ...rest] = id.split('/');
  const key = rest.join('/');
  return isLocale(folder) && key ? { locale: folder, key } : undefined;
}

export interface LocalizedPage<C extends PageCollection> {
  locale: Locale;
  key: string;
  /** Site path of the page (the route table's `entryPath`). */
  path: string;
  /** The entry to show: in `locale`, or in the other language when untranslated. */
  entry: PageEntry<C>;
  /** True when `entry` is not in `locale` (the page shows a translation notice). */
  isFallback: boolean;
}

/** Every page of a collection in every language, untranslated ones included; entries no route shows are left out. */
export async function localizedPages<C extends PageCollection>(collection: C): Promise<LocalizedPage<C>[]> {
  const entries = (await getCollection(collection)) as PageEntry<C>[];
  const byKey = new Map<string, Partial<Record<Locale, PageEntry<C>>>>();
  for (const entry of entries) {
    const parsed = parseEntryId(entry.id);
    if (parsed) byKey.set(parsed.key, { ...byKey.get(parsed.key), [parsed.locale]: entry });
  }
  const pages: LocalizedPage<C>[] = [];
  for (const [key, editions] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    for (const locale of localeCodes) {
      const own = editions[locale];
      const other = editions[otherLocale(locale)];
      const path = entryPath(collection, key, locale);
      if (!path) continue;
      if (own) {
        pages.push({ locale, key, path, entry: own, isFallback: false });
      } else if (other) {
        pages.push({ locale, key, path, entry: other, isFallback: true });
      }
    }
  }
  return pages;
}

/** Published pages of a collection in one language (translations only, sorted). */
export async function pagesIn<C extends PageCollection>(collection: C, locale: Locale) {
  return (await localizedPages(collection)).filter((page) => page.locale === locale && !page.isFallback);
}

/** One page by key in one language. */
export async function localizedPage<C extends PageCollection>(collection: C, key: string, locale: Locale) {
  const page = (await localizedPages(collection)).find((p) => p.key === key && p.locale === locale);
  if (!page) throw new Error(`content/${collection}/${locale}/${key}.md is missing`);
  return page;
}

/** Site path → title of every published page in one language, for lists that name pages. */
export async function pageTitles(locale: Locale): Promise<Map<string, string>> {
  const collections = Object.keys(pageCollections) as PageCollection[];
  const pages = (await Promise.all(collections.map((collection) => pagesIn(collection, locale)))).flat();
  return new Map(pages.map((page) => [page.path, page.entry.data.title]));
}
