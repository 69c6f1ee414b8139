/**
 * The pages and anchors the site publishes, worked out from the content files
 * alone, so that `npm run check` needs no build. Each file maps to the route
 * that shows it (the route table, `entryPath()` in src/i18n/routing.ts). A
 * page missing in one language is still published there, as the "not yet
 * translated" page, which keeps the anchors of the edition that exists.
 * tests/build/published-urls.test.ts holds this against the built site.
 */
import { localeCodes, otherLocale, type Locale } from '../../i18n/locales.ts';
import { entryPath, routes } from '../../i18n/routing.ts';
import { sourceAnchor } from '../content/source-anchor.ts';
import { easyReadKey, hardWordsAnchor } from '../easy-read.ts';
import { termAnchor } from '../glossary.ts';
import { openDataNames } from '../open-data-schemas.ts';
import type { Heading, PageFile } from './read-files.ts';

export interface PublishedPage {
  /** Site path, e.g. `/ko/sectors/hologram/`. */
  path: string;
  locale: Locale | undefined;
  /** The file the page shows: its own, or the other language's when untranslated. */
  file: string | undefined;
  isFallback: boolean;
  /** Anchors a reader can link to, in page order. */
  anchors: string[];
}

/** The language chooser at `/`, made by src/pages/index.astro from no content file. */
const rootPage: PublishedPage = {
  path: '/',
  locale: undefined,
  file: undefined,
  isFallback: false,
  anchors: [],
};

/** The home page shows only the text before its first heading (src/pages/[lang]/index.astro). */
export function showsOnlyLead(page: Pick<PageFile, 'collection' | 'key'>): boolean {
  return page.collection === 'pages' && page.key === 'home';
}

/** Ids of the data items that some pages give anchors to. */
export interface DataIds {
  sources: readonly string[];
  glossary: readonly string[];
  changes: readonly string[];
}

function hasTerms(page: PageFile): boolean {
  const terms: unknown = page.frontmatter?.doc.toJS()?.terms;
  return Array.isArray(terms) && terms.length > 0;
}

/**
 * Anchors made from data rather than headings: `<SourceTable />` gives each
 * source one, `<Glossary />` each term, the change log each change, and the easy-read
 * page its list of hard words.
 */
function dataAnchors(page: PageFile, ids: DataIds): string[] {
  return [
    ...(/<SourceTable\b/.test(page.body) ? ids.sources.map(sourceAnchor) : []),
    ...(/<Glossary\b/.test(page.body) ? ids.glossary.map(termAnchor) : []),
    ...(page.collection === 'pages' && page.key === 'changes' ? ids.changes.map((id) => `change-${id}`) : []),
    ...(page.collection === 'pages' && page.key === easyReadKey && hasTerms(page) ? [hardWordsAnchor] : []),
  ];
}

/** Published files other than pages: open data with its schemas, and the change log's feeds. */
function publishedFiles(): string[] {
  return [
    ...openDataNames.flatMap((name) => [`/data/${name}.json`, `/data/schema/${name}.schema.json`]),
    ...localeCodes.map(routes.changesFeed),
  ];
}

export interface PublishedSite {
  pages: Map<string, PublishedPage>;
  /** Addresses of published files that are not pages (`/data/figures.json`). */
  files: Set<string>;
  /** Content files that no route shows. */
  unrouted: PageFile[];
}

export function publishedSite(
  files: readonly PageFile[],
  headingsByFile: ReadonlyMap<string, readonly Heading[]>,
  ids: DataIds,
): PublishedSite {
  const pages = new Map<string, PublishedPage>([[rootPage.path, rootPage]]);
  const unrouted: PageFile[] = [];
  const headingAnchors = (file: PageFile) =>
    showsOnlyLead(file)
      ? []
      : (headingsByFile.get(file.file) ?? []).flatMap((heading) =>
          heading.id && heading.depth > 1 ? [heading.id] : [],
        );

  const editions = new Map<string, Partial<Record<Locale, PageFile>>>();
  for (const file of files) {
    if (!file.locale) continue;
    if (!entryPath(file.collection, file.key, file.locale)) {
      unrouted.push(file);
      continue;
    }
    const id = `${file.collection}/${file.key}`;
    editions.set(id, { ...editions.get(id), [file.locale]: file });
  }
  for (const edition of editions.values()) {
    for (const locale of localeCodes) {
      const own = edition[locale];
      const shown = own ?? edition[otherLocale(locale)];
      const path = shown && entryPath(shown.collection, shown.key, locale);
      if (!shown || !path) continue;
      pages.set(path, {
        path,
        locale,
        file: shown.file,
        isFallback: !own,
        anchors: own ? [...headingAnchors(own), ...dataAnchors(own, ids)] : headingAnchors(shown),
      });
    }
  }
  // The declaration side by side (src/pages/[lang]/declaration/bilingual.astro): one row per passage.
  const declaration = editions.get('declaration/declaration');
  if (declaration) {
    const passages = [
      ...new Set(
        Object.values(declaration).flatMap((file) =>
          (headingsByFile.get(file.file) ?? []).flatMap((h) => (h.id && h.depth === 2 ? [h.id] : [])),
        ),
      ),
    ];
    for (const locale of localeCodes) {
      const path = routes.bilingualDeclaration(locale);
      const file = (declaration[locale] ?? declaration[otherLocale(locale)])?.file;
      pages.set(path, { path, locale, file, isFallback: false, anchors: passages });
    }
  }
  // The search page (src/pages/[lang]/search.astro), made from no content file.
  for (const locale of localeCodes) {
    const path = routes.search(locale);
    pages.set(path, { path, locale, file: undefined, isFallback: false, anchors: [] });
  }
  return { pages, files: new Set(publishedFiles()), unrouted };
}

/**
 * Every published address: each page followed by its anchors
 * (`/ko/declaration/`, `/ko/declaration/#article-1`), then the other files.
 */
export function publishedAddresses(site: PublishedSite): string[] {
  return [
    ...[...site.pages.values()].flatMap((page) => [
      page.path,
      ...page.anchors.map((anchor) => `${page.path}#${anchor}`),
    ]),
    ...site.files,
  ];
}
