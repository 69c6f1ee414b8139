import { describe, expect, it } from 'vitest';
import {
  englishCount,
  englishNumber,
  figureParts,
  formatFigure,
  koreanNumber,
} from '../../src/lib/format-figures.ts';

describe('Korean numbers', () => {
  it.each([
    [1940, '1,940'],
    [30000, '3만'],
    [30555, '3만 555'],
    [6_000_000_000_000, '6조'],
    [6_678_500_000_000, '6조 6,785억'],
    [181_780_000_000, '1,817억 8,000만'],
    [100_000_000, '1억'],
  ])('%d → %s', (value, text) => {
    expect(koreanNumber(value)).toBe(text);
  });
});

describe('English numbers', () => {
  it.each([
    [30555, false, '30,555'],
    [6_678_500_000_000, true, '6.6785 trillion'],
    [550_000_000, true, '550 million'],
    [19_800_000_000, true, '19.8 billion'],
  ])('%d → %s', (value, scaled, text) => {
    expect(englishNumber(value, scaled)).toBe(text);
  });
});

describe('figures in running text', () => {
  it('writes the headline targets in each language', () => {
    const jobs = { value: 30000, unit: 'jobs', bound: 'at-least' } as const;
    const production = { value: 6e12, unit: 'krw', bound: 'at-least' } as const;
    expect(formatFigure(jobs, 'ko')).toBe('3만 명 이상');
    expect(formatFigure(jobs, 'en')).toBe('at least 30,000 jobs');
    expect(formatFigure(production, 'ko')).toBe('6조 원 이상');
    expect(formatFigure(production, 'en')).toBe('at least ₩6 trillion');
  });

  it('attaches counters to digits and spaces them after number words', () => {
    expect(formatFigure({ value: 21, unit: 'firms' }, 'ko')).toBe('21곳');
    expect(formatFigure({ value: 30555, unit: 'jobs' }, 'ko')).toBe('3만 555명');
    expect(formatFigure({ value: 68.9, unit: 'percent' }, 'ko')).toBe('68.9%');
    expect(formatFigure({ value: 1, unit: 'years' }, 'en')).toBe('one year');
    expect(formatFigure({ value: 21_570_000_000, unit: 'usd', bound: 'about' }, 'en')).toBe(
      'about $21.57 billion',
    );
  });
});

describe('counts in English running text', () => {
  it('spells out whole numbers under ten and keeps digits for the rest and for amounts', () => {
    expect(formatFigure({ value: 7, unit: 'fields' }, 'en')).toBe('seven fields');
    expect(formatFigure({ value: 3, unit: 'projects' }, 'en')).toBe('three projects');
    expect(formatFigure({ value: 10, unit: 'years' }, 'en')).toBe('10 years');
    expect(formatFigure({ value: 21, unit: 'firms' }, 'en')).toBe('21 firms');
    expect(formatFigure({ value: 7, unit: 'percent' }, 'en')).toBe('7%');
    expect(formatFigure({ value: 7, unit: 'fields' }, 'ko')).toBe('7개');
    expect(englishCount(9)).toBe('nine');
    expect(englishCount(2.5)).toBe('2.5');
  });

  it('keeps digits in headlines', () => {
    expect(
      figureParts({ value: 7, unit: 'fields' }, 'en')
        .map((part) => part.text)
        .join(''),
    ).toBe('7 fields');
  });
});

describe('figures as headlines', () => {
  const parts = (figure: Parameters<typeof figureParts>[0], locale: 'ko' | 'en') =>
    figureParts(figure, locale).map(({ kind, text }) => `${kind}:${text}`);

  it('sets the number apart from its unit and its bound in Korean', () => {
    expect(parts({ value: 30000, unit: 'jobs', bound: 'at-least' }, 'ko')).toEqual([
      'number:3만',
      'unit: 명',
      'bound: 이상',
    ]);
    expect(parts({ value: 10, unit: 'years' }, 'ko')).toEqual(['number:10', 'unit:년']);
    expect(parts({ value: 70, unit: 'people', bound: 'about' }, 'ko')).toEqual([
      'bound:약 ',
      'number:70',
      'unit:명',
    ]);
  });

  it('writes "+" for "or more" in English headlines, after the scale of an amount', () => {
    expect(parts({ value: 30000, unit: 'jobs', bound: 'at-least' }, 'en')).toEqual([
      'number:30,000',
      'bound:+',
      'unit: jobs',
    ]);
    expect(parts({ value: 6e12, unit: 'krw', bound: 'at-least' }, 'en')).toEqual([
      'unit:₩',
      'number:6',
      'unit: trillion',
      'bound:+',
    ]);
    expect(parts({ value: 6_678_500_000_000, unit: 'krw' }, 'en')).toEqual([
      'unit:₩',
      'number:6.6785',
      'unit: trillion',
    ]);
    expect(parts({ value: 2.57, unit: 'km2' }, 'en')).toEqual(['number:2.57', 'unit: km²']);
  });

  it('reads the same as running text in Korean', () => {
    const jobs = { value: 30000, unit: 'jobs', bound: 'at-least' } as const;
    expect(
      figureParts(jobs, 'ko')
        .map((part) => part.text)
        .join(''),
    ).toBe(formatFigure(jobs, 'ko'));
  });
});
