/**
 * Rules for the easy-read page (content/pages/<ko|en>/easy-read.md) and for
 * the pictures beside points (`![](icon:…)`) that it uses. The measures
 * themselves live in src/lib/easy-read.ts, where tests/unit/easy-read.test.ts
 * uses them too.
 */
import { localeCodes, type Locale } from '../../../i18n/locales.ts';
import { figureSchema, glossarySchema, type FigureData, type GlossaryData } from '../../content/schemas.ts';
import {
  easyReadKey,
  easyReadLimits,
  englishGrade,
  hardWordProblems,
  sectionsWithoutSourceLink,
  sentencesOf,
  type HardWord,
} from '../../easy-read.ts';
import { formatFigure } from '../../format-figures.ts';
import { figureTag, type FigureText } from '../../markdown/figure-tags.ts';
import { isPointIcon, pointIconName } from '../../point-icons.ts';
import { say } from '../messages.ts';
import { problem, warning, type Problem } from '../problems.ts';
import { fileLine, walk, type MdNode, type PageFile } from '../read-files.ts';

/** Every `![](icon:name)` names an icon the site has. */
export function checkPointIcons(page: PageFile, tree: MdNode): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    const url = node.type === 'image' ? (node as { url?: string }).url : undefined;
    const name = url === undefined ? undefined : pointIconName(url);
    if (name === undefined || isPointIcon(name)) return;
    problems.push(problem(page.file, say('page.unknownIcon', { name }), { line: fileLine(page, node) }));
  });
  return problems;
}

export interface EasyReadData {
  figures: readonly Pick<FigureData, 'id' | 'value' | 'unit' | 'bound'>[];
  glossary: readonly Pick<GlossaryData, 'id' | 'term' | 'forms'>[];
}

/** The figures and glossary terms the rules need, from the data files as read; items with mistakes (reported elsewhere) are left out. */
export function readEasyReadData(figures: unknown, glossary: unknown): EasyReadData {
  const valid = <T>(items: unknown, parse: (item: unknown) => { success: boolean; data?: T }): T[] =>
    (Array.isArray(items) ? items : []).flatMap((item) => {
      const result = parse(item);
      return result.success && result.data ? [result.data] : [];
    });
  return {
    figures: valid(figures, (item) => figureSchema.safeParse(item)),
    glossary: valid(glossary, (item) => glossarySchema.safeParse(item)),
  };
}

function figureTexts(figures: EasyReadData['figures'], locale: Locale): Map<string, FigureText> {
  return new Map(
    figures.map((figure) => [figure.id, { value: figure.value, text: formatFigure(figure, locale) }]),
  );
}

function termsOf(page: PageFile): HardWord[] {
  const terms: unknown = page.frontmatter?.doc.toJS()?.terms;
  if (!Array.isArray(terms)) return [];
  return terms.filter(
    (item): item is HardWord => typeof item?.term === 'string' && typeof item?.means === 'string',
  );
}

const isEasyRead = (page: PageFile) => page.collection === 'pages' && page.key === easyReadKey;

/**
 * The easy-read page keeps its sentences short, explains each hard word where
 * it first appears, lists every glossary term and abbreviation it uses, and
 * links each section to the passage of the full site it comes from.
 */
export function checkEasyRead(page: PageFile, data: EasyReadData): Problem[] {
  if (!isEasyRead(page) || !page.locale) return [];
  const locale = page.locale;
  const figures = figureTexts(data.figures, locale);
  // An unknown <Figure id> is reported by checkReferences; the text is measured once it is fixed.
  if ([...page.body.matchAll(figureTag)].some((match) => !figures.has(match[1] ?? ''))) return [];
  const line = (bodyLine: number) => page.bodyLine + bodyLine - 1;
  const sentences = sentencesOf(page.body, figures);
  const problems: Problem[] = [];
  const limit = easyReadLimits.maxWords[locale];
  for (const sentence of sentences.filter((s) => s.words > limit)) {
    problems.push(
      warning(
        page.file,
        say('easyRead.sentenceTooLong', { words: sentence.words, limit, sentence: sentence.text }),
        { line: line(sentence.line) },
      ),
    );
  }
  if (locale === 'en') {
    const grade = englishGrade(sentences);
    if (grade > easyReadLimits.maxGrade) {
      problems.push(
        warning(
          page.file,
          say('easyRead.gradeTooHigh', { grade: grade.toFixed(1), limit: easyReadLimits.maxGrade }),
        ),
      );
    }
  }
  const terms = termsOf(page);
  for (const found of hardWordProblems(sentences, terms, data.glossary, locale)) {
    if (found.kind === 'unused') {
      const index = terms.findIndex((term) => term.term === found.term);
      problems.push(
        warning(page.file, say('easyRead.termUnused', { term: found.term }), {
          line: page.frontmatter?.lineOf(['terms', index]),
          field: 'terms',
        }),
      );
    } else if (found.kind === 'unexplained') {
      problems.push(
        warning(page.file, say('easyRead.termUnexplained', { term: found.term, means: found.means }), {
          line: line(found.line),
        }),
      );
    } else {
      problems.push(
        warning(page.file, say('easyRead.termUnlisted', { term: found.term }), { line: line(found.line) }),
      );
    }
  }
  for (const section of sectionsWithoutSourceLink(page.body)) {
    problems.push(
      warning(page.file, say('easyRead.sectionWithoutSource', { id: section.id }), {
        line: line(section.line),
      }),
    );
  }
  return problems;
}

/** The easy-read page was last updated no earlier than the declaration it retells, in each language. */
export function checkEasyReadInStep(pages: readonly PageFile[]): Problem[] {
  const problems: Problem[] = [];
  // A date that is not written YYYY-MM-DD is reported by the schema check, not compared here.
  const lastUpdated = (page: PageFile | undefined) => {
    const value: unknown = page?.frontmatter?.doc.toJS()?.lastUpdated;
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    return typeof text === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : undefined;
  };
  for (const locale of localeCodes) {
    const declaration = pages.find(
      (p) => p.collection === 'declaration' && p.key === 'declaration' && p.locale === locale,
    );
    const easyRead = pages.find((p) => isEasyRead(p) && p.locale === locale);
    const declared = lastUpdated(declaration);
    const retold = lastUpdated(easyRead);
    if (!declaration || !easyRead || !declared || !retold || declared <= retold) continue;
    problems.push(
      warning(
        easyRead.file,
        say('easyRead.declarationNewer', {
          declaration: declaration.file,
          declared,
          easyRead: easyRead.file,
          retold,
        }),
        { line: easyRead.frontmatter?.lineOf(['lastUpdated']), field: 'lastUpdated' },
      ),
    );
  }
  return problems;
}
