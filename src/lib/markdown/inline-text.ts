/**
 * A short text from a data file (a timeline detail, a glossary definition, a
 * note) as inline HTML: Markdown emphasis and links work, `<Figure id="…" />`
 * shows the figure, `![](icon:name)` the icon, and on English pages Korean
 * words get `lang="ko"`.
 */
import { markdownToHtml } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { basePath } from '../../i18n/routing.ts';
import { markdownFeatures, markKoreanInEnglish, pointIcons, prefixBasePath } from './features.ts';
import { insertFigures, type FigureText } from './figure-tags.ts';

export function renderInlineText(
  text: string,
  figures: ReadonlyMap<string, FigureText>,
  locale: Locale,
): string {
  // What would start a block (`1. …` a list, `- …` a bullet) stays text.
  const inline = insertFigures(text, figures)
    .replace(/^(\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^([-+*#]\s|>)/, '\\$1');
  const result = markdownToHtml(inline, {
    features: markdownFeatures,
    hastPlugins: [pointIcons, prefixBasePath(basePath), locale === 'en' && markKoreanInEnglish],
  });
  if (result instanceof Promise) throw new Error('The plugins of inline texts must be synchronous');
  return result.html.trim().replace(/^<p>|<\/p>$/g, '');
}
