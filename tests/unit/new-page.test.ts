/**
 * `npm run new -- sector <slug>`: both language files, every required field
 * stubbed so that the check names what is left to write; taken or malformed
 * slugs refused; nothing overwritten.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { copyContent, removeCopy, snapshot } from '../helpers/content-copy.ts';
import { withFrontmatter } from '../helpers/frontmatter.ts';

let root: string;

beforeEach(() => {
  root = copyContent();
});

afterEach(() => {
  removeCopy(root);
});

function scaffold(...args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ['scripts/new-page.ts', ...args, '--root', root], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, output };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { code: failure.status, output: `${failure.stdout}${failure.stderr}` };
  }
}

const files = ['content/sectors/ko/smart-factory.md', 'content/sectors/en/smart-factory.md'];

describe('npm run new -- sector', () => {
  it('creates both files, which fail the check naming each field and line left to write', async () => {
    const { code, output } = scaffold('sector', 'smart-factory');
    expect(code).toBe(0);
    expect(output).toContain('npm run urls:update');
    for (const file of files) expect(existsSync(path.join(root, file))).toBe(true);

    const { problems } = await checkContent(root);
    for (const file of files) {
      const mine = problems.filter((p) => p.file === file);
      expect(mine.map((p) => p.field?.split('.')[0]).filter(Boolean)).toEqual([
        'title',
        'description',
        'sources',
        'summary',
      ]);
      expect(mine.filter((p) => !p.field)).toHaveLength(4);
      for (const p of mine) {
        expect(p.severity).toBe('error');
        expect(p.line).toBeGreaterThan(0);
        expect(p.en).toMatch(/not (filled in|written) yet\. What to write: .+\. Replace the whole \[ … \]/);
      }
    }
    // Nothing else is wrong with a fresh pair: no schema noise, same anchors in both languages.
    expect(problems.filter((p) => !files.includes(p.file)).map((p) => p.file)).toEqual([
      'content/published-urls.json',
    ]);
  });

  it('publishes once every placeholder is written and the addresses are listed', async () => {
    scaffold('sector', 'smart-factory');
    for (const file of files) {
      // As the guide says: each placeholder replaced, brackets and quotation marks included.
      const filled = readFileSync(path.join(root, file), 'utf8')
        .replace(/['"]\[(?:작성|write):[^\]]*\]['"]/g, 'A sentence long enough for the field.')
        .replace(/\[(?:작성|write):[^\]]*\]/g, 'Text.');
      writeFileSync(
        path.join(root, file),
        withFrontmatter(filled, (doc) => doc.set('sources', ['S90'])),
      );
    }
    execFileSync(process.execPath, ['scripts/update-urls.ts', root]);
    expect((await checkContent(root)).problems).toEqual([]);
  });

  it.each([
    ['an existing slug', ['sector', 'example'], "The sector 'example' already exists: content/sectors/"],
    ['a malformed slug', ['sector', 'Smart_Factory'], "'Smart_Factory' cannot be used as a slug"],
    ['a missing slug', ['sector'], 'Usage: npm run new -- sector <slug>'],
    ['an unknown kind', ['role', 'mayor'], 'Usage: npm run new -- sector <slug>'],
  ])('refuses %s and changes nothing', (_, args, message) => {
    const before = snapshot(root);
    const { code, output } = scaffold(...args);
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect(snapshot(root)).toEqual(before);
  });

  it('refuses an old address that now redirects', () => {
    writeFileSync(
      path.join(root, 'content/redirects.yaml'),
      '- from: /sectors/smart-factory/\n  to: /sectors/example/\n',
    );
    const { code, output } = scaffold('sector', 'smart-factory');
    expect(code).toBe(1);
    expect(output).toContain(
      '/sectors/smart-factory/ is an old address that now redirects to /sectors/example/',
    );
  });
});
