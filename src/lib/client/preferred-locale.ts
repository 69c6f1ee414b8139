/**
 * The language a reader chose last, kept in localStorage so `/` can send a
 * returning reader straight to their edition. Storage may be unavailable
 * (privacy modes); then nothing is remembered and nothing breaks.
 */
import { isLocale, type Locale } from '../../i18n/locales.ts';

const storageKey = 'preferred-locale';

export function rememberLocale(locale: string | undefined): void {
  if (!isLocale(locale)) return;
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Storage is blocked; the choice is simply not remembered.
  }
}

export function rememberedLocale(): Locale | undefined {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
