/**
 * Content collections. Editors' files live in the top-level `content/` folder,
 * one Markdown file per page per language (`content/<collection>/<ko|en>/<key>.md`);
 * facts shared by many pages are YAML lists in `content/data/`. The table of
 * collections and their schemas is `src/lib/content/collections.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { dataCollections, globPattern, pageCollections } from './lib/content/collections.ts';

function pageCollection<Schema extends z.ZodType>(spec: {
  folder: string;
  schema: Schema;
  extensions: readonly string[];
}) {
  return defineCollection({
    loader: glob({
      base: `./content/${spec.folder}`,
      pattern: globPattern(spec.extensions),
      // `ko/hologram.md` → `ko/hologram`: the language folder and the translation key.
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
      // Markdown pages are split into passages by src/lib/markdown/passages.ts
      // when a page is built, so nothing is rendered ahead of time.
      deferRender: true,
    }),
    schema: spec.schema,
  });
}

function dataCollection<Schema extends z.ZodType>(spec: { file: string; schema: Schema }) {
  return defineCollection({ loader: file(`./${spec.file}`), schema: spec.schema });
}

export const collections = {
  declaration: pageCollection(pageCollections.declaration),
  roles: pageCollection(pageCollections.roles),
  sectors: pageCollection(pageCollections.sectors),
  pages: pageCollection(pageCollections.pages),
  changes: dataCollection(dataCollections.changes),
  event: dataCollection(dataCollections.event),
  figures: dataCollection(dataCollections.figures),
  glossary: dataCollection(dataCollections.glossary),
  parties: dataCollection(dataCollections.parties),
  relatedFields: dataCollection(dataCollections.relatedFields),
  sources: dataCollection(dataCollections.sources),
  timeline: dataCollection(dataCollections.timeline),
  searchAliases: dataCollection(dataCollections.searchAliases),
};
