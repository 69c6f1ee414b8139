/**
 * Content collections. Editors' files live in the top-level `content/` folder,
 * one Markdown file per page per language (`content/<collection>/<ko|en>/<key>.md`);
 * facts shared by many pages are YAML lists in `content/data/`. The table of
 * collections and their schemas is `src/lib/content/collections.ts`.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { dataCollections, pageCollections } from './lib/content/collections.ts';

/**
 * Entries are rendered when a page renders them (`deferRender`), not when the
 * content is loaded: the pipeline writes figures and glossary links from
 * content/data into the text, which a stored rendering would not see change.
 */
function pageCollection<Schema extends z.ZodType>(spec: {
  folder: string;
  schema: Schema;
  extensions: readonly string[];
}) {
  return defineCollection({
    loader: glob({
      base: `./content/${spec.folder}`,
      pattern: spec.extensions.map((extension) => `**/[^_]*.${extension}`),
      // `ko/hologram.md` → `ko/hologram`: the language folder and the translation key.
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
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
