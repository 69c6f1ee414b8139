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

/** Making an Intl.DateTimeFormat is slow; a build formats thousands of dates with a handful of them. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(isoDate: string, locale: Locale) {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const precision = precisionOf(isoDate);
  const key = `${locale} ${precision}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].intl, formats[precision]);
    formatters.set(key, format);
  }
  return { date, format };
}

/** `2020-11-20` → "2020년 11월 20일" / "20 November 2020"; `2020-09` → "2020년 9월" / "September 2020". */
export function formatDate(isoDate: string, locale: Locale): string {
  const { date, format } = formatter(isoDate, locale);
  return format.format(date);
}

export interface DatePiece {
  text: string;
  /** The year with the words and spaces that belong to it ("2020년 ", " 2020"). */
  isYear: boolean;
}

/**
 * The formatted date cut into its year and the rest, in reading order:
 * "2020년 " + "11월 20일", "20 November" + " 2020". A timeline that shows the
 * year once for several events hides the year piece on screen only.
 */
export function splitYear(isoDate: string, locale: Locale): DatePiece[] {
  const { date, format } = formatter(isoDate, locale);
  const parts = format.formatToParts(date);
  const at = parts.findIndex((part) => part.type === 'year');
  // The literal between the year and the rest goes with the year.
  const from = at > 0 && parts[at - 1]?.type === 'literal' ? at - 1 : at;
  const to = at === 0 && parts[1]?.type === 'literal' ? 2 : at + 1;
  const text = (slice: Intl.DateTimeFormatPart[]) => slice.map((part) => part.value).join('');
  return [
    { text: text(parts.slice(0, from)), isYear: false },
    { text: text(parts.slice(from, to)), isYear: true },
    { text: text(parts.slice(to)), isYear: false },
  ].filter((piece) => piece.text !== '');
}
