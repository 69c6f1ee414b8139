/**
 * Debian's Chromium driven by playwright-core (test tools may not download
 * browsers here). CHROMIUM_PATH overrides the binary's location.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

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
