/** Searching in the browser: loading on use, the header box, the search page, safety. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import { launchBrowser, openPage, sitePathOf, urlOf } from '../helpers/browser.ts';
import { search, settled, shownResults } from '../helpers/search.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Requests that belong to search: Pagefind's files, the lexicon and the search box code. */
const isSearchRequest = (request: Request) =>
  /\/pagefind\/|search-box|typos/.test(new URL(request.url()).pathname);

describe('loading on use', () => {
  it('requests no search code or index until the reader starts a search', async () => {
    const page = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (isSearchRequest(request)) requests.push(request.url());
    });
    await page.goto(urlOf('/ko/declaration/'), { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 800);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);

    const pagefindLoaded = page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js'));
    await page.keyboard.press('/');
    await pagefindLoaded;
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    expect(requests.some((url) => url.includes('search-box'))).toBe(true);
    await page.context().close();
  });
});

describe('the search box in the header', () => {
  it('shows results as the reader types and moves through them with the keyboard', async () => {
    const page = await openPage(browser);
    await page.goto(urlOf('/ko/roles/'));
    await search(page, '#header-search', 'header-search-results', '홀로그램을');
    await expect.poll(() => page.locator('#header-search-results').isVisible()).toBe(true);
    expect(await page.locator('#header-search-status').textContent()).toMatch(/^검색 결과 \d+건$/);
    const results = await shownResults(page, 'header-search-results');
    expect(results[0]?.page).toBe('/ko/sectors/hologram/');
    expect(await page.locator('#header-search-results mark').first().textContent()).toBe('홀로그램');

    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(sitePathOf(first)).toBe('/ko/sectors/hologram/');
    await page.keyboard.press('ArrowDown');
    expect(sitePathOf(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href))).toMatch(
      /^\/ko\/sectors\/hologram\/#/,
    );
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-search');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('#header-search-results').isVisible()).toBe(false);
    await page.context().close();
  });

  it('goes to the search page on Enter, and on narrow screens the button opens it', async () => {
    const page = await openPage(browser);
    await page.goto(urlOf('/en/declaration/'));
    await page.locator('#header-search').fill('hologram');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=hologram$/);
    expect(await page.locator('#search-query').inputValue()).toBe('hologram');
    await page.context().close();

    const phone = await openPage(browser, { viewport: { width: 320, height: 700 } });
    await phone.goto(urlOf('/ko/declaration/'));
    expect(await phone.locator('#header-search').isVisible()).toBe(false);
    await phone.getByRole('button', { name: '검색' }).click();
    await phone.waitForURL(/\/ko\/search\/\?q=$/);
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await phone.context().close();
  });
});

describe('the search page', () => {
  it('is linkable, follows the query in the address and restores results on back', async () => {
    const page = await openPage(browser);
    await page.goto(urlOf('/ko/search/?q=구미시를'));
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe('구미시를');
    expect((await shownResults(page, 'search-results'))[0]?.page).toBe('/ko/roles/city/');

    await page.locator('#search-query').fill('3만 명');
    await page.keyboard.press('Enter');
    await settled(page, 'search-results');
    expect(new URL(page.url()).searchParams.get('q')).toBe('3만 명');
    const results = await shownResults(page, 'search-results');
    expect(results.flatMap((result) => result.passages)).toContain('/ko/declaration/#article-6');

    await page.locator('#search-results a[href$="#article-6"]').first().click();
    await page.waitForURL(/\/ko\/declaration\/#article-6$/);
    await page.goBack();
    await page.waitForURL(/\/ko\/search\/\?q=/);
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe('3만 명');
    expect((await shownResults(page, 'search-results')).length).toBeGreaterThan(0);

    await page.goBack();
    await page.waitForURL(/q=%EA%B5%AC%EB%AF%B8%EC%8B%9C%EB%A5%BC$/);
    await expect.poll(() => page.locator('#search-query').inputValue()).toBe('구미시를');
    await page.context().close();
  });

  it('announces the number of results and says when it searched other languages or corrected a word', async () => {
    const page = await openPage(browser, { locale: 'en-GB' });
    await page.goto(urlOf('/en/search/?q=장세용'));
    await settled(page, 'search-results');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('[data-search-notices]').textContent()).toContain(
      'Nothing was found on the English pages',
    );
    expect(await page.locator('#search-results ol > li').first().getAttribute('lang')).toBe('ko');

    await search(page, '#search-query', 'search-results', 'wearabels');
    expect(await page.locator('[data-search-notices]').textContent()).toContain(
      'Showing results for “wearables” instead of “wearabels”.',
    );
    await search(page, '#search-query', 'search-results', 'qqqqzzzz');
    expect(await page.locator('#search-status').textContent()).toBe('No results for “qqqqzzzz”.');
    await page.context().close();
  });

  it('shows a query as the text it is, and never runs it', async () => {
    const page = await openPage(browser);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const payload = '<script>window.__injected=1</script><img src=qqqz onerror="window.__injected=2">';
    await page.goto(urlOf(`/ko/search/?q=${encodeURIComponent(payload)}`));
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe(payload);
    expect(await page.locator('#search-status').textContent()).toBe(
      `‘${payload}’에 대한 검색 결과가 없습니다.`,
    );

    await page.goto(urlOf('/ko/roles/'));
    await search(page, '#header-search', 'header-search-results', payload);
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains without JavaScript that search needs it', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(urlOf('/ko/search/?q=홀로그램'));
    const text = await page.locator('main').innerText();
    expect(text).toContain('검색은 브라우저에서 자바스크립트가 켜져 있어야 작동합니다.');
    expect(text).not.toContain('/ 키를 누르면');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.context().close();
  });
});
