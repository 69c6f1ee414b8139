/**
 * dist/ as a static host serves it (tests/helpers/static-host.ts): the
 * headers of `_headers` on real responses, the bilingual 404 with its status,
 * and the site working under the Content-Security-Policy sent as a header,
 * which is stricter than the <meta> (it adds frame-ancestors): search, and
 * every old address of content/redirects.yaml followed with a passage's
 * #anchor, on a host that applies `_redirects` and on one that serves the
 * redirect pages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { globSync } from 'node:fs';
import { contentSecurityPolicy, cacheControl, securityHeaders } from '../../src/lib/security.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { search, shownResults } from '../helpers/search.ts';
import { routes } from '../../src/i18n/routing.ts';
import { contentPages, isRemoval, pageOf, pagesOf } from '../helpers/content.ts';
import { distDir, headingIds, load, redirectPages } from '../helpers/site.ts';
import { startStaticHost } from '../helpers/static-host.ts';

/** A Korean page with a one-word title, to search for. */
const searched =
  pagesOf('sectors', 'ko').find((page) => /^[가-힣]{2,}$/.test(page.data.title)) ??
  contentPages.find((page) => page.locale === 'ko' && /^[가-힣]{2,}$/.test(page.data.title));

let host: { origin: string; close: () => Promise<void> };
let browser: Browser;

beforeAll(async () => {
  host = await startStaticHost(distDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
  await host.close();
});

const get = (path: string) => fetch(`${host.origin}${path}`);

describe('a static host serving dist/', () => {
  it('sends the security headers and a short cache on pages', async () => {
    const response = await get(routes.declaration('ko'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    for (const [name, value] of Object.entries(securityHeaders))
      expect(response.headers.get(name)).toBe(value);
    expect(response.headers.get('cache-control')).toBe(cacheControl.page);
  });

  it('caches hashed assets for good', async () => {
    const [asset] = globSync('_astro/*.css', { cwd: distDir });
    const response = await get(`/${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe(cacheControl.hashed);
  });

  it('serves the declaration’s copies as UTF-8 text', async () => {
    const text = await get(routes.declarationFile('ko', 'txt'));
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toContain(pageOf('declaration', 'declaration', 'ko').data.title);
    expect((await get(routes.declarationFile('en', 'md'))).headers.get('content-type')).toBe(
      'text/markdown; charset=utf-8',
    );
  });

  it('answers an unknown address with the bilingual 404 page and status 404', async () => {
    const response = await get('/ko/no-such-page/');
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('페이지를 찾을 수 없습니다');
    expect(html).toContain('Page not found');
  });

  it('searches under the policy sent as a header, with no violation or error', async () => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    if (!searched) throw new Error('the hosting test needs a Korean page whose title is one word');
    await page.goto(`${host.origin}${routes.declaration('ko')}`, { waitUntil: 'networkidle' });
    await search(page, '#header-search', 'header-search-results', searched.data.title);
    const results = await shownResults(page, 'header-search-results');
    expect(results[0]?.page).toBe(searched.path);
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});

/** Every old address of content/redirects.yaml, on each kind of host. */
const oldAddresses = (
  [
    ['serves the redirect pages (their script keeps the #anchor)', false],
    ['applies _redirects (a 301 keeps the #anchor)', true],
  ] as const
).flatMap(([host, applies]) => [...redirectPages()].map(([from, to]) => [from, to, host, applies] as const));

it.each(oldAddresses)(
  '%s leads to %s with the #anchor under the CSP header, on a host that %s',
  async (from, to, _, applies) => {
    const redirecting = await startStaticHost(distDir, { redirects: applies });
    // A renamed page keeps its passages; a removed one leads to the top of its index.
    const anchor = isRemoval(from, to) ? undefined : headingIds(load(to))[0];
    const context = await browser.newContext({ locale: 'ko-KR' });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      const response = await page.request.get(`${redirecting.origin}${from}`, { maxRedirects: 0 });
      expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy);
      expect(response.status()).toBe(applies ? 301 : 200);

      await page.goto(`${redirecting.origin}${from}${anchor ? `#${anchor}` : ''}`);
      await page.waitForURL((url) => url.pathname === to && url.hash === (anchor ? `#${anchor}` : ''));
      if (anchor) expect(await page.locator(':target').getAttribute('id')).toBe(anchor);
      expect(problems, problems.join('\n')).toEqual([]);

      const withoutScript = await browser.newContext({ javaScriptEnabled: false });
      const reader = await withoutScript.newPage();
      await reader.goto(`${redirecting.origin}${from}`);
      await reader.waitForURL((url) => url.pathname === to);
      expect(await reader.locator('h1').first().textContent()).toBe(load(to)('h1').first().text());
      await withoutScript.close();
    } finally {
      await context.close();
      await redirecting.close();
    }
  },
);
