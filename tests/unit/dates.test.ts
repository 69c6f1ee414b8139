import { describe, expect, it } from 'vitest';
import { formatDate, precisionOf } from '../../src/lib/dates.ts';

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
