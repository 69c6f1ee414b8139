/**
 * The edition `/` sends a reader to: the one they chose before, else the first
 * of their browser's languages that the site has; undefined leaves them on
 * the chooser.
 */
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { rememberedLocale, rememberLocale } from './preferred-locale.ts';

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

/**
 * On the language chooser (`/`): remember the edition a reader picks, and send
 * a reader with a known preference straight to it. Does nothing elsewhere.
 */
export function sendToPreferredEdition(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-edition-chooser] a[data-locale]')];
  if (links.length === 0) return;
  for (const link of links) link.addEventListener('click', () => rememberLocale(link.dataset.locale));
  const choice = preferredLocale(navigator.languages);
  const target = links.find((link) => link.dataset.locale === choice);
  if (target) window.location.replace(target.href);
}
