/** A reporter in the browser: copying a passage's link, landing on it, switching language, citing it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { pageOf, pagesOf } from '../helpers/content.ts';
import { launchBrowser, openPage, sitePathOf, urlOf } from '../helpers/browser.ts';

const declaration = {
  ko: pageOf('declaration', 'declaration', 'ko'),
  en: pageOf('declaration', 'declaration', 'en'),
};
/** Two neighbouring passages of the declaration, after the first. */
const [passage, next] = declaration.ko.headings.slice(1).filter((heading) => heading.depth === 2);
if (!passage || !next) throw new Error('the declaration needs at least three passages for these tests');
const ko = useTranslations('ko');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** A page whose clipboard the test can read, on a desktop-wide window (sticky header). */
async function openWithClipboard(width = 1280): Promise<Page> {
  const page = await openPage(browser, { viewport: { width, height: 800 } });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(urlOf('/')).origin,
  });
  return page;
}

/** Where a passage's heading sits against the sticky header and the window. */
function placement(page: Page, id: string) {
  return page.evaluate((anchor) => {
    const header = document.querySelector('body > header');
    const sticky = header && getComputedStyle(header).position === 'sticky';
    return {
      headerBottom: sticky ? header.getBoundingClientRect().bottom : 0,
      top: document.getElementById(anchor)?.getBoundingClientRect().top ?? -1,
      windowHeight: window.innerHeight,
    };
  }, id);
}

describe('copying a link to a passage', () => {
  it('puts the full address with its anchor on the clipboard and says so', async () => {
    const page = await openWithClipboard();
    const address = `${declaration.ko.path}#${passage.id}`;
    await page.goto(urlOf(address));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page
      .getByRole('link', { name: ko('heading.linkLabel', { heading: passage.text }), exact: true })
      .click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${canonical}#${passage.id}`);
    expect(new URL(`${canonical}#${passage.id}`).pathname).toMatch(new RegExp(`${declaration.ko.path}$`));
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe(ko('share.copied'));
    expect(sitePathOf(page.url())).toBe(address);
    await page.context().close();
  });

  it('announces in English on English pages', async () => {
    const page = await openWithClipboard();
    const sector = pagesOf('sectors', 'en')[0]?.path ?? routes.sectors('en');
    await page.goto(urlOf(sector));
    const link = page.locator('a[data-heading-link]').first();
    await link.click();
    await expect
      .poll(() => page.locator('[data-announcer]').textContent())
      .toBe(useTranslations('en')('share.copied'));
    expect(new URL(await page.evaluate(() => navigator.clipboard.readText())).pathname).toBe(sector);
    await page.context().close();
  });
});

describe('landing on a passage', () => {
  it.each([1280, 1024, 768])('puts it below the sticky header and highlights it at %i px', async (width) => {
    const page = await openWithClipboard(width);
    await page.goto(urlOf(`${declaration.ko.path}#${passage.id}`));
    const { headerBottom, top, windowHeight } = await placement(page, passage.id);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(windowHeight / 2);
    const background = (id: string) =>
      page.locator(`.passage:has(#${id})`).evaluate((passage) => getComputedStyle(passage).backgroundColor);
    expect(await background(passage.id)).not.toBe(await background(next.id));
    await page.context().close();
  });

  it('keeps the passage when switching from English to Korean', async () => {
    const page = await openWithClipboard();
    await page.goto(urlOf(`${declaration.en.path}#${passage.id}`));
    await page.getByRole('link', { name: locales.ko.label }).click();
    const address = `${declaration.ko.path}#${passage.id}`;
    await page.waitForURL((url) => sitePathOf(url.href) === address);
    await expect.poll(async () => (await placement(page, passage.id)).top).toBeGreaterThan(0);
    const { headerBottom, top, windowHeight } = await placement(page, passage.id);
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(windowHeight);
    expect(await page.locator(`[id="${passage.id}"]`).evaluate((heading) => heading.matches(':target'))).toBe(
      true,
    );
    await page.context().close();
  });
});

describe('citing', () => {
  it('fills in today as the access date and copies the citation of one part', async () => {
    const page = await openWithClipboard();
    await page.goto(urlOf(declaration.ko.path));
    const section = page.locator('.passage', { has: page.locator(`[id="${passage.id}"]`) });
    await section.getByText(ko('cite.part')).click();
    const citation = section.locator('[data-citation]');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long' }).format(new Date()),
    );
    await expect.poll(() => citation.textContent()).toContain(`(${today} 접속)`);
    await section.getByRole('button', { name: ko('cite.copy') }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await citation.textContent())?.replace(/\s+/g, ' ').trim());
    const heading = (await section.locator('h2').first().textContent())?.trim() ?? '';
    expect(copied).toContain(`‘${heading}’`);
    expect(copied).toContain(`${declaration.ko.path}#${passage.id} (`);
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe(ko('cite.copied'));
    await page.context().close();
  });

  it('without JavaScript, still shows the citation with a place for the date, and the heading link is a link', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(urlOf(declaration.en.path));
    const section = page.locator('.passage', { has: page.locator(`[id="${passage.id}"]`) });
    expect(await section.locator('a[data-heading-link]').getAttribute('href')).toBe(`#${passage.id}`);
    await section.getByText(useTranslations('en')('cite.part')).click();
    expect(await section.locator('[data-citation]').textContent()).toContain('(accessed [date]).');
    expect(await section.getByRole('button').count()).toBe(0);
    await page.context().close();
  });
});
