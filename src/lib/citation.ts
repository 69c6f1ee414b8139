/**
 * The "cite this" text of a page or of one part of the declaration, in the
 * page's language. The date the reader accessed the page is only known in the
 * browser, so the text comes in two halves around it: the page shows a
 * placeholder there, which the page script replaces with today's date. The
 * declaration is cited for what its page holds: this site's restatement, or
 * the official text and where it was taken from.
 */
import { locales, type Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import type { DeclarationTextKind } from './content/schemas.ts';
import { formatDate } from './dates.ts';

interface CommonFacts {
  locale: Locale;
  siteName: string;
  /** Absolute URL, with the `#anchor` when citing one part. */
  url: string;
  title: string;
}

export type CitationFacts = CommonFacts &
  (
    | {
        kind: 'declaration';
        adopted: string;
        /** Names of the bodies that adopted the declaration, in order. */
        parties: readonly string[];
        text: DeclarationTextKind;
        /** Name of the source of the official text (kind `official`). */
        officialSource?: string | undefined;
        part?: string | undefined;
      }
    | { kind: 'page'; lastUpdated: string }
  );

export interface Citation {
  /** Text before the access date. */
  before: string;
  /** Text after the access date. */
  after: string;
}

/** "경상북도·구미시·구미전자정보기술원" / "Gyeongsangbuk-do, Gumi City and …". */
const englishList = new Intl.ListFormat(locales.en.intl, { type: 'conjunction' });

export function partyNames(names: readonly string[], locale: Locale): string {
  return locale === 'ko' ? names.join('·') : englishList.format(names);
}

export function citation(facts: CitationFacts, t: Translate): Citation {
  const common = {
    site: facts.siteName,
    title: facts.title,
    url: facts.url,
  };
  const text =
    facts.kind === 'page'
      ? t('cite.pageText', { ...common, updated: formatDate(facts.lastUpdated, facts.locale) })
      : t(facts.part ? `text.citationPart.${facts.text}` : `text.citation.${facts.text}`, {
          ...common,
          parties: partyNames(facts.parties, facts.locale),
          adopted: formatDate(facts.adopted, facts.locale),
          part: facts.part ?? '',
          source: facts.officialSource ?? '',
        });
  const [before = '', after = ''] = text.split('{accessed}');
  return { before, after };
}
