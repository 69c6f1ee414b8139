/**
 * dist/ as a static host serves it (tests/helpers/static-host.ts): the
 * headers of `_headers` on real responses, the bilingual 404 with its status,
 * and the site working under the Content-Security-Policy sent as a header,
 * which is stricter than the <meta> (it adds frame-ancestors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { globSync } from 'node:fs';
import { contentSecurityPolicy, cacheControl, securityHeaders } from '../../src/lib/security.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { search, shownResults } from '../helpers/search.ts';
import { distDir } from '../helpers/site.ts';
import { startStaticHost } from '../helpers/static-host.ts';

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
    const response = await get('/ko/declaration/');
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
    const text = await get('/ko/declaration.txt');
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toContain('신전자산업 육성을 위한 공동선언문');
    expect((await get('/en/declaration.md')).headers.get('content-type')).toBe(
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
    await page.goto(`${host.origin}/ko/declaration/`, { waitUntil: 'networkidle' });
    await search(page, '#header-search', 'header-search-results', '홀로그램');
    const results = await shownResults(page, 'header-search-results');
    expect(results[0]?.page).toBe('/ko/sectors/hologram/');
    expect(problems, problems.join('\n')).toEqual([]);
    await context.close();
  });
});
