/** Reads the built site in dist/ for the build-output tests. */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { readRedirects, redirectTable } from '../../src/lib/content/redirects.ts';
import { adminPath } from '../../src/lib/security.ts';

export const distDir = path.resolve('dist');

/** The sub-path the site was built for (`BASE_PATH`), with its slashes. */
export const basePath = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

/** A site path as the built pages write it, under the sub-path. */
export const withBase = (sitePath: string) => basePath + sitePath.replace(/^\//, '');

/** Site path of a built HTML file: `dist/ko/declaration/index.html` → `/ko/declaration/`. */
export function sitePathOf(file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return `/${relative.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

/**
 * The old addresses of moved pages, each with the page it now leads to, from
 * content/redirects.yaml (the source of truth, not the HTML): the build writes
 * a redirect page at each.
 */
export function redirectPages(): Map<string, string> {
  return redirectTable(readRedirects()).pages;
}

/** Every page for readers (not the 404 page, the editor at /admin/, nor the redirect pages at old addresses), as site paths. */
export function builtPages(): string[] {
  const moved = redirectPages();
  return globSync('**/*.html', { cwd: distDir })
    .filter((file) => file !== '404.html')
    .map((file) => sitePathOf(path.join(distDir, file)))
    .filter((sitePath) => !moved.has(sitePath) && !sitePath.startsWith(adminPath))
    .sort();
}

export function fileOf(sitePath: string): string {
  const clean = sitePath.split('#')[0]?.split('?')[0] ?? '/';
  return path.join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

const cache = new Map<string, cheerio.CheerioAPI>();

/** Parses a built page (cached); `load.fromHtml` parses a fragment. */
export function load(sitePath: string): cheerio.CheerioAPI {
  let page = cache.get(sitePath);
  if (!page) {
    page = cheerio.load(readFileSync(fileOf(sitePath), 'utf8'));
    cache.set(sitePath, page);
  }
  return page;
}

/** Explicit anchors of the headings in the page's own text (not the page furniture). */
export function headingIds($: cheerio.CheerioAPI): string[] {
  return $('main :is(.passage, .prose) :is(h2, h3)[id]')
    .map((_, element) => $(element).attr('id') ?? '')
    .get();
}

/** Site paths of the pages in the search index (Pagefind's fragments: gzip, a signature, then JSON). */
export function indexedPages(): string[] {
  return globSync('pagefind/fragment/*.pf_fragment', { cwd: distDir })
    .map((file) => {
      const text = gunzipSync(readFileSync(path.join(distDir, file))).toString('utf8');
      const { url } = JSON.parse(text.slice(text.indexOf('{'))) as { url: string };
      return `/${url.slice(basePath.length)}`;
    })
    .sort();
}

load.fromHtml = (html: string): cheerio.CheerioAPI => cheerio.load(html);
