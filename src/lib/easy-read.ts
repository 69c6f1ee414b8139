/**
 * The easy-read edition of the declaration (`content/pages/<ko|en>/easy-read.md`,
 * published at `/ko/easy-read/` and `/en/easy-read/`) and the limits its text
 * keeps to. `npm run check` and tests/unit/easy-read.test.ts measure the page's
 * own Markdown with these functions, so an edit that makes a sentence too long
 * or leaves a hard word unexplained is caught before it is published.
 *
 * The limits follow the UK's Easy Read guidance (GOV.UK "Accessible
 * communication formats": 10 to 15 words a sentence, one idea each) and, for
 * Korean, the 알기 쉬운 자료 practice of short sentences that a reader takes in
 * at a glance: 12 어절 (words between spaces) hold one clause with its subject,
 * object, time and place. The English grade level is the Flesch–Kincaid grade
 * of the whole page (`flesch-kincaid` with `syllable`, both from the `words`
 * collection on npm); GOV.UK writes for a reading age of 9, about US grade 4,
 * and the limit of 6 leaves room for the proper names (Gyeongsangbuk-do) that
 * the page cannot avoid and that the formula counts as long words.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Locale } from '../i18n/locales.ts';
import { formsOf, termPattern } from './glossary.ts';
import type { GlossaryData } from './content/schemas.ts';
import { insertFigures, type FigureText } from './markdown/figure-tags.ts';
import { headingAnchor, parseMarkdown, plainText } from './markdown/markdown-source.ts';

/** The file name (translation key) of the easy-read page in `content/pages/<ko|en>/`. */
export const easyReadKey = 'easy-read';

/** Anchor of the list of hard words that ends the page, made from its `terms:`. */
export const hardWordsAnchor = 'words';

export const easyReadLimits = {
  /** Most words in one sentence: 어절 in Korean, words in English. */
  maxWords: { ko: 12, en: 15 } satisfies Record<Locale, number>,
  /** Highest Flesch–Kincaid grade of the English page as a whole. */
  maxGrade: 6,
} as const;

/** A hard word and the plain words that explain it where it first appears (frontmatter `terms:`). */
export interface HardWord {
  term: string;
  means: string;
}

export interface Sentence {
  text: string;
  /** Line in the Markdown body (1-based). */
  line: number;
  words: number;
  /** Part of a `##` heading rather than of the text. */
  heading: boolean;
}

type Node = ReturnType<typeof parseMarkdown> & {
  children?: Node[];
  position?: { start: { line: number } };
  url?: string;
  depth?: number;
};

/** Words of a sentence: what stands between spaces (어절 in Korean), if it has a letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/**
 * A sentence ends at `.`, `?` or `!` followed by a space, or where its
 * paragraph, list item or heading ends. Editors can see the rule at a glance;
 * `Intl.Segmenter` was tried and left sentences joined before "₩".
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => wordsOf(sentence).length > 0);
}

/** Every sentence of a page body, with figures written out as the page shows them. */
export function sentencesOf(body: string, figures: ReadonlyMap<string, FigureText>): Sentence[] {
  const tree = parseMarkdown(insertFigures(body, figures, 'text')) as Node;
  const sentences: Sentence[] = [];
  const visit = (node: Node) => {
    if (node.type === 'paragraph' || (node.type === 'heading' && (node.depth ?? 0) > 1)) {
      const start = node.position?.start.line ?? 1;
      plainText(node)
        .split('\n')
        .forEach((line, offset) => {
          for (const text of splitSentences(line)) {
            sentences.push({
              text,
              line: start + offset,
              words: wordsOf(text).length,
              heading: node.type === 'heading',
            });
          }
        });
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return sentences;
}

/** Flesch–Kincaid grade of English sentences, counted as the page shows them. */
export function englishGrade(sentences: readonly Sentence[]): number {
  const words = sentences.flatMap((sentence) =>
    wordsOf(sentence.text).map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, '')),
  );
  return fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0),
  });
}

