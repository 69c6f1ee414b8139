/**
 * Writes a figure from `content/data/figures.yaml` the way each language does:
 * 30000 jobs → "3만 명 이상" / "at least 30,000 jobs";
 * 6678500000000 won → "6조 6,785억 원" / "₩6.6785 trillion";
 * 7 fields → "7개" / "seven fields" in running text ("7 fields" in a headline).
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
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 4 });

export function englishNumber(value: number, scaled: boolean): string {
  if (scaled) {
    for (const { size, name } of englishScales) {
      if (value >= size) return `${plain.format(Number((value / size).toFixed(4)))} ${name}`;
    }
  }
  return plain.format(value);
}

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count in English running text: whole numbers under ten in words ("seven"), others in digits. */
export function englishCount(value: number): string {
  return (Number.isInteger(value) && numberWords[value]) || englishNumber(value, false);
}

const koreanCounters: Record<Unit, string> = {
  jobs: '명',
  people: '명',
  firms: '곳',
  rights: '건',
  fields: '개',
  projects: '건',
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

/** A piece of a figure as a headline shows it: the number large, its unit and bound smaller. */
export interface FigurePart {
  kind: 'number' | 'unit' | 'bound';
  text: string;
}

type FigureInput = Pick<FigureData, 'value' | 'unit' | 'bound'>;

function koreanParts({ value, unit, bound }: FigureInput): FigurePart[] {
  const number = koreanNumber(value);
  // "3만 명", "6조 원" but "555명", "21개": a counter after a Hangul number word takes a space.
  const counter = koreanCounters[unit];
  const spaced = unit !== 'percent' && unit !== 'km2' && /[만억조]$/.test(number);
  const parts: FigurePart[] = [
    { kind: 'number', text: number },
    { kind: 'unit', text: spaced ? ` ${counter}` : counter },
  ];
  if (bound === 'at-least') parts.push({ kind: 'bound', text: ' 이상' });
  if (bound === 'about') parts.unshift({ kind: 'bound', text: '약 ' });
  return parts;
}

/**
 * English headline parts: "30,000+ jobs", "₩6 trillion+", "about 70 people".
 * In a headline "+" says "or more" in the fewest characters; running text
 * spells it out ("at least 30,000 jobs").
 */
function englishParts({ value, unit, bound }: FigureInput): FigurePart[] {
  const plus: FigurePart[] = bound === 'at-least' ? [{ kind: 'bound', text: '+' }] : [];
  let parts: FigurePart[];
  if (unit === 'krw' || unit === 'usd') {
    const [amount = '', scale] = englishNumber(value, true).split(' ');
    parts = [
      { kind: 'unit', text: unit === 'krw' ? '₩' : '$' },
      { kind: 'number', text: amount },
      ...(scale ? [{ kind: 'unit', text: ` ${scale}` } as const] : []),
      ...plus,
    ];
  } else if (unit === 'percent' || unit === 'km2') {
    parts = [
      { kind: 'number', text: englishNumber(value, false) },
      { kind: 'unit', text: unit === 'percent' ? '%' : ' km²' },
      ...plus,
    ];
  } else {
    parts = [
      { kind: 'number', text: englishNumber(value, false) },
      ...plus,
      { kind: 'unit', text: ` ${englishNouns[unit][value === 1 ? 0 : 1]}` },
    ];
  }
  if (bound === 'about') parts.unshift({ kind: 'bound', text: 'about ' });
  return parts;
}

/** The figure split for a headline: `3만` `명` `이상`, `30,000` `+` `jobs`. */
export function figureParts(figure: FigureInput, locale: Locale): FigurePart[] {
  return locale === 'ko' ? koreanParts(figure) : englishParts(figure);
}

/** Units counted in words ("seven fields"), as against amounts and measures ("₩6 trillion", "68.9%"). */
function isCount(unit: Unit): boolean {
  return englishNouns[unit][0] !== '';
}

function english(figure: FigureInput): string {
  const text = isCount(figure.unit)
    ? `${englishCount(figure.value)} ${englishNouns[figure.unit][figure.value === 1 ? 0 : 1]}`
    : englishParts({ ...figure, bound: undefined })
        .map((part) => part.text)
        .join('');
  if (figure.bound === 'at-least') return `at least ${text}`;
  if (figure.bound === 'about') return `about ${text}`;
  return text;
}

/** The figure as it reads in running text: "3만 명 이상", "at least 30,000 jobs". */
export function formatFigure(figure: FigureInput, locale: Locale): string {
  return locale === 'ko'
    ? figureParts(figure, locale)
        .map((part) => part.text)
        .join('')
    : english(figure);
}
