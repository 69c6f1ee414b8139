/** Splits a content entry into passages, with mistakes reported against the editor's file and line. */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../i18n/locales.ts';
import { getCollection } from 'astro:content';
import { routes } from '../../i18n/routing.ts';
import { linkFirstUse } from '../glossary.ts';
import { PassageError, splitPassages, type PassageSplit } from '../markdown/passages.ts';
import type { PageEntry } from './entries.ts';
import { figureTexts } from './figures.ts';

/** Lines taken by the frontmatter, so a body line can be named as a file line. */
function bodyLineOffset(filePath: string, body: string): number {
  const file = readFileSync(filePath, 'utf8');
  const start = file.indexOf(body.slice(0, 200));
  return start > 0 ? file.slice(0, start).split('\n').length - 1 : 0;
}

export interface PassageOptions {
  /** Link the first use of each glossary term to the glossary page. */
  linkGlossary?: boolean;
  /** Figures as bare text rather than `<data>` elements (for plain-text copies). */
  figuresAsText?: boolean;
}

export async function entryPassages(entry: PageEntry, locale: Locale, options: PassageOptions = {}): Promise<PassageSplit> {
  const body = entry.body ?? '';
  const glossary = options.linkGlossary ? (await getCollection('glossary')).map((term) => term.data) : [];
  const plugins = options.linkGlossary
    ? [linkFirstUse(glossary, locale, routes.page(locale, 'glossary'), new Set())]
    : [];
  try {
    return splitPassages(body, {
      figures: await figureTexts(locale),
      figuresAsText: options.figuresAsText ?? false,
      locale,
      plugins,
    });
  } catch (error) {
    if (error instanceof PassageError && entry.filePath) {
      const line = error.line + bodyLineOffset(entry.filePath, body);
      throw new Error(`${entry.filePath}:${line}: ${error.message.replace(/^line \d+: /, '')}`, {
        cause: error,
      });
    }
    throw error;
  }
}
