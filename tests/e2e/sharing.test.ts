/** A reporter in the browser: copying a passage's link, landing on it, switching language, citing it. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, sitePathOf, urlOf } from '../helpers/browser.ts';

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
    await page.goto(urlOf('/ko/declaration/#article-2'));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    await page.getByRole('link', { name: '‘2. 구미전자정보기술원의 역할’ 단락으로 바로 가는 링크' }).click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe(`${canonical}#article-2`);
    expect(`${canonical}#article-2`).toMatch(/^https?:\/\/[^/]+\/(.+\/)?ko\/declaration\/#article-2$/);
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('링크를 복사했습니다.');
    expect(sitePathOf(page.url())).toBe('/ko/declaration/#article-2');
    await page.context().close();
  });

  it('announces in English on English pages', async () => {
    const page = await openWithClipboard();
    await page.goto(urlOf('/en/sectors/5g/'));
    const link = page.locator('a[data-heading-link]').first();
    await link.click();
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/en\/sectors\/5g\/#[a-z0-9-]+$/,
    );
    await page.context().close();
  });
});

describe('landing on a passage', () => {
  it.each([1280, 1024, 768])('puts it below the sticky header and highlights it at %i px', async (width) => {
    const page = await openWithClipboard(width);
    await page.goto(urlOf('/ko/declaration/#article-4'));
    const { headerBottom, top, windowHeight } = await placement(page, 'article-4');
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(windowHeight / 2);
    const background = (id: string) =>
      page.locator(`.passage:has(#${id})`).evaluate((passage) => getComputedStyle(passage).backgroundColor);
    expect(await background('article-4')).not.toBe(await background('article-5'));
    await page.context().close();
  });

  it('keeps the passage when switching from English to Korean', async () => {
    const page = await openWithClipboard();
    await page.goto(urlOf('/en/declaration/#article-2'));
    await page.getByRole('link', { name: '한국어' }).click();
    await page.waitForURL(/\/ko\/declaration\/#article-2$/);
    expect(sitePathOf(page.url())).toBe('/ko/declaration/#article-2');
    await expect.poll(async () => (await placement(page, 'article-2')).top).toBeGreaterThan(0);
    const { headerBottom, top, windowHeight } = await placement(page, 'article-2');
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(windowHeight);
    expect(await page.locator('#article-2').evaluate((heading) => heading.matches(':target'))).toBe(true);
    await page.context().close();
  });
});

describe('citing', () => {
  it('fills in today as the access date and copies the citation of one part', async () => {
    const page = await openWithClipboard();
    await page.goto(urlOf('/ko/declaration/'));
    const passage = page.locator('.passage', { has: page.locator('#article-2') });
    await passage.getByText('이 항목 인용하기').click();
    const citation = passage.locator('[data-citation]');
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('ko-KR', { dateStyle: 'long' }).format(new Date()),
    );
    await expect.poll(() => citation.textContent()).toContain(`(${today} 접속)`);
    await passage.getByRole('button', { name: '인용문 복사' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await citation.textContent())?.replace(/\s+/g, ' ').trim());
    const heading = (await passage.locator('h2').first().textContent())?.trim() ?? '';
    expect(copied).toContain(`‘${heading}’`);
    expect(copied).toContain('/ko/declaration/#article-2 (');
    await expect.poll(() => page.locator('[data-announcer]').textContent()).toBe('인용문을 복사했습니다.');
    await page.context().close();
  });

  it('without JavaScript, still shows the citation with a place for the date, and the heading link is a link', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(urlOf('/en/declaration/'));
    const passage = page.locator('.passage', { has: page.locator('#article-2') });
    expect(await passage.locator('a[data-heading-link]').getAttribute('href')).toBe('#article-2');
    await passage.getByText('Cite this section').click();
    expect(await passage.locator('[data-citation]').textContent()).toContain('(accessed [date]).');
    expect(await passage.getByRole('button').count()).toBe(0);
    await page.context().close();
  });
});
