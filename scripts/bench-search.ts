/**
 * `npm run bench:search`: how much a first search downloads and how fast its
 * results appear. Serves dist/ as `npm start` does, opens a page in Chromium,
 * waits until it is idle, then types a Korean query into the header box.
 *
 * - bytes: every response fetched from the keystroke until the results show,
 *   counted as a CDN would send it: Brotli (quality 11) when that is smaller
 *   than the file (Pagefind's index files are gzip already and stay as they are);
 * - time: from the input event to the results on screen, for the first search
 *   on a page (Pagefind still to load, empty cache), the first search on a
 *   revisit (files in the HTTP cache), and a later search on the same page;
 *   the median of five rounds, each in a fresh browser context, because a
 *   shared machine makes single timings noisy.
 *
 * Budgets: at most 90 KB for the first search, results within 300 ms.
 * Prints a table and writes test-results/bench-search.json. Needs `npm run build`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { brotliCompressSync, constants } from 'node:zlib';
import { preview } from 'astro';
import type { Page, Response } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';

const budget = { firstSearchKB: 90, timeToResultsMs: 300 };
const pagePath = '/ko/declaration/';
const firstQuery = '홀로그램';
const laterQuery = '구미시를';

if (!existsSync('dist/pagefind/pagefind.js')) {
  console.error('dist/ has no search index: run `npm run build` first.');
  process.exit(1);
}

const compressedSize = (body: Buffer) =>
  Math.min(
    body.length,
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  );

/** Records when the input event fires and when the results list shows the search (aria-busy back to false). */
async function timeSearch(page: Page, query: string): Promise<number> {
  await page.evaluate(() => {
    const input = document.getElementById('header-search') as HTMLInputElement;
    const panel = document.getElementById('header-search-results') as HTMLElement;
    const timing = { start: 0, end: 0 };
    (window as unknown as { searchTiming: typeof timing }).searchTiming = timing;
    input.addEventListener('input', () => (timing.start = performance.now()), { once: true, capture: true });
    new MutationObserver((_, observer) => {
      if (timing.start && panel.getAttribute('aria-busy') === 'false' && !panel.hidden) {
        timing.end = performance.now();
        observer.disconnect();
      }
    }).observe(panel, { attributes: true, childList: true, subtree: true });
  });
  await page.locator('#header-search').fill(query);
  await page.waitForFunction(
    () => (window as unknown as { searchTiming: { end: number } }).searchTiming.end > 0,
  );
  return page.evaluate(() => {
    const { start, end } = (window as unknown as { searchTiming: { start: number; end: number } })
      .searchTiming;
    return Math.round(end - start);
  });
}

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: 4397 } });
const origin = `http://127.0.0.1:${server.port}`;
const browser = await launchChromium();

const rounds = 5;
const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

try {
  const timings = {
    firstSearch: [] as number[],
    firstSearchOnRevisit: [] as number[],
    laterSearch: [] as number[],
  };
  let files: { file: string; bytes: number; compressed: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    timings.firstSearch.push(await timeSearch(page, firstQuery));
    if (round === 0) {
      files = await Promise.all(
        responses.map(async (response) => {
          const body = await response.body();
          return {
            file: new URL(response.url()).pathname,
            bytes: body.length,
            compressed: compressedSize(body),
          };
        }),
      );
    }
    page.removeAllListeners('response');
    timings.laterSearch.push(await timeSearch(page, laterQuery));
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    timings.firstSearchOnRevisit.push(await timeSearch(page, firstQuery));
    await context.close();
  }
  const firstSearchMs = median(timings.firstSearch);
  const revisitSearchMs = median(timings.firstSearchOnRevisit);
  const laterSearchMs = median(timings.laterSearch);

  const total = files.reduce((sum, file) => sum + file.compressed, 0);
  // Timings depend on how busy the machine is; the report says how busy it was.
  const machine = { cpus: cpus().length, loadAverage: loadavg().map((load) => Number(load.toFixed(1))) };
  const report = {
    machine,
    page: pagePath,
    query: firstQuery,
    firstSearch: {
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      compressedBytes: total,
      compressedKB: Number((total / 1024).toFixed(1)),
      budgetKB: budget.firstSearchKB,
      withinBudget: total / 1024 <= budget.firstSearchKB,
    },
    timeToResultsMs: {
      rounds: timings,
      firstSearch: firstSearchMs,
      firstSearchOnRevisit: revisitSearchMs,
      laterSearch: laterSearchMs,
      budget: budget.timeToResultsMs,
      withinBudget: Math.max(firstSearchMs, revisitSearchMs, laterSearchMs) <= budget.timeToResultsMs,
    },
  };

  console.log(`First search for "${firstQuery}" on ${pagePath}:`);
  for (const file of files) {
    console.log(
      `  ${file.file.padEnd(56)} ${String(file.bytes).padStart(7)} B  ${String(file.compressed).padStart(7)} B`,
    );
  }
  console.log(
    `  ${'total (as sent compressed)'.padEnd(56)} ${String(report.firstSearch.bytes).padStart(7)} B  ${String(total).padStart(7)} B = ${report.firstSearch.compressedKB} KB (budget ${budget.firstSearchKB} KB)`,
  );
  console.log(
    `Time to results (median of ${rounds}): first search ${firstSearchMs} ms, first search on a revisit ${revisitSearchMs} ms, later search ${laterSearchMs} ms (budget ${budget.timeToResultsMs} ms); ${machine.cpus} CPUs, load average ${machine.loadAverage.join(' ')}`,
  );
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/bench-search.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('Written to test-results/bench-search.json');
  if (!report.firstSearch.withinBudget || !report.timeToResultsMs.withinBudget) process.exitCode = 1;
} finally {
  await browser.close();
  await server.stop();
}
