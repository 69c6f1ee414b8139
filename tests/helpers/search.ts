/** Driving the search box in the browser tests. */
import type { Page } from 'playwright-core';
import { sitePathOf } from './browser.ts';

export interface ShownResult {
  /** Site path of the page. */
  page: string;
  /** Site paths of the passages shown under it (`/ko/…/#anchor`). */
  passages: string[];
}

/** Waits until the results region (`#id`) shows the latest search. */
export async function settled(page: Page, resultsId: string): Promise<void> {
  await page.waitForFunction(
    (id) => {
      const region = document.getElementById(id);
      return region?.getAttribute('aria-busy') === 'false';
    },
    resultsId,
    { timeout: 15_000 },
  );
}

/** Types a query into a search box and waits for its results. */
export async function search(
  page: Page,
  inputSelector: string,
  resultsId: string,
  query: string,
): Promise<void> {
  await page.locator(inputSelector).fill(query);
  await settled(page, resultsId);
}

/** The results as shown, in order; `toSitePath` reads a result's address (the local server's, by default). */
export async function shownResults(
  page: Page,
  resultsId: string,
  toSitePath: (url: string) => string = sitePathOf,
): Promise<ShownResult[]> {
  const raw = await page.locator(`#${resultsId} ol > li`).evaluateAll((items) =>
    items.map((item) => ({
      page: item.querySelector<HTMLAnchorElement>(':scope > :first-child a')?.href ?? '',
      passages: [...item.querySelectorAll<HTMLAnchorElement>('ul a')].map((link) => link.href),
    })),
  );
  return raw.map((result) => ({ page: toSitePath(result.page), passages: result.passages.map(toSitePath) }));
}
