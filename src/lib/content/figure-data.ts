/** Figures from `content/data/figures.yaml`, ready to show in one language. */
import { getCollection } from 'astro:content';
import type { Locale } from '../../i18n/locales.ts';
import { formatFigure } from '../format-figures.ts';
import type { FigureText } from '../markdown/figure-tags.ts';
import type { FigureData } from './schemas.ts';

export async function allFigures(): Promise<FigureData[]> {
  return (await getCollection('figures')).map((entry) => entry.data);
}

/** Figure id → its number and its text in `locale`, for `<Figure id="…" />` in pages and data. */
export async function figureTexts(locale: Locale): Promise<Map<string, FigureText>> {
  return new Map(
    (await allFigures()).map((figure) => [figure.id, { value: figure.value, text: formatFigure(figure, locale) }]),
  );
}
