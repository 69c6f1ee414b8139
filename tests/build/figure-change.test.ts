/**
 * A figure is written once, in content/data/figures.yaml: change it there and
 * the home page and the press page both show the new number, in both
 * languages. Built in a temporary copy of the project, so the real content is
 * never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
const page = (sitePath: string) =>
  cheerio.load(readFileSync(path.join(root, 'dist', sitePath, 'index.html'), 'utf8'));
const text = (element: ReturnType<cheerio.CheerioAPI>) => element.text().replace(/\s+/g, ' ').trim();

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'figure-change-'));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'astro.config.mjs',
    'package.json',
    'tsconfig.json',
  ]) {
    if (existsSync(item)) cpSync(item, path.join(root, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'));
  const figures = path.join(root, 'content/data/figures.yaml');
  const original = readFileSync(figures, 'utf8');
  const changed = original.replace(/(- id: jobs-target\n\s+value: )30000\b/, '$140000');
  expect(changed).not.toBe(original);
  writeFileSync(figures, changed);
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'pipe' });
}, 180_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('changing the jobs target in the data', () => {
  it('changes the home pages', () => {
    const ko = page('ko')('.key-figures [data-figure="jobs-target"] data');
    const en = page('en')('.key-figures [data-figure="jobs-target"] data');
    expect(ko.attr('value')).toBe('40000');
    expect(text(ko)).toBe('4만 명 이상');
    expect(text(en)).toBe('40,000+ jobs');
  });

  it('changes the press pages, key figures and fact sheet alike', () => {
    for (const [locale, headline, running] of [
      ['ko', '4만 명 이상', '4만 명 이상'],
      ['en', '40,000+ jobs', 'at least 40,000 jobs'],
    ] as const) {
      const $ = page(`${locale}/press`);
      expect(text($('.key-figures [data-figure="jobs-target"] data'))).toBe(headline);
      expect(text($('.fact-sheet data[value="40000"]'))).toBe(running);
      expect($('main data[value="30000"]')).toHaveLength(0);
    }
  });
});