export interface Readability {
  sentences: number;
  /** Words (어절) in the longest sentence, and its median. */
  longest: number;
  median: number;
  /** Flesch–Kincaid grade; English only. */
  grade?: number;
  /** Hard words the page explains where they first appear, of those it uses. */
  explained: number;
  hardWords: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/**
 * Abbreviations a reader may not know: a word with two capitals, or a capital
 * and a digit (GERI, ICT, IoT, R&D, 5G).
 */
export function abbreviationsIn(text: string): string[] {
  const found = text.match(
    /(?<![\p{L}\p{N}])[\p{L}\p{N}&]*(?:\p{Lu}[\p{L}\p{N}&]*\p{Lu}|\p{N}[\p{L}&]*\p{Lu}|\p{Lu}[\p{L}&]*\p{N})[\p{L}\p{N}&]*/gu,
  );
  return [...new Set(found ?? [])];
}

export type HardWordProblem =
  | { kind: 'unexplained'; term: string; means: string; line: number }
  | { kind: 'unused'; term: string }
  | { kind: 'unlisted'; term: string; line: number };

/**
 * Checks the page's hard words. Each listed term must be explained at its
 * first use: its `means` words stand in the sentence that first uses it or in
 * the next one (Easy Read puts the explanation right after the word). Each
 * glossary term and abbreviation the text uses must be listed.
 */
export function hardWordProblems(
  sentences: readonly Sentence[],
  terms: readonly HardWord[],
  glossary: readonly Pick<GlossaryData, 'id' | 'term' | 'forms'>[],
  locale: Locale,
): HardWordProblem[] {
  const text = sentences.filter((sentence) => !sentence.heading);
  const problems: HardWordProblem[] = [];
  for (const { term, means } of terms) {
    const first = text.findIndex((sentence) => sentence.text.includes(term));
    const firstSentence = text[first];
    if (!firstSentence) {
      problems.push({ kind: 'unused', term });
      continue;
    }
    const explainedThere = [firstSentence, text[first + 1]].some((sentence) =>
      sentence?.text.includes(means),
    );
    if (!explainedThere) problems.push({ kind: 'unexplained', term, means, line: firstSentence.line });
  }
  const listed = (word: string) => terms.some(({ term }) => term.includes(word) || word.includes(term));
  const firstLine = (pattern: RegExp) => sentences.find((sentence) => pattern.test(sentence.text))?.line ?? 1;
  for (const entry of glossary) {
    const pattern = termPattern(entry, locale);
    if (!sentences.some((sentence) => pattern.test(sentence.text))) continue;
    if (formsOf(entry, locale).some(listed) || terms.some(({ term }) => pattern.test(term))) continue;
    problems.push({ kind: 'unlisted', term: entry.term[locale], line: firstLine(pattern) });
  }
  for (const sentence of sentences) {
    for (const abbreviation of abbreviationsIn(sentence.text)) {
      if (listed(abbreviation) || problems.some((p) => p.term === abbreviation)) continue;
      problems.push({ kind: 'unlisted', term: abbreviation, line: sentence.line });
    }
  }
  return problems;
}

/** Anchors of the `##` sections that link to no passage of another page (`/ko/declaration/#article-1`). */
export function sectionsWithoutSourceLink(body: string): { id: string; line: number }[] {
  const tree = parseMarkdown(body) as Node;
  const sections: { id: string; line: number; linked: boolean }[] = [];
  const visit = (node: Node) => {
    if (node.type === 'link' && /^\/[^#]*#./.test(node.url ?? '')) {
      const current = sections.at(-1);
      if (current) current.linked = true;
    }
    for (const child of node.children ?? []) visit(child);
  };
  for (const node of (tree.children ?? []) as Node[]) {
    if (node.type === 'heading' && node.depth === 2) {
      sections.push({ id: headingAnchor(node) ?? '', line: node.position?.start.line ?? 1, linked: false });
    } else {
      visit(node);
    }
  }
  return sections.filter((section) => !section.linked).map(({ id, line }) => ({ id, line }));
}

/** The figures to report: sentence lengths, grade and hard words explained. */
export function measureReadability(
  sentences: readonly Sentence[],
  terms: readonly HardWord[],
  problems: readonly HardWordProblem[],
  locale: Locale,
): Readability {
  const words = sentences.map((sentence) => sentence.words);
  const count = (kind: HardWordProblem['kind']) => problems.filter((p) => p.kind === kind).length;
  const used = terms.length - count('unused');
  return {
    sentences: sentences.length,
    longest: Math.max(0, ...words),
    median: median(words),
    ...(locale === 'en' ? { grade: Math.round(englishGrade(sentences) * 10) / 10 } : {}),
    explained: used - count('unexplained'),
    hardWords: used + count('unlisted'),
  };
}
