/**
 * Finds, in one page Pagefind returned, the passages a query is about and the
 * words to highlight. Pagefind knows where the words it matched in the text
 * are, but not words it found through the hidden keywords (`기업` inside
 * `강소기업을`, `GERI` for `구미전자정보기술원`), so the page text is searched
 * here too with the same rules, and the hits are grouped under the headings
 * (anchors) they fall below.
 */
import { cleanWord } from './korean.ts';

/** The parts of a Pagefind fragment (`result.data()`) this module reads. */
export interface PageFragment {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  anchors: readonly { element: string; id: string; text: string; location: number }[];
  filters?: Record<string, readonly string[] | undefined>;
  /** Word positions in `content` that Pagefind matched. */
  locations?: readonly number[];
}

/** Text of an excerpt, with the matched parts marked. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

export interface PassageHit {
  /** Anchor of the heading above the passage; undefined for the page's opening. */
  anchor: string | undefined;
  /** Heading text; undefined for the page's opening. */
  heading: string | undefined;
  excerpt: ExcerptPart[];
  /** Which query terms (by position) the passage contains. */
  terms: number[];
}

/** One query term and the other ways of writing it (aliases), each a list of consecutive words. */
export type TermForms = readonly (readonly string[])[];

const hangul = /[\uAC00-\uD7A3]/;
const jamo = /[\u1100-\u11ff]/;
const latinPunctuation = /(?<=[a-z0-9])[^\p{L}\p{N}\s]+(?=[a-z])/gu;
const numberWithCounter = /^(\d[\d,.]*(?:만|억|조)?)(\D+)$/;

interface Match {
  term: number;
  start: number;
  /** Characters of the word (as written) to mark. */
  from: number;
  to: number;
}

/** Where `needle` is inside `word` in a way a reader would call a match: [from, to), or undefined. */
function findIn(word: string, needle: string): [number, number] | undefined {
  if (jamo.test(needle)) {
    const decomposed = word.normalize('NFD');
    const index = decomposed.indexOf(needle.normalize('NFD'));
    if (index < 0) return undefined;
    const from = decomposed.slice(0, index).normalize('NFC').length;
    return [from, decomposed.slice(0, index + needle.normalize('NFD').length).normalize('NFC').length];
  }
  if (hangul.test(needle)) {
    const index = word.indexOf(needle);
    return index < 0 ? undefined : [index, index + needle.length];
  }
  // Latin and digits: at the start of the word or after a non-Latin character (`구미전자정보기술원(geri)은`).
  let index = word.indexOf(needle);
  while (index > 0 && /[a-z0-9]/.test(word[index - 1] ?? '')) index = word.indexOf(needle, index + 1);
  if (index >= 0) return [index, index + needle.length];
  // `rbd` in `거점(r&bd`: Latin letters read across punctuation, as Pagefind reads them.
  const joined = word.replace(latinPunctuation, '');
  const at = joined.indexOf(needle);
  if (at < 0 || word === joined) return undefined;
  const positions = [...word].flatMap((_, position) =>
    word.slice(0, position + 1).replace(latinPunctuation, '').length >
    word.slice(0, position).replace(latinPunctuation, '').length
      ? [position]
      : [],
  );
  const from = positions[at] ?? 0;
  return [from, (positions[at + needle.length - 1] ?? from) + 1];
}

/** The characters a cleaned word starts at inside the word as written. */
function cleanOffset(raw: string): number {
  return raw.length - raw.replace(/^[^\p{L}\p{N}]+/u, '').length;
}

/** A form's words, and for `3만명` also the way it is written in text, `3만 명`. */
function spellings(form: readonly string[]): (readonly string[])[] {
  const split = form.length === 1 ? numberWithCounter.exec(form[0] ?? '') : null;
  return split?.[1] && split[2] ? [form, [split[1], split[2]]] : [form];
}

function matchWords(words: readonly string[], terms: readonly TermForms[]): Match[] {
  const lower = words.map((word) => word.normalize('NFC').toLowerCase());
  const matches: Match[] = [];
  terms.forEach((forms, term) => {
    for (const [first, ...rest] of forms.flatMap(spellings)) {
      if (!first) continue;
      lower.forEach((word, start) => {
        const found = findIn(word, first);
        if (!found) return;
        if (!rest.every((part, offset) => cleanWord(lower[start + offset + 1] ?? '').startsWith(part)))
          return;
        matches.push({ term, start, from: found[0], to: found[1] });
        rest.forEach((part, offset) => {
          const from = cleanOffset(lower[start + offset + 1] ?? '');
          matches.push({ term, start: start + offset + 1, from, to: from + part.length });
        });
      });
    }
  });
  return matches;
}

const excerptLength = 26;

