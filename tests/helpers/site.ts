/** Reads the built site in dist/ for the build-output tests. */
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { adminPath } from '../../src/lib/security.ts';

export const distDir = path.resolve('dist');

/** Site path of a built HTML file: `dist/ko/declaration/index.html` → `/ko/declaration/`. */
export function sitePathOf(file: string): string {
  const relative = path.relative(distDir, file).split(path.sep).join('/');
  return `/${relative.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

/** Every page for readers (the 404 page and the editor at /admin/ aside), as site paths. */
export function builtPages(): string[] {
  return globSync('**/*.html', { cwd: distDir })
    .filter((file) => file !== '404.html')
    .map((file) => sitePathOf(path.join(distDir, file)))
    .filter((page) => !page.startsWith(adminPath))
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

load.fromHtml = (html: string): cheerio.CheerioAPI => cheerio.load(html);
