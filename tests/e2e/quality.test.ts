/**
 * Promises every page keeps, checked in Chromium: it reflows at 320 px, survives
 * 200% text, respects reduced motion, shows where the keyboard is, and asks
 * nothing of any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/i18n/routing.ts';
import { pagesOf } from '../helpers/content.ts';
import { builtPages } from '../helpers/site.ts';
import { launchBrowser, openPage, urlOf } from '../helpers/browser.ts';

let browser: Browser;
const pages = builtPages();

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Elements that stick out to the right of the viewport (empty when the page reflows). */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Content inside a region that scrolls on its own (a wide table) does not make the page scroll.
    const insideScroller = (element: HTMLElement) => {
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1)
      .filter((element) => getComputedStyle(element).clipPath === 'none' && !insideScroller(element))
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? '').slice(0, 40)}”`,
      );
    // Text that cannot wrap sticks out of a box that itself fits; the page scrolls all the same.
    return culprits.length > 0
      ? culprits
      : [`the page is ${document.documentElement.scrollWidth} px wide at a ${width} px viewport`];
  });
}

describe('layout', () => {
  it.each(pages)('%s reflows at 320 px without horizontal scrolling', async (path) => {
    const page = await openPage(browser, { viewport: { width: 320, height: 640 }, locale: 'fr-FR' });
    await page.goto(urlOf(path));
    expect(await horizontalOverflow(page)).toEqual([]);
    await page.context().close();
  });

  it.each(pages)('%s keeps working with text at 200%%', async (path) => {
    const page = await openPage(browser, { viewport: { width: 640, height: 800 }, locale: 'fr-FR' });
    await page.goto(urlOf(path));
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    expect(await horizontalOverflow(page)).toEqual([]);
    // Nothing visible is cut off by a fixed height (visually hidden screen-reader text aside).
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *, header *, footer *')]
        .filter((element) => getComputedStyle(element).clipPath === 'none')
        .filter(
          (element) =>
            element.scrollHeight > element.clientHeight + 2 &&
            getComputedStyle(element).overflowY === 'hidden',
        )
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(clipped).toEqual([]);
    await page.context().close();
  });
});

describe('reduced motion', () => {
  it('switches off transitions, animations and smooth scrolling', async () => {
    const page = await openPage(browser, { reducedMotion: 'reduce' });
    await page.goto(urlOf(routes.declaration('ko')));
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .map((element) => {
          const style = getComputedStyle(element);
          const longest = (value: string) =>
            Math.max(...value.split(',').map((part) => parseFloat(part) || 0));
          return {
            tag: element.tagName,
            duration: Math.max(longest(style.transitionDuration), longest(style.animationDuration)),
            smooth: style.scrollBehavior === 'smooth',
          };
        })
        .filter((element) => element.duration > 0.001 || element.smooth),
    );
    expect(moving).toEqual([]);
    await page.context().close();
  });
});

describe('keyboard', () => {
  it.each([routes.declaration('ko'), pagesOf('sectors', 'en')[0]?.path ?? routes.sectors('en')])(
    'every stop on %s shows a visible focus indicator',
    async (path) => {
      const page = await openPage(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(urlOf(path));
      const stops: string[] = [];
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const rect = element.getBoundingClientRect();
          return {
            name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
            outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
            onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
          };
        });
        if (!focus) break;
        if (!focus.outline || !focus.onScreen)
          stops.push(`${focus.name} outline=${focus.outline} onScreen=${focus.onScreen}`);
      }
      expect(stops).toEqual([]);
      await page.context().close();
    },
  );
});

describe('own origin only', () => {
  it.each(pages)('%s requests nothing from another origin', async (path) => {
    const page = await openPage(browser, { locale: 'fr-FR' });
    const foreign: string[] = [];
    const origin = new URL(urlOf('/')).origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    await page.goto(urlOf(path), { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
