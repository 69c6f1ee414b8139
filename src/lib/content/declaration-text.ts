/**
 * What the declaration page holds, read from the one field that says so: `text`
 * in the Korean declaration's frontmatter (schemas.ts). Everything that names
 * the text (notices, labels, file names, citations, JSON-LD) asks here.
 */
import { defaultLocale } from '../../i18n/locales.ts';
import { localizedPage } from './entries.ts';
import type { DeclarationTextKind, SourceData } from './schemas.ts';
import { citedSources } from './sources.ts';

export interface DeclarationText {
  kind: DeclarationTextKind;
  /** Where the official text was taken from (kind `official` only). */
  officialSource?: SourceData | undefined;
}

export async function declarationText(): Promise<DeclarationText> {
  const { entry } = await localizedPage('declaration', 'declaration', defaultLocale);
  const file = entry.filePath ?? entry.id;
  const text = entry.data.text;
  if (!text) throw new Error(`${file}: add text: { kind: restatement } to the frontmatter`);
  if (!text.officialSource) return { kind: text.kind };
  const [officialSource] = await citedSources([text.officialSource], file);
  return { kind: text.kind, officialSource };
}

/** The name a downloaded copy of the declaration is saved under. */
export function declarationFileName(kind: DeclarationTextKind, locale: string, format: string): string {
  const what = kind === 'official' ? 'official-text' : 'restatement';
  const edition = locale === defaultLocale ? locale : `${locale}-translation`;
  return `new-electronics-declaration-${what}-${edition}.${format}`;
}
