/**
 * What the content check tells editors, in Korean and English: one catalogue
 * per language (`messages/ko.json`, `messages/en.json`), as `src/i18n/ui/`
 * is for the site's interface. The Korean catalogue defines the keys; the
 * English one must have exactly the same, or `astro check` fails.
 */
import ko from './messages/ko.json' with { type: 'json' };
import en from './messages/en.json' with { type: 'json' };

export type MessageKey = keyof typeof ko;
const catalogues: Record<'ko' | 'en', Record<MessageKey, string>> = { ko, en };

/** A message in both languages. */
export interface Text {
  ko: string;
  en: string;
}

/** A value for a `{slot}`: the same in both languages, or a text of its own in each. */
export type Value = string | number | Text;

const nothing: Text = { ko: '', en: '' };

/** `say('page.anchorTwice', { anchor, line })`: the message with its `{slots}` filled, in both languages. */
export function say(key: MessageKey, values: Record<string, Value> = {}): Text {
  const fill = (language: 'ko' | 'en') =>
    catalogues[language][key].replace(/\{(\w+)\}/g, (slot, name: string) => {
      const value = values[name];
      if (value === undefined) return slot;
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { ko: fill('ko'), en: fill('en') };
}

/** " Did you mean 'city'?", or nothing when there is no guess. */
export function didYouMean(guess: string | undefined, quoted = (text: string) => `'${text}'`): Text {
  return guess === undefined ? nothing : say('hint.didYouMean', { guess: quoted(guess) });
}

/** The name of a language in both languages: ko → 한국어 / Korean. */
export function languageName(language: 'ko' | 'en'): Text {
  return say(language === 'ko' ? 'language.ko' : 'language.en');
}

/** The schemas' own messages (`src/lib/content/schemas.ts`) are the English catalogue's; this is their Korean. */
export function inKorean(englishMessage: string): string {
  const key = (Object.keys(en) as MessageKey[]).find((candidate) => en[candidate] === englishMessage);
  return key ? ko[key] : englishMessage;
}

export const schemaMessages = {
  date: en['schema.date'],
  partialDate: en['schema.partialDate'],
  sourceId: en['schema.sourceId'],
  slug: en['schema.slug'],
  twoTerms: en['schema.twoTerms'],
  address: en['schema.address'],
  addressWithLanguage: en['schema.addressWithLanguage'],
  koreanPath: en['schema.koreanPath'],
  declarationTextMissing: en['schema.declarationTextMissing'],
  declarationTextKoreanOnly: en['schema.declarationTextKoreanOnly'],
  officialSourceMissing: en['schema.officialSourceMissing'],
  officialSourceUnused: en['schema.officialSourceUnused'],
  officialSourceNotListed: en['schema.officialSourceNotListed'],
};

export { nothing };
