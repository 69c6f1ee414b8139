/** The browser tests' Chromium (scripts/lib/chromium.ts) and the local server's addresses. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export { launchChromium as launchBrowser } from '../../scripts/lib/chromium.ts';

/** Absolute URL of a site path on the local server (base path included). */
export function urlOf(sitePath: string): string {
  return new URL(sitePath.replace(/^\//, ''), inject('baseUrl')).href;
}

/** Site path of a URL on the local server. */
export function sitePathOf(url: string): string {
  const base = new URL(inject('baseUrl'));
  const { pathname, hash, search } = new URL(url);
  return `/${pathname.slice(base.pathname.length)}${search}${hash}`;
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'ko-KR', ...options });
  return context.newPage();
}