function excerptOf(
  words: readonly string[],
  from: number,
  to: number,
  marks: readonly Match[],
  start: number,
): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else if (text) parts.push({ text, mark });
  };
  if (from > start) push('… ', false);
  for (let index = from; index < to; index++) {
    const word = words[index] ?? '';
    const spans = marks
      .filter((match) => match.start === index)
      .map((match) => [match.from, Math.min(match.to, word.length)] as const)
      .sort((a, b) => a[0] - b[0]);
    let cursor = 0;
    for (const [start, end] of spans) {
      if (end <= cursor) continue;
      push(word.slice(cursor, Math.max(start, cursor)), false);
      push(word.slice(Math.max(start, cursor), end), true);
      cursor = end;
    }
    push(word.slice(cursor), false);
    if (index < to - 1) push(' ', false);
  }
  return parts;
}

/**
 * The passages of a page that contain the query, best first: the ones with
 * the most query terms, then with the query in their heading, then with the
 * most matches, then the earliest. A page whose text has none of the query
 * (found through a hidden keyword) gets its opening words instead.
 */
export function locatePassages(fragment: PageFragment, terms: readonly TermForms[], limit = 3): PassageHit[] {
  const words = fragment.content.split(/\s+/u);
  const ourMatches = matchWords(words, terms);
  const known = new Set(ourMatches.map((match) => match.start));
  // Words Pagefind matched that these rules do not (English stems: `company` → `companies`),
  // credited to the term they share a stem-like beginning with.
  const pagefindMatches: Match[] = (fragment.locations ?? [])
    .filter((location) => !known.has(location))
    .map((location) => {
      const word = words[location] ?? '';
      const clean = cleanWord(word);
      const term = terms.findIndex(
        ([[term = ''] = []]) =>
          /^[a-z]/.test(term) && clean.startsWith(term.slice(0, Math.max(3, term.length - 3))),
      );
      const from = cleanOffset(word);
      return { term, start: location, from, to: from + clean.length };
    });
  const matches = [...ourMatches, ...pagefindMatches];

  const headings = fragment.anchors
    .filter((anchor) => /^h[2-6]$/i.test(anchor.element) && anchor.id)
    .toSorted((a, b) => a.location - b.location);
  const sections = [
    { anchor: undefined, heading: undefined, start: 0, body: 0 },
    ...headings.map((anchor) => ({
      anchor: anchor.id,
      heading: anchor.text,
      start: anchor.location,
      body: anchor.location + anchor.text.split(/\s+/u).length,
    })),
  ].map((section, index, all) => ({ ...section, end: all[index + 1]?.start ?? words.length }));
  // The page title opens the text; it is shown as the result's title, not as an excerpt.
  const titleWords = (fragment.meta.title ?? '').split(/\s+/u).filter(Boolean).length;
  if (sections[0]) sections[0].body = titleWords;

  const hits = sections.flatMap((section, order) => {
    const inside = matches.filter((match) => match.start >= section.start && match.start < section.end);
    if (inside.length === 0) return [];
    const found = [...new Set(inside.map((match) => match.term))];
    const inHeading = new Set(
      inside.filter((match) => match.start < section.body).map((match) => match.term),
    );
    const inBody = inside.filter((match) => match.start >= section.body);
    const first = inBody[0]?.start ?? section.body;
    const from = Math.max(section.body, Math.min(first - 6, section.end - excerptLength));
    const to = Math.min(section.end, from + excerptLength);
    const hit = {
      anchor: section.anchor,
      heading: section.heading,
      excerpt: excerptOf(words, from, to, inside, section.body),
      terms: found.filter((term) => term >= 0).sort((a, b) => a - b),
      termsFound: found.length,
      inHeading: section.anchor ? inHeading.size : 0,
      order,
      count: inside.length,
    };
    if (to < section.end) hit.excerpt.push({ text: ' …', mark: false });
    return [hit];
  });
  if (hits.length === 0) {
    // Found only through a hidden keyword (an alias, the title in the other language): show the opening.
    const opening = sections[0];
    const end = Math.min(opening?.end ?? words.length, titleWords + excerptLength);
    if (end <= titleWords) return [];
    const excerpt = excerptOf(words, titleWords, end, [], titleWords);
    if (end < (opening?.end ?? words.length)) excerpt.push({ text: ' …', mark: false });
    return [{ anchor: undefined, heading: undefined, excerpt, terms: [] }];
  }
  return hits
    .sort(
      (a, b) =>
        b.termsFound - a.termsFound ||
        b.inHeading - a.inHeading ||
        Math.min(b.count, 4) - Math.min(a.count, 4) ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map(({ anchor, heading, excerpt, terms: found }) => ({ anchor, heading, excerpt, terms: found }));
}
