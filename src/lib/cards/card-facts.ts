/**
 * The facts along the bottom of every card of a language (the declaration's
 * date and the bodies that adopted it). Pages give the same pairs to link
 * previews as Twitter labels (`PageMeta.astro`).
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { partyNames } from '../citation.ts';
import { declarationEvent, parties } from '../content/data.ts';
import { formatDate } from '../dates.ts';

export async function cardFacts(locale: Locale): Promise<{ label: string; value: string }[]> {
  const t = useTranslations(locale);
  const event = await declarationEvent();
  const adopters = (await parties()).filter((party) => party.adopted).map((party) => party.name[locale]);
  return [
    { label: t('card.adopted'), value: formatDate(event.adopted, locale) },
    { label: t('footer.parties'), value: partyNames(adopters, locale) },
  ];
}
