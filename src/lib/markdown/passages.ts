/**
 * Splits a page's Markdown into citable passages. Each `##` heading with an
 * explicit anchor starts a passage that runs to the next `##`; text before the
 * first heading is the page's lead. The same split serves the page itself, the
 * side-by-side reading view, the open-data exports and `npm run check`.
 */
import { josa } from 'es-hangul';
import { markdownToHtml, markdownToMdast, type HastPluginEntry, type MdastNode } from 'satteri';
import { basePath } from '../../i18n/routing.ts';
import type { Locale } from '../../i18n/locales.ts';
import { dictionaries } from '../../i18n/ui.ts';
import {
  markdownFeatures,
  markKoreanInEnglish,
  pointIcons,
  prefixBasePath,
  scrollableTables,
} from './features.ts';

export interface Passage {
  /** The explicit anchor, identical in every language: `article-1`. */
  id: string;
  /** Heading as plain text. */
  heading: string;
  /** Heading's inline HTML (emphasis, code…), without the `<h2>`. */
  headingHtml: string;
  /** Markdown of the passage body (without its heading). */
  markdown: string;
  /** Rendered body. */
  html: string;
  /** 1-based line of the heading in the file body. */
  line: number;
}

export interface PassageSplit {
  leadMarkdown: string;
  leadHtml: string;
  passages: Passage[];
}

/** A mistake in a page's Markdown, with the body line it is on. */
export class PassageError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.name = 'PassageError';
    this.line = line;
  }
}

type Node = MdastNode & {
  position?: { start: { offset: number; line: number }; end: { offset: number; line: number } };
  children?: Node[];
  data?: { hProperties?: { id?: unknown } };
  value?: string;
  depth?: number;
};

type Position = NonNullable<Node['position']>;

/** satteri keeps positions when parsing; a node without one is a parser bug, not an editor's mistake. */
function positionOf(node: Node): Position {
  if (!node.position) throw new Error(`Markdown node "${node.type}" has no source position`);
  return node.position;
}

export function plainText(node: Node): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** Parses Markdown with the site's dialect, keeping source positions. */
export function parseMarkdown(markdown: string): Node {
  return markdownToMdast(markdown, { features: markdownFeatures }) as Node;
}

/** Renders Markdown with the site's dialect; on English pages Korean runs get `lang="ko"`. */
export function renderMarkdown(
  markdown: string,
  locale?: Locale,
  extraPlugins: readonly HastPluginEntry[] = [],
): string {
  const result = markdownToHtml(markdown, {
    features: markdownFeatures,
    hastPlugins: [
      ...extraPlugins,
      pointIcons,
      prefixBasePath(basePath),
      scrollableTables(dictionaries[locale ?? 'ko']['table.region']),
      locale === 'en' && markKoreanInEnglish,
    ],
  });
  if (result instanceof Promise) throw new Error('Markdown plugins used for passages must be synchronous');
  return result.html.trim();
}

/**
 * Renders a heading's text as inline HTML. Escapes what would otherwise start a
 * block (`1. …` would become a list, `- …` a bullet).
 */
