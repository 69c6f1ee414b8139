/**
 * The pages and anchors the site publishes, worked out from the content files
 * alone, so that `npm run check` needs no build. Each file maps to the route
 * that shows it (the same mapping as src/pages/). A page missing in one
 * language is still published there, as the "not yet translated" page, which
 * keeps the anchors of the edition that exists.
 * tests/build/published-urls.test.ts holds this against the built site.
 */
import { localeCodes, otherLocale, type Locale } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { pagesWithOwnRoute } from '../../src/lib/content/collections.ts';
import { sourceAnchor } from '../../src/lib/content/source-anchor.ts';
import { easyReadKey, hardWordsAnchor } from '../../src/lib/easy-read.ts';
import { termAnchor } from '../../src/lib/glossary.ts';
import { openDataNames } from '../../src/lib/open-data.ts';
import type { Heading } from './checks.ts';
import type { PageFile } from './files.ts';
import { problem, type Problem } from './problems.ts';

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

const ownRoutes: Record<string, (locale: Locale) => string> = {
  home: routes.home,
  roles: routes.roles,
  sectors: routes.sectors,
  changes: routes.changes,
};

/** First path segments that routes other than general pages use: `content/pages/ko/search.md` would clash. */
export const reservedPageKeys = [routes.declaration, routes.roles, routes.sectors, routes.search].map(
  (route) => route('ko').split('/')[2] ?? '',
);

/** The site path that shows a content file in `locale`, or undefined when no route shows it. */
export function routeOf(page: Pick<PageFile, 'collection' | 'key'>, locale: Locale): string | undefined {
  const { collection, key } = page;
  switch (collection) {
    case 'declaration':
      return key === 'declaration' ? routes.declaration(locale) : undefined;
    case 'roles':
      return routes.role(locale, key);
    case 'sectors':
      return routes.sector(locale, key);
    case 'pages': {
      if (pagesWithOwnRoute.includes(key)) {
        const route = ownRoutes[key];
        if (!route) throw new Error(`pages/${key} has its own route, but published.ts does not know it`);
        return route(locale);
      }
      return key.includes('/') || reservedPageKeys.includes(key) ? undefined : routes.page(locale, key);
    }
  }
}

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
    if (!routeOf(file, file.locale)) {
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
      const path = shown && routeOf(shown, locale);
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

/** Files that no page shows, and text the page would leave out, are mistakes an editor cannot see in the browser. */
export function checkShown(
  files: readonly PageFile[],
  site: PublishedSite,
  headingsByFile: ReadonlyMap<string, readonly Heading[]>,
): Problem[] {
  const problems: Problem[] = site.unrouted.map((file) =>
    problem(
      file.file,
      file.collection === 'pages' && reservedPageKeys.includes(file.key)
        ? `'${file.key}'는 사이트의 다른 주소가 이미 쓰는 이름입니다. 파일 이름을 바꾸세요.`
        : `이 파일을 보여 주는 페이지가 없습니다. 같은 폴더의 다른 파일처럼 이름을 짓거나, 알맞은 폴더로 옮기세요.`,
      file.collection === 'pages' && reservedPageKeys.includes(file.key)
        ? `The name '${file.key}' is already used by another address of the site. Rename the file.`
        : `No page of the site shows this file. Name it like the other files in its folder, or move it to the right folder.`,
    ),
  );
  for (const file of files) {
    const first = headingsByFile.get(file.file)?.[0];
    if (!first || !showsOnlyLead(file)) continue;
    problems.push(
      problem(
        file.file,
        `첫 화면에는 첫 제목 앞의 글만 나옵니다. 이 제목과 그 아래 글은 보이지 않으니, 지우거나 다른 페이지로 옮기세요.`,
        `The home page shows only the text before its first heading. This heading and the text after it would not appear: remove them or move them to another page.`,
        { line: first.line },
      ),
    );
  }
  return problems;
}
