/**
 * `npm run bench`: the site's performance figures, measured (not a timed test).
 * Builds, serves dist/ locally and measures in Debian's Chromium: transfer per
 * page by type (brotli, as a CDN would send it), requests before interaction,
 * Lighthouse mobile scores, build time and peak memory for the real content
 * and for 200 and 2,000 generated pages, and `npm run check` time. Prints a
 * table, writes test-results/bench.json, and exits 1 when a budget is broken.
 *
 * The first Korean search (bytes and time to results) is measured by
 * scripts/bench-search.ts, which this runs and reads back.
 *
 * `--only=weights,lighthouse,search,build,check` runs a subset.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { measureBuild, measureCheck, type BuildRun } from './bench/build-scale.ts';
import { runLighthouse, type LighthouseResult } from './bench/lighthouse.ts';
import { listPages } from './bench/pages.ts';
import { serveDist } from './bench/serve.ts';
import { measurePage, type PageWeight } from './bench/weights.ts';
import { firstSectorPath } from './lib/sample-sector.ts';

export const budgets = {
  /** Median content page, everything it downloads before interaction (KB, brotli). */
  medianPageKB: 15,
  /** HTML and render-blocking CSS: one round trip. */
  firstRenderKB: 14,
  /** JavaScript loaded before any interaction. */
  jsBeforeInteractionKB: 2,
  requestsBeforeInteraction: 5,
  lighthouseScore: 100,
  firstSearchKB: 90,
  searchMs: 300,
  /** `npm run build` of the real content. */
  buildSeconds: 15,
  /** A first build of 2,000 generated pages, preview cards and search index included. */
  build2000Seconds: 90,
  build2000MiB: 1.5 * 1024,
  checkSeconds: 20,
};

const lighthousePages = [
  '/ko/',
  '/en/',
  '/ko/declaration/',
  '/en/declaration/',
  await firstSectorPath('ko'),
  await firstSectorPath('en'),
];
const distDir = path.resolve('dist');
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (part: string) => !only || only.includes(part);

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

interface Results {
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    date: string;
    /** At the start: on a machine shared with other work, timings grow with it. */
    loadAverage: number[];
  };
  weights?: {
    pages: PageWeight[];
    medianTotalKB: number;
    maxFirstRenderKB: number;
    maxJsKB: number;
    maxRequests: number;
  };
  lighthouse?: LighthouseResult[];
  search?: { firstSearchKB: number; firstSearchMs: number; revisitMs: number; laterSearchMs: number };
  builds?: BuildRun[];
  checkSeconds?: number;
  overBudget: string[];
}

const results: Results = {
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
    loadAverage: os.loadavg().map((load) => Number(load.toFixed(1))),
  },
  overBudget: [],
};
const over = (what: string) => results.overBudget.push(what);

