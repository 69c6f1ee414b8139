import { describe, expect, it } from 'vitest';
import { formatDate, precisionOf, splitYear } from '../../src/lib/dates.ts';

describe('dates', () => {
  it('formats each precision in each language', () => {
    expect(formatDate('2020-11-20', 'ko')).toBe('2020년 11월 20일');
    expect(formatDate('2020-11-20', 'en')).toBe('20 November 2020');
    expect(formatDate('2020-09', 'ko')).toBe('2020년 9월');
    expect(formatDate('2020-09', 'en')).toBe('September 2020');
    expect(formatDate('1969', 'en')).toBe('1969');
  });

  it('rejects anything else with the value in the message', () => {
    expect(precisionOf('2019-07')).toBe('month');
    expect(() => formatDate('20 Nov 2020', 'en')).toThrow(/20 Nov 2020/);
  });
});

describe('a date cut at its year', () => {
  const pieces = (date: string, locale: 'ko' | 'en') =>
    splitYear(date, locale).map(({ text, isYear }) => (isYear ? `[${text}]` : text));

  it.each([
    ['2020-11-20', 'ko', ['[2020년 ]', '11월 20일']],
    ['2020-11-20', 'en', ['20 November', '[ 2020]']],
    ['2020-09', 'ko', ['[2020년 ]', '9월']],
    ['2020-09', 'en', ['September', '[ 2020]']],
    ['1969', 'ko', ['[1969년]']],
    ['1969', 'en', ['[1969]']],
  ] as const)('%s in %s', (date, locale, expected) => {
    expect(pieces(date, locale)).toEqual(expected);
    expect(
      splitYear(date, locale)
        .map((piece) => piece.text)
        .join(''),
    ).toBe(formatDate(date, locale));
  });
});
