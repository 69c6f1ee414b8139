/**
 * Writes a figure from `content/data/figures.yaml` the way each language does:
 * 30000 jobs → "3만 명 이상" / "at least 30,000 jobs";
 * 6678500000000 won → "6조 6,785억 원" / "₩6.6785 trillion".
 */
import type { Locale } from '../i18n/locales.ts';
import type { FigureData } from './content/schemas.ts';

type Unit = FigureData['unit'];

const koreanGroups = [
  { size: 1e12, name: '조' },
  { size: 1e8, name: '억' },
  { size: 1e4, name: '만' },
] as const;

const grouped = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 });

/** 30555 → "3만 555", 6678500000000 → "6조 6,785억", 1940 → "1,940". */
export function koreanNumber(value: number): string {
  if (value < 1e4 || !Number.isInteger(value)) return grouped.format(value);
  const parts: string[] = [];
  let rest = value;
  for (const { size, name } of koreanGroups) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${grouped.format(count)}${name}`);
    rest -= count * size;
  }
  if (rest > 0) parts.push(grouped.format(rest));
  return parts.join(' ');
}

const englishScales = [
  { size: 1e12, name: 'trillion' },
  { size: 1e9, name: 'billion' },
  { size: 1e6, name: 'million' },
] as const;

/** 6678500000000 → "6.6785 trillion", 550000000 → "550 million", 30555 → "30,555". */
export function englishNumber(value: number, scaled: boolean): string {
  const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });
  if (scaled) {
    for (const { size, name } of englishScales) {
      if (value >= size) return `${plain.format(Number((value / size).toFixed(4)))} ${name}`;
    }
  }
  return plain.format(value);
}

const koreanCounters: Record<Unit, string> = {
  jobs: '명',
  people: '명',
  firms: '곳',
  rights: '건',
  fields: '개',
  projects: '개',
  years: '년',
  krw: '원',
  usd: '달러',
  percent: '%',
  km2: '㎢',
};

const englishNouns: Record<Unit, [singular: string, plural: string]> = {
  jobs: ['job', 'jobs'],
  people: ['person', 'people'],
  firms: ['firm', 'firms'],
  rights: ['IP right', 'IP rights'],
  fields: ['field', 'fields'],
  projects: ['project', 'projects'],
  years: ['year', 'years'],
  krw: ['', ''],
  usd: ['', ''],
  percent: ['', ''],
  km2: ['', ''],
};

function korean({ value, unit, bound }: Pick<FigureData, 'value' | 'unit' | 'bound'>): string {
  const number = koreanNumber(value);
  // "3만 명", "6조 원" but "555명", "21개": a counter after a Hangul number word takes a space.
  const counter = koreanCounters[unit];
  const joined =
    unit === 'percent' || unit === 'km2' || !/[만억조]$/.test(number)
      ? `${number}${counter}`
      : `${number} ${counter}`;
  if (bound === 'at-least') return `${joined} 이상`;
  if (bound === 'about') return `약 ${joined}`;
  return joined;
}

function english({ value, unit, bound }: Pick<FigureData, 'value' | 'unit' | 'bound'>): string {
  let text: string;
  if (unit === 'krw') text = `₩${englishNumber(value, true)}`;
  else if (unit === 'usd') text = `$${englishNumber(value, true)}`;
  else if (unit === 'percent') text = `${englishNumber(value, false)}%`;
  else if (unit === 'km2') text = `${englishNumber(value, false)} km²`;
  else text = `${englishNumber(value, false)} ${englishNouns[unit][value === 1 ? 0 : 1]}`;
  if (bound === 'at-least') return `at least ${text}`;
  if (bound === 'about') return `about ${text}`;
  return text;
}

/** The figure as it reads in running text. */
export function formatFigure(figure: Pick<FigureData, 'value' | 'unit' | 'bound'>, locale: Locale): string {
  return locale === 'ko' ? korean(figure) : english(figure);
}
