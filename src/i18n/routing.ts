/**
 * Every URL the site publishes is built here. Paths are "site paths": they
 * start at the site root and do not include the deployment base path; `href()`
 * adds it at render time. Both editions share one URL shape, so swapping the
 * first segment (`/ko/…` ↔ `/en/…`) gives the same page in the other language.
 */
import { defaultLocale, isLocale, localeCodes, locales, type Locale } from './locales.ts';

// Vite replaces `import.meta.env.BASE_URL` at build time; plain Node (the content
// checker) has no `import.meta.env`, and the site path starts at the root there.
const rawBase: string = typeof import.meta.env === 'object' ? import.meta.env.BASE_URL : '/';
/** The deployment base path, always with a leading and a trailing slash. */
export const basePath = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

function sitePath(...segments: string[]): string {
  const path = segments.filter(Boolean).join('/');
  return `/${path}/`.replace(/\/{2,}/g, '/');
}

export const routes = {
  home: (locale: Locale) => sitePath(locale),
  declaration: (locale: Locale) => sitePath(locale, 'declaration'),
  /** The declaration in both languages side by side. */
  bilingualDeclaration: (locale: Locale) => sitePath(locale, 'declaration', 'bilingual'),
  roles: (locale: Locale) => sitePath(locale, 'roles'),
  role: (locale: Locale, key: string) => sitePath(locale, 'roles', key),
  sectors: (locale: Locale) => sitePath(locale, 'sectors'),
  sector: (locale: Locale, key: string) => sitePath(locale, 'sectors', key),
  /** General pages (about, press, sources, …) live one level below the locale. */
  page: (locale: Locale, key: string) => sitePath(locale, key),
  search: (locale: Locale) => sitePath(locale, 'search'),
  changes: (locale: Locale) => sitePath(locale, 'changes'),
  /** Atom feed of the change log. */
  changesFeed: (locale: Locale) => `${sitePath(locale, 'changes')}feed.xml`,
  /** The declaration as a file to download: `/ko/declaration.txt`, `/en/declaration.md`. */
  declarationFile: (locale: Locale, format: 'txt' | 'md') => `/${locale}/declaration.${format}`,
  /** The 1200×630 preview card of a page: `/ko/sectors/5g/` → `/og/ko/sectors/5g.png`, `/` → `/og/index.png`. */
  previewCard: (pagePath: string) => `/og/${pagePath.replace(/^\/|\/$/g, '') || 'index'}.png`,
  sitemap: () => '/sitemap-index.xml',
} as const;

/** The collections whose entries are pages (`content/<collection>/<ko|en>/<key>.md`). */
export type PageCollection = 'declaration' | 'roles' | 'sectors' | 'pages';

/** General pages (`content/pages/`) shown by a route of their own instead of `/<lang>/<key>/`. */
const ownRoutes = ['home', 'roles', 'sectors', 'changes'] as const satisfies readonly (keyof typeof routes)[];
const hasOwnRoute = (key: string): key is (typeof ownRoutes)[number] =>
  (ownRoutes as readonly string[]).includes(key);

/** Names a general page cannot have: first path segments that other routes use (`/ko/search/`). */
export const reservedPageKeys: readonly string[] = ['declaration', 'roles', 'sectors', 'search'];

/** A general page, shown by the `/<lang>/<key>/` route: not one with a route of its own, nor a reserved name. */
export function isGeneralPage(key: string): boolean {
  return !hasOwnRoute(key) && !reservedPageKeys.includes(key) && !key.includes('/');
}

/**
 * The route table: where the page of a content entry lives, e.g. pages/home → `/ko/`,
 * pages/about → `/ko/about/`, sectors/5g → `/ko/sectors/5g/`. Undefined for an entry that no
 * route shows (the content check reports it). The routes in `src/pages/`, the entry helpers and
 * the content check all ask here.
 */
export function entryPath(collection: PageCollection, key: string, locale: Locale): string | undefined {
  switch (collection) {
    case 'declaration':
      return key === 'declaration' ? routes.declaration(locale) : undefined;
    case 'roles':
      return key.includes('/') ? undefined : routes.role(locale, key);
    case 'sectors':
      return key.includes('/') ? undefined : routes.sector(locale, key);
    case 'pages':
      if (hasOwnRoute(key)) return routes[key](locale);
      return isGeneralPage(key) ? routes.page(locale, key) : undefined;
  }
}

/** Adds the deployment base path to a site path (keeps `?query` and `#hash`). */
export function href(path: string): string {
  if (!path.startsWith('/')) return path;
  return basePath + path.slice(1);
}

/** Removes the deployment base path from a pathname served by the site. */
export function stripBase(pathname: string): string {
  if (basePath !== '/' && pathname.startsWith(basePath)) {
    return `/${pathname.slice(basePath.length)}`;
  }
  if (basePath !== '/' && `${pathname}/` === basePath) return '/';
  return pathname;
}

/** The locale a site path belongs to, or undefined for `/` and other neutral paths. */
export function localeOf(path: string): Locale | undefined {
  const first = path.split('/')[1];
  return isLocale(first) ? first : undefined;
}

/**
 * The same page in another language: `/ko/roles/city/#x` → `/en/roles/city/#x`.
 * A path outside any edition leads to the other edition's home page.
 */
export function localizedPath(path: string, target: Locale): string {
  const current = localeOf(path);
  if (!current) return routes.home(target);
  return `/${target}${path.slice(current.length + 1)}`;
}

/**
 * The language versions of a page, for `hreflang` in the page head and in the
 * sitemap: each edition, and `x-default` for readers of other languages (the
 * language chooser `/` for the home pages, the Korean original elsewhere).
 */
export function alternatePaths(path: string): { hreflang: string; path: string }[] {
  const isHome = path === '/' || localeCodes.some((code) => path === routes.home(code));
  return [
    ...localeCodes.map((code) => ({ hreflang: locales[code].lang, path: localizedPath(path, code) })),
    { hreflang: 'x-default', path: isHome ? '/' : localizedPath(path, defaultLocale) },
  ];
}
