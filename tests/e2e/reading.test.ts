/** A reader in the browser: switching language, skipping the header, reading without JavaScript. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, ConsoleMessage } from 'playwright-core';
import { locales } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { figureText, figuresIn, pageOf } from '../helpers/content.ts';
import { builtPages, load } from '../helpers/site.ts';
import { launchBrowser, openPage, sitePathOf, urlOf } from '../helpers/browser.ts';

const declaration = pageOf('declaration', 'declaration', 'ko');
/** A passage of the declaration other than the first, to land on. */
const passage = (declaration.headings[1] ?? declaration.headings[0])?.id ?? '';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('language switch', () => {
  it('keeps the reader on the same passage', async () => {
    const page = await openPage(browser);
    const [ko, en] = [`${routes.declaration('ko')}#${passage}`, `${routes.declaration('en')}#${passage}`];
    await page.goto(urlOf(ko));
    await page.getByRole('link', { name: locales.en.label }).click();
    await page.waitForURL((url) => sitePathOf(url.href) === en);
    expect(sitePathOf(page.url())).toBe(en);
    await expect
      .poll(() => page.locator(`[id="${passage}"]`).evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(200);
    await page.getByRole('link', { name: locales.ko.label }).click();
    await page.waitForURL((url) => sitePathOf(url.href) === ko);
    await page.context().close();
  });
});

describe('skip link', () => {
  it('is the first stop for the keyboard and moves focus to the main text', async () => {
    const page = await openPage(browser);
    await page.goto(urlOf('/ko/declaration/'));
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    expect(await skip.textContent()).toBe('본문 바로가기');
    const box = await skip.boundingBox();
    expect(box?.width).toBeGreaterThan(40);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
    await page.context().close();
  });
});

describe('every page', () => {
  it.each(builtPages())('%s loads without console errors or failed requests', async (path) => {
    const page = await openPage(browser);
    const errors: string[] = [];
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('requestfailed', (request) => errors.push(`${request.url()} ${request.failure()?.errorText}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    // `/` may redirect to a language; wait for wherever the reader lands.
    await page.goto(urlOf(path), { waitUntil: 'networkidle' });
    expect(errors, errors.join('\n')).toEqual([]);
    await page.context().close();
  });
});

/** Pages with text to read: everything but the language chooser, the search pages, the 404 and redirects. */
const contentPages = builtPages().filter((path) => load(path)('main[data-pagefind-body]').length > 0);

/** The text blocks of a page's main region, as the reader sees them once the page has settled. */
async function mainText(path: string, javaScriptEnabled: boolean): Promise<string[]> {
  const page = await openPage(browser, { javaScriptEnabled });
  // Module scripts have run by the load event.
  await page.goto(urlOf(path), { waitUntil: 'load' });
  const blocks = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, th, td, figcaption, caption')]
      // The access date of a citation is today's date, which only the script knows.
      .filter((block) => !block.querySelector('[data-accessed]'))
      .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
      .filter((text) => text !== ''),
  );
  await page.context().close();
  return blocks;
}

describe('without JavaScript', () => {
  it.each(contentPages)('%s shows all of its text as served', async (path) => {
    const served = new Set(await mainText(path, false));
    const missing = (await mainText(path, true)).filter((block) => !served.has(block));
    expect(missing).toEqual([]);
  });

  it('the declaration reads in full, figures included, and links to its translation', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(urlOf(declaration.path));
    await expect.poll(() => page.locator('h1').textContent()).toBe(declaration.data.title);
    const main = await page.locator('main').innerText();
    for (const heading of declaration.headings) {
      expect(await page.locator(`main [id="${heading.id}"]`).isVisible(), heading.id).toBe(true);
    }
    for (const id of figuresIn(declaration.body)) expect(main).toContain(figureText(id, 'ko'));
    await page.getByRole('link', { name: locales.en.label }).click();
    expect(sitePathOf(page.url())).toBe(routes.declaration('en'));
    await page.context().close();
  });

  it('the root page offers both languages as plain links', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false, locale: 'en-US' });
    await page.goto(urlOf('/'));
    expect(sitePathOf(page.url())).toBe('/');
    await page.getByRole('link', { name: locales.en.label }).click();
    expect(sitePathOf(page.url())).toBe(routes.home('en'));
    await page.context().close();
  });
});

describe('the root page with JavaScript', () => {
  it.each([
    ['en-US', '/en/'],
    ['ko-KR', '/ko/'],
  ])('sends a %s browser to %s', async (locale, expected) => {
    const page = await openPage(browser, { locale });
    await page.goto(urlOf('/'));
    await page.waitForURL((url) => sitePathOf(url.href) === expected);
    await page.context().close();
  });

  it('prefers the language the reader chose before', async () => {
    const page = await openPage(browser, { locale: 'en-US' });
    await page.goto(urlOf('/en/'));
    await page.getByRole('link', { name: locales.ko.label }).click();
    await page.waitForURL(/\/ko\/$/);
    await page.goto(urlOf('/'));
    await page.waitForURL((url) => sitePathOf(url.href) === '/ko/');
    await page.context().close();
  });

  it('leaves a reader with another language on the chooser', async () => {
    const page = await openPage(browser, { locale: 'fr-FR' });
    await page.goto(urlOf('/'), { waitUntil: 'networkidle' });
    expect(sitePathOf(page.url())).toBe('/');
    await page.context().close();
  });
});
