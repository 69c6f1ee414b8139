/**
 * A throwaway copy of the project for tests that change content or build
 * under other settings: the sources are copied, node_modules is linked, and
 * the real working tree is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const projectFiles = [
  'src',
  'content',
  'public',
  'scripts',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
];

export function copyProject(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `${name}-`));
  for (const item of projectFiles) {
    if (existsSync(item)) cpSync(item, path.join(root, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  return root;
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Variables Vitest sets for its own Vite; a child Astro build would take BASE_URL and MODE from them. */
const testRunnerVariables = /^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/;

/** Runs an npm script in the copy; returns its exit code and everything it printed. */
export function runScript(
  root: string,
  script: string,
  env: Record<string, string> = {},
): { code: number; output: string } {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !testRunnerVariables.test(name)),
  );
  const result = spawnSync('npm', ['run', '--silent', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}
