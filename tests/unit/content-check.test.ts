/**
 * The editors' checker, run on a temporary copy of the real content with one
 * mistake at a time: it must name the file and the field or line, explain the
 * fix in both languages, and leave every file exactly as it was.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { useContentCopy } from '../helpers/content-copy.ts';

const copy = useContentCopy();
const { edit, problemsAfter } = copy;

const declarationKo = 'content/declaration/ko/declaration.md';
const declarationEn = 'content/declaration/en/declaration.md';

describe('content check', () => {
  it('passes the real content', async () => {
    expect((await checkContent(copy.root)).problems).toEqual([]);
  });

  it('names the file and field of a missing title', async () => {
    const problems = await problemsAfter(() => edit(declarationKo, (t) => t.replace(/^title:.*\n/m, '')));
    expect(problems).toEqual([
      expect.objectContaining({
        file: declarationKo,
        field: 'title',
        ko: expect.stringContaining('title'),
        en: expect.stringContaining('missing'),
      }),
    ]);
  });

  it('suggests the right name for a misspelt field, on its line', async () => {
    const problems = await problemsAfter(() => edit(declarationKo, (t) => t.replace(/^title:/m, 'titel:')));
    const unknown = problems.find((p) => p.field === 'titel');
    expect(unknown).toMatchObject({
      file: declarationKo,
      line: 3,
      en: expect.stringContaining("Did you mean 'title'"),
    });
  });

  it('explains a wrong date with an example', async () => {
    const problems = await problemsAfter(() =>
      edit(declarationEn, (t) => t.replace(/^lastUpdated:.*$/m, 'lastUpdated: 25/11/2026')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: declarationEn,
        field: 'lastUpdated',
        en: expect.stringContaining('YYYY-MM-DD'),
      }),
    ]);
  });

  it('reports a language that does not match the folder', async () => {
    const problems = await problemsAfter(() =>
      edit(declarationEn, (t) => t.replace(/^lang: en$/m, 'lang: ko')),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: declarationEn, field: 'lang', line: 2 }));
  });

  it('explains the text field of the declaration: official needs its source, and only in Korean', async () => {
    const official = await problemsAfter(() =>
      edit(declarationKo, (t) => t.replace(/^ {2}kind: restatement$/m, '  kind: official')),
    );
    expect(official).toEqual([
      expect.objectContaining({
        file: declarationKo,
        field: 'text.officialSource',
        ko: expect.stringContaining('officialSource'),
        en: expect.stringContaining('the id of the source the official text was taken from'),
      }),
    ]);
    const inEnglish = await problemsAfter(() =>
      edit(declarationEn, (t) => t.replace(/^---\n\n/m, 'text:\n  kind: restatement\n---\n\n')),
    );
    expect(inEnglish).toContainEqual(
      expect.objectContaining({ file: declarationEn, field: 'text', ko: expect.stringContaining('한국어') }),
    );
  });

  it('shows the missing text field of the declaration as the browser editor writes it', async () => {
    const missing = await problemsAfter(() =>
      edit(declarationKo, (t) => t.replace(/^text:\n {2}kind: restatement\n/m, '')),
    );
    expect(missing).toEqual([
      expect.objectContaining({
        file: declarationKo,
        field: 'text',
        en: expect.stringContaining('Example: `text:` / `  kind: restatement`'),
      }),
    ]);
  });

  it('reports a heading without an anchor and anchors that differ between languages', async () => {
    const problems = await problemsAfter(() => edit(declarationEn, (t) => t.replace(' {#article-3}', '')));
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: declarationEn,
        en: expect.stringContaining("'3. Companies' has no anchor"),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: declarationEn,
        en: expect.stringContaining('Only in Korean: #article-3'),
      }),
    );
  });

  it('reports an anchor used twice on a page', async () => {
    const problems = await problemsAfter(() =>
      edit(declarationKo, (t) => t.replace('{#article-4}', '{#article-3}')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: declarationKo,
        en: expect.stringContaining("'#article-3' is already used"),
      }),
    );
  });

  it('reports a page present in one language only, as a warning', async () => {
    const problems = await problemsAfter(() => unlinkSync(copy.file(declarationEn)));
    expect(problems).toEqual([
      expect.objectContaining({
        file: declarationKo,
        severity: 'warning',
        en: expect.stringContaining(`English file is missing: ${declarationEn}`),
      }),
    ]);
  });

  it('names the Korean sector file and its title when the title line is removed', async () => {
    const file = 'content/sectors/ko/hologram.md';
    const problems = await problemsAfter(() => edit(file, (t) => t.replace(/^title:.*\n/m, '')));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'title',
        severity: 'error',
        ko: expect.stringContaining("'title'"),
      }),
    ]);
  });

  it('reports a deleted English sector file as missing in English', async () => {
    const problems = await problemsAfter(() => unlinkSync(copy.file('content/sectors/en/materials.md')));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/sectors/ko/materials.md',
        severity: 'warning',
        ko: expect.stringContaining('영어 파일이 없습니다: content/sectors/en/materials.md'),
        en: expect.stringContaining('English file is missing: content/sectors/en/materials.md'),
      }),
    ]);
  });

  it('reports unknown sources and figures', async () => {
    const problems = await problemsAfter(() =>
      edit(declarationKo, (t) => t.replace(/\bS0\b/, 'S404').replace('jobs-target', 'jobs-targets')),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: declarationKo,
        field: 'sources',
        en: expect.stringContaining("'S404'"),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: declarationKo,
        en: expect.stringContaining('<Figure id="jobs-targets" />'),
      }),
    );
  });

  it('checks the data files item by item', async () => {
    const unitLine =
      readFileSync('content/data/figures.yaml', 'utf8').split('\n').indexOf('  unit: jobs') + 1;
    const problems = await problemsAfter(() =>
      edit('content/data/figures.yaml', (t) =>
        t.replace('unit: jobs\n', 'unit: job\n').replace('sources: [S0, S1]', 'sources: [S0, S77]'),
      ),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content/data/figures.yaml', field: 'unit', line: unitLine }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/data/figures.yaml',
        field: 'sources',
        en: expect.stringContaining("'S77'"),
      }),
    );
  });

  it('asks for a list written on one line to be written as the browser editor writes it', async () => {
    const file = 'content/sectors/ko/hologram.md';
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.startsWith('sources:'));
    const rest = lines.slice(at + 1);
    const items = rest.slice(
      0,
      rest.findIndex((line) => !line.startsWith('  - ')),
    );
    const oneLine = `sources: [${items.map((line) => line.slice(4)).join(', ')}]`;
    const problems = await problemsAfter(() =>
      edit(file, () => [...lines.slice(0, at), oneLine, ...lines.slice(at + 1 + items.length)].join('\n')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        line: at + 1,
        field: 'sources',
        severity: 'warning',
        ko: expect.stringContaining('`sources:` / `  - '),
        en: expect.stringContaining('the browser editor'),
      }),
    ]);
  });

  it('asks for an empty list to be left out, and for quotation marks only where YAML needs them', async () => {
    const file = 'content/sectors/en/hologram.md';
    const problems = await problemsAfter(() =>
      edit(file, (t) =>
        t.replace(/^(summary: .*)$/m, '$1\naliases: []').replace(/^title: (.*)$/m, "title: '$1'"),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file, field: 'title', severity: 'warning', line: 3 }),
    ]);
    const onlyEmptyList = await problemsAfter(() =>
      edit(file, (t) => t.replace(/^title: '(.*)'$/m, 'title: $1')),
    );
    expect(onlyEmptyList).toEqual([
      expect.objectContaining({
        file,
        field: 'aliases',
        en: expect.stringContaining('Delete the empty list `aliases: []`'),
      }),
    ]);
  });

  it('reports broken YAML with its line', async () => {
    const problems = await problemsAfter(() =>
      edit(declarationKo, (t) => t.replace('lang: ko', 'lang: ko\ntitle "no colon"')),
    );
    expect(problems[0]).toMatchObject({ file: declarationKo, en: expect.stringContaining('not valid YAML') });
  });
});
