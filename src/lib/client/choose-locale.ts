/**
 * The edition `/` sends a reader to: the one they chose before, else the first
 * of their browser's languages that the site has; undefined leaves them on
 * the chooser.
 */
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { rememberedLocale } from './preferred-locale.ts';

export function localeFromLanguages(languages: readonly string[]): Locale | undefined {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = localeCodes.find((code) => code === primary);
    if (match) return match;
  }
  return undefined;
}

export function preferredLocale(languages: readonly string[]): Locale | undefined {
  return rememberedLocale() ?? localeFromLanguages(languages);
}
