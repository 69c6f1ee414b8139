/**
 * The site's interface strings, one table per language (`ui/ko.json`,
 * `ui/en.json`). The Korean table defines the keys; the English table must
 * have exactly the same ones, so a missing translation fails `astro check`.
 */
import ko from './ui/ko.json' with { type: 'json' };
import en from './ui/en.json' with { type: 'json' };
import type { Locale } from './locales.ts';

export type UiKey = keyof typeof ko;
export type UiStrings = Record<UiKey, string>;

export const dictionaries = { ko, en } satisfies Record<Locale, UiStrings>;

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** `t('heading.linkLabel', { heading })` fills `{heading}` in the string. */
export function useTranslations(locale: Locale): Translate {
  const table: UiStrings = dictionaries[locale];
  return (key, vars) =>
    table[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      vars && Object.hasOwn(vars, name) ? String(vars[name]) : whole,
    );
}