if (wanted('weights') || wanted('lighthouse')) {
  const server = await serveDist();
  try {
    if (wanted('weights')) {
      const browser = await launchChromium();
      const pages: PageWeight[] = [];
      for (const sitePath of listPages(distDir))
        pages.push(await measurePage(browser, server.origin, base, sitePath, distDir));
      await browser.close();
      const content = pages.filter((page) => /^\/(ko|en)\//.test(page.path));
      results.weights = {
        pages,
        medianTotalKB: kb(median(content.map((page) => page.total))),
        maxFirstRenderKB: kb(Math.max(...pages.map((page) => page.firstRender))),
        maxJsKB: kb(Math.max(...pages.map((page) => page.bytes.js))),
        maxRequests: Math.max(...pages.map((page) => page.requests)),
      };
      console.log('\nTransfer before interaction (KB, brotli)');
      console.table(
        pages.map((page) => ({
          page: page.path,
          html: kb(page.bytes.html),
          css: kb(page.bytes.css),
          js: kb(page.bytes.js),
          img: kb(page.bytes.image),
          font: kb(page.bytes.font),
          total: kb(page.total),
          'html+css': kb(page.firstRender),
          requests: page.requests,
        })),
      );
      const w = results.weights;
      console.log(
        `median content page ${w.medianTotalKB} KB (budget ${budgets.medianPageKB}); largest HTML+CSS ${w.maxFirstRenderKB} KB (budget ${budgets.firstRenderKB}); most JS ${w.maxJsKB} KB (budget ${budgets.jsBeforeInteractionKB}); most requests ${w.maxRequests} (budget ${budgets.requestsBeforeInteraction})`,
      );
      if (w.medianTotalKB > budgets.medianPageKB) over(`median page ${w.medianTotalKB} KB`);
      for (const page of pages) {
        if (kb(page.firstRender) > budgets.firstRenderKB)
          over(`${page.path} HTML+CSS ${kb(page.firstRender)} KB`);
        if (kb(page.bytes.js) > budgets.jsBeforeInteractionKB)
          over(`${page.path} JS ${kb(page.bytes.js)} KB`);
        if (page.requests > budgets.requestsBeforeInteraction) over(`${page.path} ${page.requests} requests`);
      }
    }
    if (wanted('lighthouse')) {
      results.lighthouse = [];
      for (const sitePath of lighthousePages) {
        results.lighthouse.push(await runLighthouse(`${server.origin}${base}${sitePath.slice(1)}`, sitePath));
      }
      console.log('\nLighthouse (mobile)');
      console.table(results.lighthouse);
      for (const run of results.lighthouse) {
        for (const category of ['performance', 'accessibility', 'bestPractices', 'seo'] as const) {
          if (run[category] < budgets.lighthouseScore)
            over(`${run.path} Lighthouse ${category} ${run[category]}`);
        }
      }
    }
  } finally {
    await server.stop();
  }
}

if (wanted('search')) {
  const run = spawnSync(process.execPath, ['scripts/bench-search.ts'], { stdio: 'inherit' });
  if (run.status !== 0 && run.status !== 1) throw new Error('scripts/bench-search.ts failed');
  const report = JSON.parse(readFileSync('test-results/bench-search.json', 'utf8')) as {
    firstSearch: { compressedKB: number };
    timeToResultsMs: { firstSearch: number; firstSearchOnRevisit: number; laterSearch: number };
  };
  results.search = {
    firstSearchKB: report.firstSearch.compressedKB,
    firstSearchMs: report.timeToResultsMs.firstSearch,
    revisitMs: report.timeToResultsMs.firstSearchOnRevisit,
    laterSearchMs: report.timeToResultsMs.laterSearch,
  };
  if (results.search.firstSearchKB > budgets.firstSearchKB)
    over(`first search ${results.search.firstSearchKB} KB`);
  const slowest = Math.max(
    results.search.firstSearchMs,
    results.search.revisitMs,
    results.search.laterSearchMs,
  );
  if (slowest > budgets.searchMs) over(`search results after ${slowest} ms`);
}

if (wanted('build')) {
  results.builds = [0, 200, 2000].map((generated) => measureBuild(generated));
  const [real, , largest] = results.builds;
  console.log('\nBuild (npm run build in a fresh copy)');
  console.table(
    results.builds.map((run) => ({
      pages: run.pages,
      seconds: Number(run.seconds.toFixed(1)),
      'CPU s': run.cpuSeconds === undefined ? 'n/a' : Number(run.cpuSeconds.toFixed(1)),
      'peak MiB': run.peakMemoryMiB === undefined ? 'n/a' : Math.round(run.peakMemoryMiB),
    })),
  );
  if (real && real.seconds > budgets.buildSeconds) over(`build of the site ${real.seconds.toFixed(1)} s`);
  if (largest) {
    if (largest.seconds > budgets.build2000Seconds) over(`2,000-page build ${largest.seconds.toFixed(1)} s`);
    if (largest.peakMemoryMiB && largest.peakMemoryMiB > budgets.build2000MiB)
      over(`2,000-page build ${Math.round(largest.peakMemoryMiB)} MiB`);
  }
}

if (wanted('check')) {
  results.checkSeconds = Number(measureCheck().toFixed(1));
  console.log(`\nnpm run check: ${results.checkSeconds} s (budget ${budgets.checkSeconds})`);
  if (results.checkSeconds > budgets.checkSeconds) over(`npm run check ${results.checkSeconds} s`);
}

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.json', `${JSON.stringify(results, null, 2)}\n`);
const { machine } = results;
const loadNow = os.loadavg().map((load) => load.toFixed(1));
console.log(
  `\nMachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
    `load average ${machine.loadAverage.join(' ')} at the start, ${loadNow.join(' ')} at the end`,
);
console.log('Figures written to test-results/bench.json');
if (results.overBudget.length > 0) {
  console.error(`\nOver budget:\n- ${results.overBudget.join('\n- ')}`);
  process.exitCode = 1;
} else {
  console.log('\nAll figures within budget.');
}
