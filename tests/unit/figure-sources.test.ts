/**
 * The checker's rule that a page lists the sources of every figure it shows,
 * on a temporary copy of the real content with one source taken away.
 */
import { describe, expect, it } from 'vitest';
import { figureSources } from '../../src/lib/content-check/rules/figure-source-rules.ts';
import { useContentCopy } from '../helpers/content-copy.ts';

const { edit, problemsAfter } = useContentCopy();

/** Removes one id from the `sources:` list of a page's frontmatter (one id a line). */
const withoutSource = (id: string) => (text: string) =>
  text.replace(new RegExp(`^(sources:\\n(?: {2}- .*\\n)*?) {2}- ${id}\\n`, 'm'), '$1');

describe('figures and page sources', () => {
  it('names the figure, its line, the missing source and the fix for <Figure id />', async () => {
    const file = 'content/sectors/en/wearables.md';
    const problems = await problemsAfter(() => edit(file, withoutSource('S19b')));
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'sources',
        severity: 'error',
        ko: expect.stringMatching(/'wearables-centre-budget'.*S19b.*: ` {2}- S19b`$/),
        en: expect.stringMatching(/'wearables-centre-budget'.*S19b.*: ` {2}- S19b`$/),
      }),
    ]);
    expect(problems[0]?.line).toBeGreaterThan(10);
  });

  it('counts the figures of <KeyFigures group /> and of the blocks that show targets', async () => {
    const file = 'content/pages/ko/press.mdx';
    const problems = await problemsAfter(() => edit(file, withoutSource('S9')));
    expect(problems.map((problem) => problem.ko.match(/'([a-z0-9-]+)'/)?.[1])).toEqual([
      'jobs-2030',
      'production-2030',
      'value-added-2030',
      'ip-2030',
      'strong-firms-2030',
    ]);
    const factSheet = await problemsAfter(() => edit(file, withoutSource('S1')));
    expect(factSheet.map((problem) => problem.ko.match(/'([a-z0-9-]+)'/)?.[1])).toEqual(
      expect.arrayContaining(['jobs-target', 'production-target', 'target-horizon']),
    );
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
