/**
 * The site's two editions. Korean is the original; English is a translation.
 * Everything that depends on the list of languages reads it from here.
 */
export const locales = {
  ko: {
    /** Name of the language in itself, for the language switch. */
    label: '한국어',
    /** BCP 47 tag for `lang`, `hreflang` and the search index. */
    lang: 'ko',
    /** Open Graph locale. */
    ogLocale: 'ko_KR',
    /** Locale for dates and numbers. */
    intl: 'ko-KR',
  },
  en: {
    label: 'English',
    lang: 'en',
    ogLocale: 'en_GB',
    intl: 'en-GB',
  },
} as const satisfies Record<string, { label: string; lang: string; ogLocale: string; intl: string }>;

export type Locale = keyof typeof locales;

/** The original language; its text prevails over translations. */
export const defaultLocale: Locale = 'ko';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

/** The edition a reader switches to from `locale`. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'ko' ? 'en' : 'ko';
}
