/**
 * Dates as the site writes them: ISO strings in the data (`2020-11-20`,
 * `2020-09`, `2019`), shown in the reader's language. Formatting runs in UTC
 * so a build anywhere gives the same text.
 */
import { locales, type Locale } from '../i18n/locales.ts';

export type DatePrecision = 'year' | 'month' | 'day';

export function precisionOf(isoDate: string): DatePrecision {
  if (/^\d{4}$/.test(isoDate)) return 'year';
  if (/^\d{4}-\d{2}$/.test(isoDate)) return 'month';
  if (/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return 'day';
  throw new Error(`"${isoDate}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD`);
}

const formats: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/** `2020-11-20` → "2020년 11월 20일" / "20 November 2020"; `2020-09` → "2020년 9월" / "September 2020". */
export function formatDate(isoDate: string, locale: Locale): string {
  const precision = precisionOf(isoDate);
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locales[locale].intl, formats[precision]).format(date);
}
