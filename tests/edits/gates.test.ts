/**
 * The copy with every documented edit (tests/edits/setup.ts): `npm run check`
 * passes; a page published in Korean first is reported, and nothing else,
 * while the site still builds; and the copy passes the same unit, build and
 * browser tests as the real content (run inside the copy).
 */
import { describe, expect, inject, it } from 'vitest';

const copy = inject('editedCopy');
const show = (step: { name: string; code: number; output: string }) =>
  `${step.name} (exit ${step.code}):\n${step.output.slice(-6000)}`;

describe('the editing guide, followed on a copy of the project', () => {
  it('applies every edit it describes', () => {
    for (const note of copy.notes) console.warn(`edits: ${note}`);
    console.info(`edits: the edited copy, ${copy.root}, was checked, built and tested in ${copy.seconds} s`);
    expect(copy.edits, show(copy.check)).toBeDefined();
  });

  it('passes npm run check', () => {
    expect(copy.check.code, show(copy.check)).toBe(0);
  });

  it('reports a page written in Korean only, and nothing else', () => {
    const page = copy.koreanFirst?.file ?? '';
    expect(copy.checkKoreanFirst.code).toBe(1);
    expect(copy.checkKoreanFirst.problems, show(copy.checkKoreanFirst)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: page,
        en: expect.stringContaining(`English file is missing: ${page.replace('/ko/', '/en/')}`),
      }),
    ]);
  });

  it('builds with that page, showing the warning', () => {
    expect(copy.build.code, show(copy.build)).toBe(0);
    expect(copy.build.output).toContain(`⚠ 경고 · warning  ${copy.koreanFirst?.file}`);
  });

  it('passes the unit, build and browser tests the real content passes', () => {
    expect(copy.gates.failed, show(copy.gates)).toEqual([]);
    expect(copy.gates.code, show(copy.gates)).toBe(0);
    expect(copy.gates.passed).toBeGreaterThan(100);
  });
});
