/**
 * A throwaway copy of the project for tests that change content, then check,
 * build or test it. Packages are linked, not copied; Astro's and Vite's caches are left
 * out so a test build never writes into the real project's caches.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const projectFiles = [
  '.ci',
  '.github',
  'src',
  'content',
  'public',
  'scripts',
  'tests',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
];
const caches = new Set(['.astro', '.vite', '.cache']);

export function copyProject(prefix: string): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const item of projectFiles) {
    if (existsSync(item)) cpSync(item, path.join(root, item), { recursive: true });
  }
  mkdirSync(path.join(root, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (!caches.has(entry))
      symlinkSync(path.resolve('node_modules', entry), path.join(root, 'node_modules', entry));
  }
  return root;
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Variables Vitest sets for its own Vite; a child Astro build would take BASE_URL and MODE from them. */
const testRunnerVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** Runs a command in the copy, outside the test runner's environment; returns its exit code and everything it printed. */
export function runInCopy(
  root: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): { code: number; output: string } {
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name))),
      ...env,
    },
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `npm run <script> -- <args>` in the copy; returns its exit code and everything it printed. */
export function runScript(
  root: string,
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): { code: number; output: string } {
  return runInCopy(root, 'npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], env);
}
