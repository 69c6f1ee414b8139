/**
 * The checker's rule that a page lists the sources of every figure it shows,
 * on a temporary copy of the tests' made-up site with one source taken away.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureSources } from '../../src/lib/content-check/rules/figure-source-rules.ts';
import { useContentCopy } from '../helpers/content-copy.ts';
import { withoutSource } from '../helpers/frontmatter.ts';

const copy = useContentCopy();
const { edit, problemsAfter } = copy;

describe('figures and page sources', () => {
  it('names the figure, its line, the missing source and the fix for <Figure id />', async () => {
    const file = 'content/sectors/en/example.md';
    const problems = await problemsAfter(() => edit(file, withoutSource('S92')));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'sources',
        severity: 'error',
        ko: expect.stringMatching(/'example-budget'.*S92.*` {2}- S92`$/),
        en: expect.stringMatching(/'example-budget'.*S92.*` {2}- S92`$/),
      }),
    ]);
    const figureLine =
      readFileSync(copy.file(file), 'utf8')
        .split('\n')
        .findIndex((line) => line.includes('<Figure id="example-budget" />')) + 1;
    expect(problems[0]?.line).toBe(figureLine);
  });

  it('counts the figures of <KeyFigures group /> and of the blocks that show targets', async () => {
    const file = 'content/pages/ko/press.mdx';
    const figureOf = (problem: { ko: string }) => problem.ko.match(/'([a-z0-9-]+)'/)?.[1];
    const keyFigures = await problemsAfter(() => edit(file, withoutSource('S92')));
    expect(keyFigures.map(figureOf)).toEqual(['example-firms-2030']);
    // S92 stays out: the fact sheet's target adds itself to what is missing.
    const factSheet = await problemsAfter(() => edit(file, withoutSource('S91')));
    expect(factSheet.map(figureOf)).toEqual(['example-jobs', 'example-firms-2030']);
  });

  it('reads the figures in timeline texts for <Timeline />', () => {
    const data = figureSources(
      [
        { id: 'a', group: 'target', sources: ['S1'] },
        { id: 'b', group: 'context', sources: ['S2'] },
      ],
      [{ id: 'x', detail: { ko: '<Figure id="b" />', en: '<Figure id="b" />' } }],
    );
    expect(data.blocks).toEqual({ FactSheet: ['a'], Timeline: ['b', 'b'] });
    expect(data.groups.get('context')).toEqual(['b']);
  });
});
