/**
 * The site's one Markdown pipeline, for `.md` and `.mdx` pages alike: Astro's
 * Sätteri processor with the dialect editors write (`features.ts`) and these
 * steps, in order:
 *
 *   1. `<Figure id="…" />` is written into the source as the figure's text in
 *      the page's language (`figure-tags.ts`), before the page is parsed;
 *   2. in the declaration, the first use of each glossary term links to the
 *      glossary (`../glossary.ts`);
 *   3. on English pages, Korean words get `lang="ko"`; tables scroll on their
 *      own; a picture written `![](icon:name)` becomes that icon, inline
 *      (`../point-icons.ts`); root-relative links get the base path
 *      (`features.ts`);
 *   4. every section heading gets its link (`citable-passages.ts`), and
 *      Markdown pages are split into their lead and passages, which the
 *      layout shows.
 *
 * Quotes and apostrophes become typographic marks, Astro's default.
 * Steps 1, 2 and 4 read content/data and content/redirects.yaml directly; the
 * Vite plugin below re-renders pages under `npm run dev` when those files
 * change.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Plugin } from 'vite';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routing.ts';
import { dictionaries } from '../../i18n/ui.ts';
import { dataCollections, pageFileOf } from '../content/collections.ts';
import { readDataFile } from '../content/data-files.ts';
import { redirectsFile } from '../content/redirects.ts';
import { formatFigure } from '../format-figures.ts';
import { linkFirstUse } from '../glossary.ts';
import {
  markdownFeatures,
  markKoreanInEnglish,
  pointIcons,
  prefixBasePath,
  scrollableTables,
} from './features.ts';
import { insertFigures, type FigureText } from './figure-tags.ts';
import { citablePassages } from './citable-passages.ts';

/** The data files the pipeline reads. */
const dataFiles = [dataCollections.figures.file, dataCollections.glossary.file, redirectsFile];

function figureTexts(locale: Locale, root: string): Map<string, FigureText> {
  return new Map(
    readDataFile('figures', root).map((figure) => [
      figure.id,
      { value: figure.value, text: formatFigure(figure, locale) },
    ]),
  );
}

/** The page's Markdown with its figures written in; other files as they are. */
function withFigures(source: string, file: URL | undefined, root: string): string {
  const page = file && pageFileOf(file.pathname);
  if (!page || !source.includes('<Figure')) return source;
  try {
    return insertFigures(source, figureTexts(page.locale, root));
  } catch (error) {
    throw new Error(`${path.relative(root, fileURLToPath(file))}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

const pageOf = (ctx: PluginFactoryContext) => (ctx.fileURL ? pageFileOf(ctx.fileURL.pathname) : undefined);

const pagePlugins = (root: string): HastPluginEntry[] => [
  (ctx) => {
    const page = pageOf(ctx);
    return page?.collection === 'declaration'
      ? linkFirstUse(readDataFile('glossary', root), page.locale, routes.page(page.locale, 'glossary'))
      : null;
  },
  (ctx) => (pageOf(ctx)?.locale === 'en' ? markKoreanInEnglish : null),
  (ctx) => scrollableTables(dictionaries[pageOf(ctx)?.locale ?? 'ko']['table.region']),
  pointIcons,
];

/**
 * `site`: the public origin; `base`: the deployment base path; `root`: the
 * project folder, whose content/data and redirects the pipeline reads.
 */
export function siteMarkdown({
  site,
  base,
  root = process.cwd(),
}: {
  site: string;
  base: string;
  root?: string;
}) {
  const processor = satteri({
    features: markdownFeatures,
    hastPlugins: [...pagePlugins(root), prefixBasePath(base), citablePassages({ site, base, root })],
  });
  return {
    ...processor,
    async createRenderer(...args: Parameters<typeof processor.createRenderer>) {
      const renderer = await processor.createRenderer(...args);
      return {
        render: (content: string, options?: Parameters<typeof renderer.render>[1]) =>
          renderer.render(withFigures(content, options?.fileURL, root), options),
      };
    },
    async createMdxRenderer(...args: Parameters<NonNullable<typeof processor.createMdxRenderer>>) {
      if (!processor.createMdxRenderer) throw new Error('@astrojs/markdown-satteri cannot render MDX');
      const renderer = await processor.createMdxRenderer(...args);
      return {
        process: (content: string, filePath: string, frontmatter: Record<string, unknown>) =>
          renderer.process(withFigures(content, pathToFileURL(filePath), root), filePath, frontmatter),
      };
    },
  };
}

/** Under `npm run dev`, a change to the data the pipeline reads re-renders the pages. */
export function markdownDataDependencies(): Plugin {
  return {
    name: 'markdown-data-dependencies',
    transform(_code, id) {
      if (!pageFileOf(id.split('?')[0] ?? id)) return null;
      for (const file of dataFiles) this.addWatchFile(path.resolve(file));
      return null;
    },
  };
}
