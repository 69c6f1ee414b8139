/**
 * A mistake in a content file stops `npm run build` before anything is built,
 * with a message naming the file and the field, and the file is left as it was.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bad-content-'));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    // public/ is optional: the site has no static files of its own yet.
    if (existsSync(item)) cpSync(item, path.join(root, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

function run(script: string): { code: number; output: string } {
  try {
    const output = execFileSync('npm', ['run', '--silent', script], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: `${failure.stdout}\n${failure.stderr}` };
  }
}

it('fails the build and the check on a mistyped field, naming file and field, changing nothing', () => {
  const file = path.join(root, 'content/declaration/en/declaration.md');
  const broken = readFileSync(file, 'utf8').replace(/^description:/m, 'descripton:');
  writeFileSync(file, broken);

  for (const script of ['build', 'check:content']) {
    const { code, output } = run(script);
    expect(code).not.toBe(0);
    expect(output).toContain('content/declaration/en/declaration.md');
    expect(output).toContain('descripton');
    expect(output).toContain("Did you mean 'description'?");
  }
  expect(readFileSync(file, 'utf8')).toBe(broken);
});
