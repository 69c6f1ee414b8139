/** Figures from `content/data/figures.yaml`, ready to show in one language. */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { formatFigure } from '../figures.ts';
import type { FigureData } from './schemas.ts';

export async function allFigures(): Promise<FigureData[]> {
  return (await getCollection('figures')).map((entry) => entry.data);
}

/** Figure id → `<data value="30000">3만 명 이상</data>`, for Markdown pages. */
export async function figureHtml(locale: Locale): Promise<Map<string, string>> {
  return new Map(
    (await allFigures()).map((figure) => [
      figure.id,
      `<data value="${figure.value}">${formatFigure(figure, locale)}</data>`,
    ]),
  );
}
