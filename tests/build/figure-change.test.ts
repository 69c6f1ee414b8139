/**
 * A figure is written once, in content/data/figures.yaml: change it there and
 * the home page, the press page and the text of the declaration all show the
 * new number, in both languages. Built in a temporary copy of the project, so the real content is
 * never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, removeProject, runScript } from '../../scripts/lib/project-copy.ts';

let root: string;
const page = (sitePath: string) =>
  cheerio.load(readFileSync(path.join(root, 'dist', sitePath, 'index.html'), 'utf8'));
const text = (element: ReturnType<cheerio.CheerioAPI>) => element.text().replace(/\s+/g, ' ').trim();

beforeAll(() => {
  root = copyProject('figure-change-');
  const figures = path.join(root, 'content/data/figures.yaml');
  const original = readFileSync(figures, 'utf8');
  const changed = original.replace(/(- id: jobs-target\n\s+value: )30000\b/, '$140000');
  expect(changed).not.toBe(original);
  writeFileSync(figures, changed);
  const build = runScript(root, 'build');
  expect(build.code, build.output).toBe(0);
}, 180_000);

afterAll(() => removeProject(root));

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

  it('changes the text of the declaration, a Markdown page', () => {
    expect(text(page('ko/declaration')('main .prose data[value="40000"]'))).toBe('4만 명 이상');
    expect(text(page('en/declaration')('main .prose data[value="40000"]'))).toBe('at least 40,000 jobs');
  });
});
