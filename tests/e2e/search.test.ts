/** Searching in the browser: loading on use, the header box, the search page, safety. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Request } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routes } from '../../src/i18n/routing.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { fitParticle } from '../../src/lib/korean-particles.ts';
import { lexiconFile, vocabularyFile } from '../../src/lib/search/lexicon.ts';
import { contentPages, pageOf, pagesOf } from '../helpers/content.ts';
import { launchBrowser, openPage, sitePathOf, urlOf } from '../helpers/browser.ts';
import { search, settled, shownResults } from '../helpers/search.ts';
import { builtPages, distDir, load } from '../helpers/site.ts';

/** Queries taken from the content, so that they follow it. */
const oneWordTitle = (page: { data: { title: string } }) => /^[가-힣]{2,}$/.test(page.data.title);
/** A Korean page with a one-word title, searched with a particle after it (`…을`). */
const sector =
  pagesOf('sectors', 'ko').find(oneWordTitle) ??
  contentPages.find((p) => p.locale === 'ko' && oneWordTitle(p));
const role = pagesOf('roles', 'ko').find(oneWordTitle) ?? sector;
if (!sector || !role) throw new Error('the search tests need a Korean page whose title is one word');
const withParticle = (word: string, particle: '을' | '를') => word + fitParticle(word, particle);
/** A passage of the declaration with a large number, and the number as a reader types it ("3만 명"). */
const declaration = pageOf('declaration', 'declaration', 'ko');
const declarationPage = load(declaration.path);
const figurePassage = declarationPage('main .passage')
  .map((_, passage) => {
    const typed = /(\d[\d,.]*[만억조]) ?(명|원)/.exec(declarationPage(passage).find('.prose').text());
    const anchor = declarationPage(passage).find('h2[id]').attr('id');
    return typed && anchor ? [{ anchor, query: `${typed[1]} ${typed[2]}` }] : [];
  })
  .get()
  .flat()[0];
if (!figurePassage)
  throw new Error('the search tests need a passage of the declaration with a number such as 3만 명');
/** A word the Korean pages use and no English page does. */
const stems = (
  JSON.parse(readFileSync(path.join(distDir, 'pagefind', lexiconFile), 'utf8')) as { stems: string }
).stems.split(' ');
const englishText = builtPages()
  .filter((page) => page.startsWith(routes.home('en')))
  .map((page) => load(page)('body').text())
  .join(' ');
const koreanOnly = stems.find((stem) => /^[가-힣]{3,}$/.test(stem) && !englishText.includes(stem));
/** An English word of the site, mistyped by swapping two of its letters. */
const vocabulary = (
  JSON.parse(readFileSync(path.join(distDir, 'pagefind', vocabularyFile), 'utf8')) as { words: string }
).words.split(' ');
const english = vocabulary.find((word) => /^[a-z]{8,}$/.test(word)) ?? '';
const mistyped = english.slice(0, 4) + english[5] + english[4] + english.slice(6);
const en = useTranslations('en');

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
    await page.goto(urlOf(routes.declaration('ko')), { waitUntil: 'networkidle' });
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
    await page.goto(urlOf(routes.roles('ko')));
    await search(page, '#header-search', 'header-search-results', withParticle(sector.data.title, '을'));
    await expect.poll(() => page.locator('#header-search-results').isVisible()).toBe(true);
    expect(await page.locator('#header-search-status').textContent()).toMatch(/^검색 결과 \d+건$/);
    const results = await shownResults(page, 'header-search-results');
    expect(results[0]?.page).toBe(sector.path);
    expect(await page.locator('#header-search-results mark').first().textContent()).toBe(sector.data.title);

    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(sitePathOf(first)).toBe(sector.path);
    await page.keyboard.press('ArrowDown');
    expect(sitePathOf(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href))).toMatch(
      new RegExp(`^${sector.path}#`),
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
    await page.goto(urlOf(routes.declaration('en')));
    await page.locator('#header-search').fill('example');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=example$/);
    expect(await page.locator('#search-query').inputValue()).toBe('example');
    await page.context().close();

    const phone = await openPage(browser, { viewport: { width: 320, height: 700 } });
    await phone.goto(urlOf(routes.declaration('ko')));
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
    const first = withParticle(role.data.title, '를');
    await page.goto(urlOf(`${routes.search('ko')}?q=${encodeURIComponent(first)}`));
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe(first);
    expect((await shownResults(page, 'search-results'))[0]?.page).toBe(role.path);

    const passage = `${declaration.path}#${figurePassage.anchor}`;
    await page.locator('#search-query').fill(figurePassage.query);
    await page.keyboard.press('Enter');
    await settled(page, 'search-results');
    expect(new URL(page.url()).searchParams.get('q')).toBe(figurePassage.query);
    const results = await shownResults(page, 'search-results');
    expect(results.flatMap((result) => result.passages)).toContain(passage);

    await page.locator(`#search-results a[href$="#${figurePassage.anchor}"]`).first().click();
    await page.waitForURL((url) => sitePathOf(url.href) === passage);
    await page.goBack();
    await page.waitForURL(/\/ko\/search\/\?q=/);
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe(figurePassage.query);
    expect((await shownResults(page, 'search-results')).length).toBeGreaterThan(0);

    await page.goBack();
    await page.waitForURL((url) => new URL(url).searchParams.get('q') === first);
    await expect.poll(() => page.locator('#search-query').inputValue()).toBe(first);
    await page.context().close();
  });

  it('announces the number of results and says when it searched other languages or corrected a word', async () => {
    const page = await openPage(browser, { locale: 'en-GB' });
    expect(koreanOnly, 'a word found only on Korean pages').toBeDefined();
    await page.goto(urlOf(`${routes.search('en')}?q=${encodeURIComponent(koreanOnly ?? '')}`));
    await settled(page, 'search-results');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').textContent()).toMatch(/^\d+ results?$/);
    expect(await page.locator('[data-search-notices]').textContent()).toContain(en('search.otherLanguages'));
    expect(await page.locator('#search-results ol > li').first().getAttribute('lang')).toBe('ko');

    expect(english, 'an English word of eight letters or more').not.toBe('');
    await search(page, '#search-query', 'search-results', mistyped);
    expect(await page.locator('[data-search-notices]').textContent()).toContain(
      en('search.corrected', { corrected: english, query: mistyped }),
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
    await page.goto(urlOf(`${routes.search('ko')}?q=${encodeURIComponent(payload)}`));
    await settled(page, 'search-results');
    expect(await page.locator('#search-query').inputValue()).toBe(payload);
    expect(await page.locator('#search-status').textContent()).toBe(
      `‘${payload}’에 대한 검색 결과가 없습니다.`,
    );

    await page.goto(urlOf(routes.roles('ko')));
    await search(page, '#header-search', 'header-search-results', payload);
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('explains without JavaScript that search needs it', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(urlOf(`${routes.search('ko')}?q=example`));
    const text = await page.locator('main').innerText();
    expect(text).toContain('검색은 브라우저에서 자바스크립트가 켜져 있어야 작동합니다.');
    expect(text).not.toContain('/ 키를 누르면');
    expect(await page.locator('input[type="search"]').count()).toBe(1);
    await page.context().close();
  });
});
