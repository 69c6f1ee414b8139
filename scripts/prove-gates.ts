/**
 * `npm run gates:prove`: shows that each quality gate of `npm test` fails when
 * what it guards is broken. In a throwaway copy of the project it builds the
 * site with one source change (a build timestamp, which breaks
 * reproducibility), then breaks one built page, the first Korean sector, once
 * for each gate, runs the gates' tests there, and prints which gates failed.
 * Exits 1 if a gate passed that should have failed; Vitest's report is kept
 * in test-results/gates-report.json. Takes about five minutes; it is not part
 * of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyProject, removeProject, runScript } from './lib/project-copy.ts';
import { firstSectorPath } from './lib/sample-sector.ts';

const brokenPage = await firstSectorPath('ko');

interface Gate {
  name: string;
  /** What is broken, in the words of the report. */
  breakage: string;
  /** Markup added at the end of the page's main region. */
  markup?: string;
  /** The test file that must fail, and a failing test's name must contain this. */
  test: string;
  failingTest: string;
  /** …and its failure message this, where another breakage could fail the same test. */
  failureIncludes?: string;
}

const gates: Gate[] = [
  {
    name: 'Accessibility (axe-core)',
    breakage: 'a link with no text',
    markup: '<a href="/ko/"></a>',
    test: 'tests/e2e/accessibility.test.ts',
    failingTest: brokenPage,
  },
  {
    name: 'Reflow at 320 px',
    breakage: 'a line that cannot wrap',
    markup: `<p class="whitespace-nowrap">${'가나다라마바사 '.repeat(40)}</p>`,
    test: 'tests/e2e/quality.test.ts',
    failingTest: `${brokenPage} reflows at 320 px`,
  },
  {
    name: 'Internal links and anchors',
    breakage: 'a link to a missing page and one to a missing anchor',
    markup: '<a href="/ko/nowhere/">없는 페이지</a> <a href="#no-such-passage">없는 단락</a>',
    test: 'tests/build/pages.test.ts',
    failingTest: `every link and anchor on ${brokenPage}`,
  },
  {
    name: 'Valid HTML (W3C Nu checker)',
    breakage: 'a duplicate id',
    markup: '<span id="overview"></span>',
    test: 'tests/build/html.test.ts',
    failingTest: 'W3C Nu checker',
  },
  {
    name: 'Readable without JavaScript',
    breakage: 'a paragraph written by a script',
    markup: '<script type="module" src="/canary-text.js"></script>',
    test: 'tests/e2e/reading.test.ts',
    failingTest: `${brokenPage} shows all of its text as served`,
  },
  {
    name: 'No third parties',
    breakage: 'an image from another origin',
    markup: '<img alt="" src="https://third-party.example/pixel.png">',
    test: 'tests/e2e/quality.test.ts',
    failingTest: `${brokenPage} requests nothing from another origin`,
  },
  {
    name: 'Content-Security-Policy',
    breakage: 'an inline script',
    markup: '<script>document.documentElement.dataset.canary = "ran";</script>',
    test: 'tests/e2e/reading.test.ts',
    failingTest: `${brokenPage} loads without console errors`,
    failureIncludes: 'CSP violation: script-src',
  },
  {
    name: 'Security headers',
    breakage: 'X-Content-Type-Options removed from _headers',
    test: 'tests/build/security.test.ts',
    failingTest: '',
  },
  {
    name: 'Reproducible build',
    breakage: 'the build time written into every page',
    test: 'tests/build/reproducible.test.ts',
    failingTest: 'gives the same bytes twice',
  },
];

function breakSource(root: string): void {
  const head = path.join(root, 'src/components/HeadEssentials.astro');
  writeFileSync(
    head,
    `${readFileSync(head, 'utf8')}<meta name="canary-built-at" content={String(Date.now())} />\n`,
  );
}

function breakBuild(root: string): void {
  const dist = path.join(root, 'dist');
  const page = path.join(dist, brokenPage, 'index.html');
  const markup = gates.flatMap((gate) => (gate.markup ? [gate.markup] : [])).join('');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `${markup}</main>`));
  writeFileSync(
    path.join(dist, 'canary-text.js'),
    "document.querySelector('main .prose')?.append(Object.assign(document.createElement('p'), { textContent: '스크립트가 쓴 문단' }));\n",
  );
  const headers = path.join(dist, '_headers');
  writeFileSync(
    headers,
    readFileSync(headers, 'utf8')
      .split('\n')
      .filter((line) => !line.includes('X-Content-Type-Options'))
      .join('\n'),
  );
}

interface VitestReport {
  testResults: {
    name: string;
    assertionResults: { fullName: string; status: string; failureMessages: string[] }[];
  }[];
}

const root = copyProject('gates-');
for (const item of ['tests', 'vitest.config.ts']) cpSync(item, path.join(root, item), { recursive: true });
try {
  breakSource(root);
  const build = runScript(root, 'build');
  if (build.code !== 0) throw new Error(`The build failed:\n${build.output}`);
  breakBuild(root);

  const report = path.join(root, 'gates-report.json');
  const files = [...new Set(gates.map((gate) => gate.test))];
  console.log(`Running ${files.length} test files against the broken build in ${root} …`);
  const run = spawnSync('npx', ['vitest', 'run', ...files, '--reporter=json', `--outputFile=${report}`], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
  });
  if (existsSync(report)) {
    mkdirSync('test-results', { recursive: true });
    cpSync(report, 'test-results/gates-report.json');
  }
  const results = existsSync(report)
    ? (JSON.parse(readFileSync(report, 'utf8')) as VitestReport).testResults
    : [];
  if (results.length < files.length)
    throw new Error(`Vitest did not run every file:\n${run.stdout}\n${run.stderr}`);

  const rows = gates.map((gate) => {
    const file = results.find((result) => result.name.endsWith(gate.test));
    const failed = (file?.assertionResults ?? []).filter(
      (test) =>
        test.status === 'failed' &&
        test.fullName.includes(gate.failingTest) &&
        test.failureMessages.join('\n').includes(gate.failureIncludes ?? ''),
    );
    return { gate: gate.name, broken: gate.breakage, 'seen to fail': failed.length > 0 ? 'yes' : 'NO' };
  });
  console.table(rows);
  const missed = rows.filter((row) => row['seen to fail'] !== 'yes');
  if (missed.length > 0) {
    console.error(`These gates did not fail: ${missed.map((row) => row.gate).join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  removeProject(root);
}
