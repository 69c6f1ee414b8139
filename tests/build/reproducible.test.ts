/**
 * Two builds of the same commit give byte-identical output, and a build under
 * a sub-path keeps every link and anchor working. Both run in throwaway copies.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject, runScript } from '../../scripts/lib/project-copy.ts';

function fingerprint(dist: string): Map<string, string> {
  return new Map(
    globSync('**/*', { cwd: dist, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.relative(dist, path.join(entry.parentPath, entry.name));
        return [
          file,
          createHash('sha256')
            .update(readFileSync(path.join(dist, file)))
            .digest('hex'),
        ] as const;
      })
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

describe('reproducible build', () => {
  let root: string;
  beforeAll(() => {
    root = copyProject('reproducible-');
  });
  afterAll(() => removeProject(root));

  it('gives the same bytes twice', () => {
    const first = runScript(root, 'build');
    expect(first.code, first.output).toBe(0);
    const before = fingerprint(path.join(root, 'dist'));
    const second = runScript(root, 'build');
    expect(second.code, second.output).toBe(0);
    const after = fingerprint(path.join(root, 'dist'));
    expect(before.size).toBeGreaterThan(50);
    const changed = [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
    expect(changed).toEqual([]);
    expect([...before.keys()]).toEqual([...after.keys()]);
  }, 240_000);
});

describe('build under a sub-path', () => {
  const base = '/declaration-site/';
  let dist: string;
  let root: string;
  beforeAll(() => {
    root = copyProject('sub-path-');
    const build = runScript(root, 'build', [], { BASE_PATH: base });
    expect(build.code, build.output).toBe(0);
    dist = path.join(root, 'dist');
  }, 240_000);
  afterAll(() => removeProject(root));

  it('keeps every internal link and anchor inside the sub-path and resolving', () => {
    const pages = globSync('**/*.html', { cwd: dist });
    expect(pages.length).toBeGreaterThan(40);
    const broken: string[] = [];
    for (const page of pages) {
      const $ = cheerio.load(readFileSync(path.join(dist, page), 'utf8'));
      const pageUrl = new URL(`https://site.test${base}${page.replace(/index\.html$/, '')}`);
      $('a[href], link[href], script[src], img[src]').each((_, element) => {
        const target = $(element).attr('href') ?? $(element).attr('src') ?? '';
        const url = new URL(target, pageUrl);
        if (url.origin !== 'https://site.test' || url.protocol === 'mailto:') return;
        if (!url.pathname.startsWith(base)) {
          broken.push(`${page}: ${target} leaves the sub-path`);
          return;
        }
        const local = url.pathname.slice(base.length);
        const file = path.join(dist, local.endsWith('/') || local === '' ? `${local}index.html` : local);
        const exists = globSync(path.relative(dist, file), { cwd: dist }).length > 0;
        if (!exists) {
          broken.push(`${page}: ${target} (no file)`);
          return;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html')) {
          const $target = cheerio.load(readFileSync(file, 'utf8'));
          if ($target(`[id="${fragment}"]`).length === 0) broken.push(`${page}: ${target} (no #${fragment})`);
        }
      });
    }
    expect(broken).toEqual([]);
  });
});
