/** Builds the open-data files of src/lib/open-data-schemas.ts from the content collections. */
import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { href, routes } from '../../i18n/routing.ts';
import { formatFigure } from '../format-figures.ts';
import { license, openDataVersion, type Edition, type OpenData, type OpenDataName } from '../open-data-schemas.ts';
import { declarationEvent, parties, timeline } from './data.ts';
import { declarationText } from './declaration-text.ts';
import { localizedPages, type PageCollection, type PageEntry } from './entries.ts';
import { allFigures } from './figure-data.ts';
import { sourceText } from './page-text.ts';

async function edition(entry: PageEntry, locale: Locale, path: string, site: URL): Promise<Edition> {
  const text = await sourceText(entry, locale);
  return {
    lang: locale,
    title: entry.data.title,
    description: entry.data.description,
    lastUpdated: entry.data.lastUpdated,
    url: new URL(href(path), site).href,
    lead: text.leadMarkdown,
    passages: text.passages,
  };
}

/** Each key of a collection with its editions (translations only, never fallbacks). */
async function editionsOf(collection: PageCollection, pathOf: (locale: Locale, key: string) => string, site: URL) {
  const pages = (await localizedPages(collection)).filter((page) => !page.isFallback);
  const keys = [...new Set(pages.map((page) => page.key))];
  return Promise.all(
    keys.map(async (key) => {
      const own = pages.filter((page) => page.key === key);
      const built = Object.fromEntries(
        await Promise.all(own.map(async (page) => [page.locale, await edition(page.entry, page.locale, pathOf(page.locale, key), site)])),
      ) as Partial<Record<Locale, Edition>>;
      const reference = built.ko ?? built.en;
      if (!reference) throw new Error(`${collection}/${key} has no edition`);
      return { key, entries: own.map((page) => page.entry), editions: { ko: reference, ...(built.en ? { en: built.en } : {}) } };
    }),
  );
}

export async function buildOpenData<Name extends OpenDataName>(name: Name, site: URL): Promise<OpenData<Name>> {
  const head = { $schema: new URL(href(`/data/schema/${name}.schema.json`), site).href, version: openDataVersion, license } as const;
  const build = async (): Promise<OpenData<OpenDataName>> => {
    switch (name) {
      case 'declaration': {
        const [declaration] = await editionsOf('declaration', (locale) => routes.declaration(locale), site);
        if (!declaration) throw new Error('content/declaration has no declaration');
        const [event, text] = await Promise.all([declarationEvent(), declarationText()]);
        return {
          ...head,
          text: { kind: text.kind, ...(text.officialSource && { officialSource: text.officialSource.id }) },
          adopted: event.adopted,
          sources: declaration.entries[0]?.data.sources ?? [],
          editions: declaration.editions,
        };
      }
      case 'roles':
      case 'sectors': {
        const pathOf = name === 'roles' ? routes.role : routes.sector;
        const items = await editionsOf(name, pathOf, site);
        return {
          ...head,
          items: items
            .map(({ key, entries, editions }) => {
              const data = (entries[0] as PageEntry<'roles' | 'sectors'>).data;
              return { id: key, order: data.order, sources: data.sources, editions };
            })
            .sort((a, b) => a.order - b.order),
        };
      }
      case 'figures':
        return {
          ...head,
          items: (await allFigures()).map((figure) => ({
            ...figure,
            text: Object.fromEntries(localeCodes.map((locale) => [locale, formatFigure(figure, locale)])) as Record<Locale, string>,
          })),
        };
      case 'timeline':
        return { ...head, items: await timeline() };
      case 'parties':
        return { ...head, items: (await parties()).map(({ order: _order, ...party }) => party) };
      case 'sources':
        return { ...head, items: (await getCollection('sources')).map((entry) => entry.data) };
      case 'glossary':
        return {
          ...head,
          items: (await getCollection('glossary')).map(({ data }) => ({ id: data.id, term: data.term, definition: data.definition })),
        };
    }
  };
  return (await build()) as OpenData<Name>;
}
