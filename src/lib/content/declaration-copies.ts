/**
 * The declaration as a file in one language and format, in the fixed layout
 * of `lib/markdown/text-copies.ts`, as served by `/ko/declaration.txt`,
 * `/ko/declaration.md` and the English ones.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { markdownCopy, plainTextCopy } from '../markdown/text-copies.ts';
import { declarationText } from './declaration-text.ts';
import { localizedPage } from './entries.ts';
import { sourceText } from './page-text.ts';
import { citedSources } from './sources.ts';

const formats = {
  txt: { type: 'text/plain; charset=utf-8', write: plainTextCopy },
  md: { type: 'text/markdown; charset=utf-8', write: markdownCopy },
} as const;

/** The file's text, exactly as served (its SHA-256 is published on the press page). */
export async function declarationCopyText(locale: Locale, format: keyof typeof formats): Promise<string> {
  const { entry } = await localizedPage('declaration', 'declaration', locale);
  const sources = await citedSources(entry.data.sources, entry.filePath ?? entry.id);
  const t = useTranslations(locale);
  const text = await declarationText();
  return formats[format].write({
    title: entry.data.title,
    notice: t(`text.notice.${text.kind}`, { source: text.officialSource?.outlet[locale] ?? '' }),
    text: await sourceText(entry, locale),
    sources: {
      heading: t('page.sources'),
      // The id of the sources list on the page itself (SourceList.astro).
      anchor: 'page-sources',
      items: sources.map((source) => ({ ...source, outlet: source.outlet[locale] })),
    },
  });
}

export async function declarationCopy(locale: Locale, format: keyof typeof formats): Promise<Response> {
  return new Response(await declarationCopyText(locale, format), {
    headers: { 'Content-Type': formats[format].type },
  });
}
