/**
 * The language switch with JavaScript: the link carries the reader's current
 * `#anchor` (anchors are the same in both languages, so the reader keeps their
 * place) and remembers the choice for `/`.
 */
import { rememberLocale } from './preferred-locale.ts';

export function enhanceLanguageSwitch(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-language-switch]')) {
    link.addEventListener('click', () => {
      rememberLocale(link.dataset.languageSwitch);
      link.hash = window.location.hash;
    });
  }
}
