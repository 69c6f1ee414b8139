/**
 * The query table (tests/fixtures/search-queries.ts) typed into the search
 * page of the built site in Chromium: at least 95% of queries must show their
 * passage among the top three results, and every failure is printed.
 *
 * The table names the pages of the content it was written for; the content
 * moves on. Each expected address is followed through content/redirects.yaml
 * (a renamed page or anchor), and a row whose page or passage no longer exists
 * (removed, or redirected to the index it belonged to) is left out and listed
 * as skipped, so an editor's legitimate removal never fails the suite.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { localeCodes } from '../../src/i18n/locales.ts';
import { routes } from '../../src/i18n/routing.ts';
import { splitAddress } from '../../src/lib/content/redirects.ts';
import { searchCases, type SearchCase } from '../fixtures/search-queries.ts';
import { isRemoval, redirects } from '../helpers/content.ts';
import { builtPages, load } from '../helpers/site.ts';
import { launchBrowser, openPage, urlOf } from '../helpers/browser.ts';
import { search, shownResults, type ShownResult } from '../helpers/search.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/**
 * The row as the content stands: its expected address followed through the
 * redirects, or the reason it no longer applies.
 */
function followContent(testCase: SearchCase): SearchCase | { skipped: string } {
  if (testCase.unavailable) return { skipped: testCase.unavailable };
  if (testCase.expect === null) return testCase;
  const { page, anchor } = splitAddress(testCase.expect);
  const target = redirects.pages.get(page) ?? page;
  if (isRemoval(page, target)) return { skipped: `${page} was removed (it leads to ${target})` };
  if (!builtPages().includes(target)) return { skipped: `${page} no longer exists` };
  const moved = anchor === undefined ? undefined : redirects.anchors.get(target)?.get(anchor);
  const passage = moved === undefined ? anchor : moved || undefined;
  if (passage && load(target)(`[id="${passage}"]`).length === 0)
    return { skipped: `${target} no longer has #${passage}` };
  return { ...testCase, expect: passage ? `${target}#${passage}` : target };
}

const followed = searchCases.map((testCase) => ({ testCase, now: followContent(testCase) }));
const applicable = followed.flatMap(({ now }) => ('skipped' in now ? [] : [now]));
const skipped = followed.flatMap(({ testCase, now }) =>
  'skipped' in now ? [{ ...testCase, why: now.skipped }] : [],
);

interface Outcome {
  case: SearchCase;
  passed: boolean;
  /** Rank (1-based) of the expected page among the results shown, if shown. */
  rank: number | undefined;
  shown: ShownResult[];
}

function judge(testCase: SearchCase, shown: ShownResult[]): Outcome {
  if (testCase.expect === null) return { case: testCase, passed: shown.length === 0, rank: undefined, shown };
  const [page, anchor] = testCase.expect.split('#');
  const index = shown
    .slice(0, 3)
    .findIndex(
      (result) => result.page === page && (!anchor || result.passages.includes(testCase.expect ?? '')),
    );
  return { case: testCase, passed: index >= 0, rank: index >= 0 ? index + 1 : undefined, shown };
}

async function runTable(page: Page, cases: SearchCase[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const testCase of cases) {
    await search(page, '#search-query', 'search-results', testCase.query);
    outcomes.push(judge(testCase, await shownResults(page, 'search-results')));
  }
  return outcomes;
}

describe('search quality', () => {
  it(`finds the expected passage in the top three for at least 95% of the ${searchCases.length} queries that apply`, async () => {
    for (const row of skipped) console.log(`search row skipped: "${row.query}" (${row.from}): ${row.why}`);
    expect(applicable.length, 'rows left to run').toBeGreaterThan(searchCases.length / 2);
    const outcomes: Outcome[] = [];
    for (const locale of localeCodes) {
      const page = await openPage(browser);
      await page.goto(urlOf(routes.search(locale)));
      outcomes.push(
        ...(await runTable(
          page,
          applicable.filter((testCase) => testCase.from === locale),
        )),
      );
      await page.context().close();
    }
    const failures = outcomes.filter((outcome) => !outcome.passed);
    const passRate = (outcomes.length - failures.length) / outcomes.length;
    const firstPlace = outcomes.filter((outcome) => outcome.rank === 1).length;
    const negatives = outcomes.filter((outcome) => outcome.case.expect === null);
    const summary = {
      queries: outcomes.length,
      skipped: skipped.map(({ query, from, expect: expected, why }) => ({ query, from, expected, why })),
      passed: outcomes.length - failures.length,
      passRate,
      expectedPageFirst: firstPlace / outcomes.filter((outcome) => outcome.case.expect !== null).length,
      mustFindNothing: { queries: negatives.length, foundNothing: negatives.filter((o) => o.passed).length },
      failures: failures.map((outcome) => ({
        query: outcome.case.query,
        from: outcome.case.from,
        kind: outcome.case.kind,
        expected: outcome.case.expect,
        shown: outcome.shown.slice(0, 3),
      })),
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/search-quality.json', `${JSON.stringify(summary, null, 2)}\n`);
    for (const failure of summary.failures) {
      console.log(
        `search miss [${failure.kind}] ${failure.from}: "${failure.query}" expected ${failure.expected ?? 'no results'}, shown:\n${failure.shown
          .map((result) => `    ${result.page} ${result.passages.join(' ')}`)
          .join('\n')}`,
      );
    }
    console.log(
      `search quality: ${summary.passed}/${summary.queries} passed (${(passRate * 100).toFixed(1)}%), expected page first in ${(summary.expectedPageFirst * 100).toFixed(1)}%`,
    );
    expect(passRate).toBeGreaterThanOrEqual(0.95);
  }, 240_000);
});
