/**
 * What a first visit to a page downloads before any interaction, by type, as
 * a CDN would send it: each file's brotli-compressed size. Loads the page in
 * Chromium, records every request, and compresses the same files from dist/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type ResourceType = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export interface PageWeight {
  path: string;
  requests: number;
  bytes: Record<ResourceType, number>;
  total: number;
  /**
   * HTML plus the stylesheets that block the first render on screen (a
   * `media="print"` stylesheet is fetched but does not hold up the paint).
   */
  firstRender: number;
}

const brotliCache = new Map<string, number>();

export function brotliSize(file: string): number {
  let size = brotliCache.get(file);
  if (size === undefined) {
    size = brotliCompressSync(readFileSync(file), {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
    brotliCache.set(file, size);
  }
  return size;
}

function typeOf(file: string): ResourceType {
  const extension = path.extname(file);
  if (extension === '.html' || extension === '') return 'html';
  if (extension === '.css') return 'css';
  if (extension === '.js' || extension === '.mjs' || extension === '.wasm') return 'js';
  if (/\.(woff2?|ttf|otf)$/.test(extension)) return 'font';
  if (/\.(png|jpe?g|svg|webp|avif|gif|ico)$/.test(extension)) return 'image';
  return 'other';
}

/** The dist file a URL on the local server is answered from. */
export function fileFor(url: URL, distDir: string, base: string): string {
  const local = decodeURIComponent(url.pathname).slice(base.length - 1);
  return path.join(distDir, local.endsWith('/') ? `${local}index.html` : local);
}

export async function measurePage(
  browser: Browser,
  origin: string,
  base: string,
  sitePath: string,
  distDir: string,
): Promise<PageWeight> {
  const context = await browser.newContext({ locale: 'ko-KR' });
  const page = await context.newPage();
  const files: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin) files.push(fileFor(url, distDir, base));
  });
  await page.goto(`${origin}${base}${sitePath.slice(1)}`, { waitUntil: 'networkidle' });
  // Icons and late module chunks can start just after the network first goes idle.
  await page.waitForTimeout(500);
  const renderBlockingCss = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
      .filter((link) => matchMedia(link.media || 'all').matches)
      .map((link) => link.href),
  );
  await context.close();

  const bytes: Record<ResourceType, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
  for (const file of files) bytes[typeOf(file)] += brotliSize(file);
  const total = Object.values(bytes).reduce((sum, value) => sum + value, 0);
  const css = renderBlockingCss.reduce(
    (sum, href) => sum + brotliSize(fileFor(new URL(href), distDir, base)),
    0,
  );
  return { path: sitePath, requests: files.length, bytes, total, firstRender: bytes.html + css };
}
