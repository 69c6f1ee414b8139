/** Made by src/lib/search/strings-module.ts from ui/<locale>.json. */
declare module 'virtual:search-strings' {
  const strings: Record<import('../../../i18n/locales.ts').Locale, import('./search-box.ts').SearchStrings>;
  export default strings;
}
