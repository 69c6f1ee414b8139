/**
 * The content as the build and browser tests read it, so that they follow
 * whatever the editors wrote: every page file with its frontmatter, headings
 * and address (the route table, `entryPath()`), the pages the site publishes
 * (the checker's own reading, fallbacks for untranslated pages included), the
 * data files and the redirects. Tests take pages, anchors, counts and figures
 * from here or from dist/, never from literals copied from today's content.
 * Everything is read from the working directory, so the same tests run on a
 * copy of the project (tests/edits/).
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { entryPath, type PageCollection } from '../../src/i18n/routing.ts';
import type { DataCollectionName } from '../../src/lib/content/collections.ts';
import { readDataFile } from '../../src/lib/content/data-files.ts';
import { readRedirects, redirectTable } from '../../src/lib/content/redirects.ts';
import { publishedSite, type PublishedPage } from '../../src/lib/content-check/published-site.ts';
import { readBody, readPageFiles, type Heading } from '../../src/lib/content-check/read-files.ts';
import { formatFigure } from '../../src/lib/format-figures.ts';
import { figureTag } from '../../src/lib/markdown/figure-tags.ts';

export interface ContentPage {
  collection: PageCollection;
  key: string;
  locale: Locale;
  /** Its file, e.g. `content/sectors/ko/<slug>.md` */
  file: string;
  /** Site path of the page in its own language. */
  path: string;
  /** The frontmatter as written. */
  data: Record<string, unknown> & { title: string; order?: number; sources?: string[] };
  /** Section headings with their explicit anchors, in page order. */
  headings: (Heading & { id: string })[];
  /** The Markdown after the frontmatter. */
  body: string;
}

const files = await readPageFiles('.');
const headingsByFile = new Map(files.map((file) => [file.file, readBody(file).headings]));

/** Every page file that a route shows, in its own language. */
export const contentPages: ContentPage[] = files.flatMap((file) => {
  const path = file.locale && entryPath(file.collection, file.key, file.locale);
  if (!file.locale || !path) return [];
  return [
    {
      collection: file.collection,
      key: file.key,
      locale: file.locale,
      file: file.file,
      path,
      data: (file.frontmatter?.doc.toJS() ?? {}) as ContentPage['data'],
      headings: (headingsByFile.get(file.file) ?? []).filter(
        (heading): heading is Heading & { id: string } => Boolean(heading.id) && heading.depth > 1,
      ),
      body: file.body,
    },
  ];
});

/** The pages of a collection written in `locale`, in their `order` (then by key), as the indexes list them. */
export function pagesOf(collection: PageCollection, locale: Locale): ContentPage[] {
  return contentPages
    .filter((page) => page.collection === collection && page.locale === locale)
    .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.key.localeCompare(b.key));
}

/** One page in one language; fails naming the file when it does not exist. */
export function pageOf(collection: PageCollection, key: string, locale: Locale): ContentPage {
  const page = contentPages.find((p) => p.collection === collection && p.key === key && p.locale === locale);
  if (!page) throw new Error(`content/${collection}/${locale}/${key}.md does not exist`);
  return page;
}

/** The pages the content publishes, as the checker works them out (untranslated ones as fallbacks). */
export const publishedPages: Map<string, PublishedPage> = publishedSite(files, headingsByFile, {
  sources: readDataFile('sources').map((source) => source.id),
  glossary: readDataFile('glossary').map((term) => term.id),
  changes: readDataFile('changes').map((change) => change.id),
}).pages;

/** Site paths of the pages shown in the other language, with the "not yet translated" notice. */
export const fallbackPaths: string[] = [...publishedPages.values()]
  .filter((page) => page.isFallback)
  .map((page) => page.path);

/** The items of a data file, checked by its schema. */
export const dataItems = <N extends DataCollectionName>(name: N) => readDataFile(name);

/** A figure of content/data/figures.yaml as pages write it in running text. */
export function figureText(id: string, locale: Locale): string {
  const figure = readDataFile('figures').find((item) => item.id === id);
  if (!figure) throw new Error(`content/data/figures.yaml has no figure '${id}'`);
  return formatFigure(figure, locale);
}

/** The figures a page's Markdown places with `<Figure id="…" />`, in order of first use. */
export function figuresIn(markdown: string): string[] {
  return [...new Set([...markdown.matchAll(figureTag)].map((match) => match[1] ?? ''))];
}

/** The redirect table of content/redirects.yaml (moved pages and anchors, in both languages). */
export const redirects = redirectTable(readRedirects());

/**
 * Whether a redirect stands for a removed page rather than a renamed one: a
 * removed page leads to the index it was part of (`/ko/sectors/x/` →
 * `/ko/sectors/`), where its passages are not.
 */
export const isRemoval = (from: string, to: string) => from !== to && from.startsWith(to);