function renderInline(markdown: string, locale?: Locale): string {
  const inline = markdown.replace(/^(\d+)([.)])(\s)/, '$1\\$2$3').replace(/^([-+*#]\s|>)/, '\\$1');
  return renderMarkdown(inline, locale).replace(/^<p>|<\/p>$/g, '');
}

/** The anchor written after a heading (`{#article-1}`), if any. */
export function headingAnchor(node: Node): string | undefined {
  const id = node.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

/** `<Figure id="jobs-target" />`, the one tag editors may write in a Markdown page. */
export const figureTag = /<Figure\s+id="([^"]*)"\s*\/>/g;

/** A figure as a page shows it: its number and its text in the page's language. */
export interface FigureText {
  value: number;
  text: string;
}

/**
 * A Korean particle written right after a figure: `<Figure … />이`, `…을`,
 * `…으로`. Which form is right depends on how the figure's text ends
 * ("21곳이" but "7개가"), so it is chosen when the figure is inserted.
 */
export const particleAfterTag = /^(으로|로|이|가|은|는|을|를|와|과)(?=[^가-힣]|$|서|써|부터)/;
const particlePairs: Record<string, Parameters<typeof josa>[1]> = {
  이: '이/가',
  가: '이/가',
  은: '은/는',
  는: '은/는',
  을: '을/를',
  를: '을/를',
  와: '와/과',
  과: '와/과',
  으로: '으로/로',
  로: '으로/로',
};

/** The form of a written particle that fits `text`: ("21곳", "가") → "이". */
export function fitParticle(text: string, written: string): string {
  const pair = particlePairs[written];
  return pair ? josa(text, pair).slice(text.length) : written;
}

/**
 * Replaces each `<Figure id="…" />` with the figure's text from the data, so
 * numbers live in one place, and fits a Korean particle after it to that text.
 * The text is wrapped in `<data value>` for pages, or left bare (`as: 'text'`)
 * for plain-text copies. An unknown id is reported with its line.
 */
export function insertFigures(
  body: string,
  figures: ReadonlyMap<string, FigureText>,
  as: 'element' | 'text' = 'element',
): string {
  let result = '';
  let last = 0;
  for (const match of body.matchAll(figureTag)) {
    const id = match[1] ?? '';
    const figure = figures.get(id);
    if (!figure) {
      const line = body.slice(0, match.index).split('\n').length;
      throw new PassageError(
        `line ${line}: <Figure id="${id}" /> names no figure in content/data/figures.yaml (known: ${[...figures.keys()].join(', ')})`,
        line,
      );
    }
    const after = match.index + match[0].length;
    const particle = particleAfterTag.exec(body.slice(after))?.[1];
    const fitted = particle ? fitParticle(figure.text, particle) : '';
    const shown = as === 'text' ? figure.text : `<data value="${figure.value}">${figure.text}</data>`;
    result += `${body.slice(last, match.index)}${shown}${fitted}`;
    last = after + (particle?.length ?? 0);
  }
  return result + body.slice(last);
}

/**
 * A short text from a data file (a timeline detail, a note) as inline HTML:
 * Markdown emphasis and links work, and `<Figure id="…" />` shows the figure.
 */
export function renderInlineText(
  text: string,
  figures: ReadonlyMap<string, FigureText>,
  locale: Locale,
): string {
  return renderInline(insertFigures(text, figures), locale);
}

export interface SplitOptions {
  /** Figure id → its text in this page's language. */
  figures?: ReadonlyMap<string, FigureText>;
  /** Figures as bare text rather than `<data>` elements (for plain-text copies). */
  figuresAsText?: boolean;
  /** The page's language (marks Korean words on English pages). */
  locale?: Locale;
  /** More plugins for the passages' text, e.g. glossary links. */
  plugins?: readonly HastPluginEntry[];
}

/** Every section heading (## and deeper) with its explicit anchor, text and depth. */
export function markdownHeadings(body: string): { id: string; text: string; depth: number }[] {
  const headings: { id: string; text: string; depth: number }[] = [];
  const visit = (node: Node) => {
    const id = node.type === 'heading' && (node.depth ?? 0) > 1 ? headingAnchor(node) : undefined;
    if (id) headings.push({ id, text: plainText(node), depth: node.depth ?? 2 });
    for (const child of node.children ?? []) visit(child);
  };
  visit(parseMarkdown(body));
  return headings;
}

export function splitPassages(source: string, options: SplitOptions = {}): PassageSplit {
  const { locale, plugins = [] } = options;
  const body = options.figures
    ? insertFigures(source, options.figures, options.figuresAsText ? 'text' : 'element')
    : source;
  const tree = parseMarkdown(body);
  const headings = (tree.children ?? []).filter(
    (node): node is Node => node.type === 'heading' && node.depth === 2,
  );
  const leadEnd = headings[0] ? positionOf(headings[0]).start.offset : body.length;
  const leadMarkdown = body.slice(0, leadEnd).trim();

  const passages = headings.map((heading, index) => (): Passage => {
    const { start, end: headingEnd } = positionOf(heading);
    const id = headingAnchor(heading);
    if (!id) {
      throw new PassageError(
        `line ${start.line}: the heading "${plainText(heading)}" has no anchor; write it as "## ${plainText(heading)} {#an-id}"`,
        start.line,
      );
    }
    const next = headings[index + 1];
    const end = next ? positionOf(next).start.offset : body.length;
    const markdown = body.slice(headingEnd.offset, end).trim();
    const headingSource = body
      .slice(start.offset, headingEnd.offset)
      .replace(/^#+\s*/, '')
      .replace(/\s*\{[^}]*\}\s*$/, '');
    return {
      id,
      heading: plainText(heading),
      headingHtml: renderInline(headingSource, locale),
      markdown,
      html: renderMarkdown(markdown, locale, plugins),
      line: start.line,
    };
  });

  // The lead introduces the page in plain words; "first use" plugins (glossary links) start with the
  // passages, which render in reading order.
  const leadHtml = leadMarkdown ? renderMarkdown(leadMarkdown, locale) : '';
  return { leadMarkdown, leadHtml, passages: passages.map((render) => render()) };
}
