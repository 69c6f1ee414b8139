/**
 * Where each collection's files live and which schema they follow. Astro's
 * `src/content.config.ts` and the editors' checker (`npm run check`) both read
 * this table, so they can never disagree about the content model.
 */
import {
  changeSchema,
  declarationSchema,
  eventSchema,
  figureSchema,
  glossarySchema,
  pageSchema,
  partySchema,
  relatedFieldSchema,
  roleSchema,
  searchAliasSchema,
  sectorSchema,
  sourceSchema,
  timelineSchema,
} from './schemas.ts';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import type { PageCollection } from '../../i18n/routing.ts';

/**
 * A page's key: its file name and the last part of its address, the same in
 * both languages (`smart-factory`). Short, lowercase, never changed once
 * published.
 */
export const entryKeyFormat = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** Page collections: `content/<folder>/<ko|en>/<key>.md`. */
export const pageCollections = {
  declaration: { folder: 'declaration', schema: declarationSchema, extensions: ['md'] },
  roles: { folder: 'roles', schema: roleSchema, extensions: ['md'] },
  sectors: { folder: 'sectors', schema: sectorSchema, extensions: ['md'] },
  pages: { folder: 'pages', schema: pageSchema, extensions: ['md', 'mdx'] },
} as const satisfies Record<PageCollection, unknown>;

/** Data collections: one YAML list per set of facts, each item with an `id`. */
export const dataCollections = {
  changes: { file: 'content/data/changes.yaml', schema: changeSchema },
  event: { file: 'content/data/event.yaml', schema: eventSchema },
  figures: { file: 'content/data/figures.yaml', schema: figureSchema },
  glossary: { file: 'content/data/glossary.yaml', schema: glossarySchema },
  parties: { file: 'content/data/parties.yaml', schema: partySchema },
  relatedFields: { file: 'content/data/related-fields.yaml', schema: relatedFieldSchema },
  sources: { file: 'content/data/sources.yaml', schema: sourceSchema },
  timeline: { file: 'content/data/timeline.yaml', schema: timelineSchema },
  searchAliases: { file: 'content/data/search-aliases.yaml', schema: searchAliasSchema },
} as const;

export type DataCollectionName = keyof typeof dataCollections;

/** `…/content/sectors/en/5g.md` → the page file it is: collection, language and translation key. */
export function pageFileOf(filePath: string): { collection: PageCollection; locale: Locale; key: string } | undefined {
  const [, folder, locale, key] = /\/content\/([^/]+)\/([^/]+)\/(.+)\.mdx?$/.exec(filePath.replaceAll('\\', '/')) ?? [];
  const collection = (Object.keys(pageCollections) as PageCollection[]).find((name) => pageCollections[name].folder === folder);
  return collection && isLocale(locale) && key ? { collection, locale, key } : undefined;
}
