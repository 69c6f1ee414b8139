/**
 * The format the browser editor writes the data files in: what did not
 * change keeps its bytes (comments, blank lines, quotes, one-line
 * `{ ko, en }`), one changed field changes one line, and a new item looks
 * like its neighbours. The CMS trims what a format returns and adds one line
 * break; `write` does the same.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keptYamlFiles } from '../../src/lib/cms/config.ts';
import { commentKeepingYaml } from '../../src/lib/cms/yaml-format.ts';

type Item = Record<string, unknown>;

/** Reads a file as the CMS hands it over (trimmed) and writes a value back as the CMS stores it. */
function open(text: string) {
  const format = commentKeepingYaml();
  const value = format.fromFile(text.trim()) as Item[];
  const item = (index: number): Item => {
    const found = value[index];
    if (!found) throw new Error(`the test's file has no item ${index}`);
    return found;
  };
  return { value, item, write: (next: unknown) => `${format.toFile(next).trim()}\n` };
}

const changedLines = (before: string, after: string) => {
  const a = before.split('\n');
  const b = after.split('\n');
  return b.filter((line, i) => line !== a[i]);
};

const fixture = `# Figures. Comments stay where they are.

# The headline targets.
- id: example-jobs
  value: 30000
  unit: jobs
  bound: at-least
  label: { ko: 고용 증대, en: employment growth }
  sources: [S0, S1]
- id: horizon # a comment after a value
  value: 10
  unit: years
  label:
    ko: 목표 기간
    en: 'time frame, in years'
  sources: [S0]
`;

describe('the comment-keeping YAML format', () => {
  it.each(keptYamlFiles)('gives back %s byte for byte when nothing changed', (file) => {
    const text = readFileSync(file, 'utf8');
    const { value, write } = open(text);
    expect(write(structuredClone(value))).toBe(text);
  });

  it('changes one line for one changed field, and keeps every comment', () => {
    const { value, item, write } = open(fixture);
    (item(1).label as Item).en = 'time frame';
    const after = write(value);
    // The value keeps its quotation marks: only what changed changes.
    expect(changedLines(fixture, after)).toEqual(["    en: 'time frame'"]);
    expect(after).toContain('# The headline targets.\n');
    expect(after).toContain('- id: horizon # a comment after a value\n');
  });

  it('adds an item at the top under the file’s own comment, written like its neighbour, moving nothing else', () => {
    const { value, write } = open(fixture);
    value.unshift({
      id: 'new',
      value: 5,
      unit: 'firms',
      bound: '',
      label: { ko: '가', en: 'a' },
      sources: ['S2'],
    });
    expect(write(value)).toBe(
      '# Figures. Comments stay where they are.\n\n' +
        '- id: new\n  value: 5\n  unit: firms\n  label: { ko: 가, en: a }\n  sources: [S2]\n' +
        fixture.slice(fixture.indexOf('# The headline targets.')),
    );
  });

  it('removes an item with its lines only, and keeps the file’s own comment when the first item goes', () => {
    const { value, write } = open(fixture);
    value.splice(1, 1);
    expect(write(value)).toBe(fixture.slice(0, fixture.indexOf('- id: horizon')));
    const first = open(fixture);
    first.value.splice(0, 1);
    expect(first.write(first.value)).toBe(
      `# Figures. Comments stay where they are.\n\n${fixture.slice(fixture.indexOf('- id: horizon'))}`,
    );
  });

  it('keeps an item’s comments and quotation marks when its id is edited', () => {
    const { value, item, write } = open(fixture);
    item(1).id = 'time-frame';
    expect(changedLines(fixture, write(value))).toEqual(['- id: time-frame # a comment after a value']);
    const top = open(fixture);
    top.item(0).id = 'jobs';
    expect(changedLines(fixture, top.write(top.value))).toEqual(['- id: jobs']);
  });

  it('writes a new item without the fields its neighbour leaves out, and a year as a number', () => {
    const text = '- id: a\n  date: 2019\n  title: { ko: 가, en: a }\n  sources: [S0]\n';
    const { value, write } = open(text);
    value.push({
      id: 'b',
      date: '2021',
      title: { ko: '나', en: 'b' },
      detail: { ko: '', en: '' },
      highlight: false,
      sources: ['S1'],
    });
    expect(write(value)).toBe(`${text}- id: b\n  date: 2021\n  title: { ko: 나, en: b }\n  sources: [S1]\n`);
  });

  it('leaves out what the editor sends for a field left empty, and keeps a typed year a number', () => {
    const { value, item, write } = open('- id: a\n  date: 2019\n  sources: [S0]\n');
    Object.assign(item(0), { date: '2020', detail: { ko: '', en: '' }, highlight: false, pages: [] });
    expect(write(value)).toBe('- id: a\n  date: 2020\n  sources: [S0]\n');
  });

  it('adds a new field where the editor puts it: after the field before it', () => {
    const { value, item, write } = open(fixture);
    const { id, value: number, unit, label, sources } = item(1);
    value[1] = { id, value: number, unit, bound: 'about', label, sources };
    expect(write(value)).toContain('  unit: years\n  bound: about\n  label:\n');
  });

  it('keeps a list file that has only comments as it is', () => {
    const text = '# No redirect yet.\n#   - from: /a/\n#     to: /b/\n';
    const { write } = open(text);
    expect(write([])).toBe(text);
  });
});
