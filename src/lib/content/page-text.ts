/**
 * The text of a Markdown page: rendered, as the page shows it, or as source,
 * for the text copies and the open data.
 */
import { render } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { insertFigures } from '../markdown/figure-tags.ts';
import { splitSource, type SourceText } from '../markdown/markdown-source.ts';
import type { PageText } from '../markdown/citable-passages.ts';
import type { PageEntry } from './entries.ts';
import { figureTexts } from './figure-data.ts';

/** The lead and passages of a Markdown page, rendered by the site's pipeline. */
export async function renderedText(entry: PageEntry): Promise<PageText> {
  const { remarkPluginFrontmatter } = await render(entry);
  const text = remarkPluginFrontmatter.pageText as PageText | undefined;
  if (!text) throw new Error(`${entry.filePath ?? entry.id} is not a Markdown page, so it has no passages`);
  return text;
}

/** The lead and passages of a Markdown page as its editors wrote them, with each figure as its text. */
export async function sourceText(entry: PageEntry, locale: Locale): Promise<SourceText> {
  try {
    return splitSource(insertFigures(entry.body ?? '', await figureTexts(locale), 'text'));
  } catch (error) {
    throw new Error(`${entry.filePath ?? entry.id}: ${(error as Error).message}`, { cause: error });
  }
}
