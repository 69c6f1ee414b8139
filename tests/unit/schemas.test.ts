import { describe, expect, it } from 'vitest';
import {
  declarationSchema,
  figureSchema,
  pageSchema,
  sectorSchema,
  sourceSchema,
} from '../../src/lib/content/schemas.ts';

const valid = {
  lang: 'ko',
  title: '예시 분야',
  description: '예시 분야에 대해 보도된 내용을 정리했습니다.',
  lastUpdated: new Date('2026-11-25'),
  sources: ['S90'],
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('page schemas', () => {
  it('accepts a complete page and normalises its date', () => {
    const page = pageSchema.parse(valid);
    expect(page.lastUpdated).toBe('2026-11-25');
  });

  it('accepts a date written as a quoted string', () => {
    expect(pageSchema.parse({ ...valid, lastUpdated: '2026-11-25' }).lastUpdated).toBe('2026-11-25');
  });

  it('names a missing field', () => {
    const { title: _omitted, ...withoutTitle } = valid;
    expect(issuePaths(pageSchema.safeParse(withoutTitle))).toEqual(['title']);
  });

  it('rejects an unknown (misspelt) field', () => {
    const result = pageSchema.safeParse({ ...valid, titel: 'x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects a wrong type, a bad date, an unknown language and a malformed source id', () => {
    expect(issuePaths(pageSchema.safeParse({ ...valid, title: 3 }))).toEqual(['title']);
    expect(issuePaths(pageSchema.safeParse({ ...valid, lastUpdated: 'yesterday' }))).toEqual(['lastUpdated']);
    expect(issuePaths(pageSchema.safeParse({ ...valid, lang: 'kr' }))).toEqual(['lang']);
    expect(issuePaths(pageSchema.safeParse({ ...valid, sources: ['source 1'] }))).toEqual(['sources.0']);
  });

  it('says once, in the Korean declaration, what the declaration page holds', () => {
    expect(declarationSchema.parse({ ...valid, text: { kind: 'restatement' } }).text).toEqual({
      kind: 'restatement',
    });
    expect(
      declarationSchema.safeParse({
        ...valid,
        text: { kind: 'official', officialSource: 'S90' },
      }).success,
    ).toBe(true);
    expect(issuePaths(declarationSchema.safeParse(valid))).toEqual(['text']);
    expect(issuePaths(declarationSchema.safeParse({ ...valid, text: { kind: 'original' } }))).toEqual([
      'text.kind',
    ]);
    expect(issuePaths(declarationSchema.safeParse({ ...valid, text: { kind: 'official' } }))).toEqual([
      'text.officialSource',
    ]);
    expect(
      issuePaths(declarationSchema.safeParse({ ...valid, text: { kind: 'official', officialSource: 'S9' } })),
    ).toEqual(['text.officialSource']);
    expect(
      issuePaths(declarationSchema.safeParse({ ...valid, lang: 'en', text: { kind: 'restatement' } })),
    ).toEqual(['text']);
    expect(declarationSchema.safeParse({ ...valid, lang: 'en' }).success).toBe(true);
  });

  it('requires the sector fields', () => {
    expect(issuePaths(sectorSchema.safeParse(valid)).sort()).toEqual(['order', 'summary']);
  });
});

describe('data schemas', () => {
  it('checks sources and figures', () => {
    expect(
      sourceSchema.safeParse({ id: 'S90', outlet: { ko: '예시일보', en: 'Example Daily' }, url: 'ftp://x' })
        .success,
    ).toBe(false);
    expect(
      figureSchema.safeParse({
        id: 'jobs',
        value: 30000,
        unit: 'jobs',
        group: 'target',
        label: { ko: '고용', en: 'jobs' },
        sources: [],
      }).success,
    ).toBe(false);
  });
});
