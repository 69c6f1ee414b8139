/**
 * A temporary copy of a content tree for checker tests: make one mistake, run
 * the checker, and make sure it changed no file. The tree is the tests' own
 * made-up site (tests/fixtures/content/), so that no edit of the real content
 * can break them.
 */
import { createHash } from 'node:crypto';
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';

/** The project folder of the test site: its `content/` is tests/fixtures/content/. */
export const fixtureRoot = 'tests/fixtures';

export function copyContent(from = fixtureRoot): string {
  const root = mkdtempSync(path.join(tmpdir(), 'content-check-'));
  cpSync(path.join(from, 'content'), path.join(root, 'content'), { recursive: true });
  return root;
}

export function removeCopy(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

/** Hash of every content file, to prove the checker changed nothing. */
export function snapshot(root: string): Map<string, string> {
  return new Map(
    globSync('content/**/*', { cwd: root, withFileTypes: false })
      .filter((file) => /\.(md|mdx|ya?ml|json)$/.test(file))
      .map((file) => [
        file,
        createHash('sha256')
          .update(readFileSync(path.join(root, file)))
          .digest('hex'),
      ]),
  );
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const target = path.join(root, file);
  const before = readFileSync(target, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit changed nothing in ${file}`);
  writeFileSync(target, after);
}

/** Makes a change, runs the checker, and returns its problems after checking it left every file as it was. */
export async function problemsAfter(root: string, change: () => void) {
  change();
  const before = snapshot(root);
  const { problems } = await checkContent(root);
  expect(snapshot(root)).toEqual(before);
  return problems;
}

/**
 * For a test file: a fresh copy of the test site's content before each test, removed after
 * it, with the helpers above bound to it.
 */
export function useContentCopy() {
  let root = '';
  beforeEach(() => {
    root = copyContent();
  });
  afterEach(() => removeCopy(root));
  return {
    get root() {
      return root;
    },
    /** Absolute path of a file of the copy (`content/…`). */
    file: (relative: string) => path.join(root, relative),
    edit: (file: string, change: (text: string) => string) => edit(root, file, change),
    problemsAfter: (change: () => void) => problemsAfter(root, change),
  };
}
