/**
 * `<Figure id="jobs-target" />`, the one tag editors write in Markdown: a
 * number from content/data/figures.yaml, written once and shown in each
 * page's language. The tag is replaced in the Markdown source, before it is
 * read, so a figure reads as text wherever it stands (a line that starts with
 * `<Figure` would otherwise be an HTML block, Markdown's rule for `<figure>`).
 */
import { fitParticle, particleAfterTag } from '../korean-particles.ts';

export const figureTag = /<Figure\s+id="([^"]*)"\s*\/>/g;

/** A figure as a page shows it: its number and its text in the page's language. */
export interface FigureText {
  value: number;
  text: string;
}

/**
 * Replaces each figure tag with the figure's text, wrapped in `<data value>`
 * for pages or bare (`as: 'text'`) for the text copies and open data, and fits
 * a Korean particle written after the tag to that text ("21곳이", "7개가").
 * An unknown id is an error naming its line.
 */
export function insertFigures(
  markdown: string,
  figures: ReadonlyMap<string, FigureText>,
  as: 'element' | 'text' = 'element',
): string {
  let result = '';
  let last = 0;
  for (const match of markdown.matchAll(figureTag)) {
    const id = match[1] ?? '';
    const figure = figures.get(id);
    if (!figure) {
      const line = markdown.slice(0, match.index).split('\n').length;
      throw new Error(
        `line ${line}: <Figure id="${id}" /> names no figure in content/data/figures.yaml (known: ${[...figures.keys()].join(', ')})`,
      );
    }
    const after = match.index + match[0].length;
    const particle = particleAfterTag.exec(markdown.slice(after))?.[1];
    const fitted = particle ? fitParticle(figure.text, particle) : '';
    const shown = as === 'text' ? figure.text : `<data value="${figure.value}">${figure.text}</data>`;
    result += `${markdown.slice(last, match.index)}${shown}${fitted}`;
    last = after + (particle?.length ?? 0);
  }
  return result + markdown.slice(last);
}
