/**
 * A mistake in a content file stops `npm run build` before anything is built,
 * with a message naming the file and the field, and the file is left as it was.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject, removeProject, runScript } from '../../scripts/lib/project-copy.ts';

let root: string;

beforeAll(() => {
  root = copyProject('bad-content-');
});

afterAll(() => removeProject(root));

it('fails the build and the check on a mistyped field, naming file and field, changing nothing', () => {
  const file = path.join(root, 'content/declaration/en/declaration.md');
  const broken = readFileSync(file, 'utf8').replace(/^description:/m, 'descripton:');
  writeFileSync(file, broken);

  for (const script of ['build', 'check:content']) {
    const { code, output } = runScript(root, script);
    expect(code).not.toBe(0);
    expect(output).toContain('content/declaration/en/declaration.md');
    expect(output).toContain('descripton');
    expect(output).toContain("Did you mean 'description'?");
  }
  expect(readFileSync(file, 'utf8')).toBe(broken);
});
