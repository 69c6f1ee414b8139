/**
 * Rules for the easy-read page (content/pages/<ko|en>/easy-read.md) and for
 * the pictures beside points (`![](icon:…)`) that it uses. The measures
 * themselves live in src/lib/easy-read.ts, where tests/unit/easy-read.test.ts
 * uses them too. Each rule returns problems and never changes a file.
 */
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import {
  easyReadKey,
  easyReadLimits,
  englishGrade,
  hardWordProblems,
  sectionsWithoutSourceLink,
  sentencesOf,
  type HardWord,
  type Sentence,
} from '../../src/lib/easy-read.ts';
import { formatFigure } from '../../src/lib/figures.ts';
import {
  figureSchema,
  glossarySchema,
  type FigureData,
  type GlossaryData,
} from '../../src/lib/content/schemas.ts';
import { PassageError, type FigureText } from '../../src/lib/markdown/passages.ts';
import { isPointIcon, pointIconName } from '../../src/lib/point-icons.ts';
import { walk, fileLine, type MdNode } from './checks.ts';
import type { PageFile } from './files.ts';
import { problem, warning, type Problem } from './problems.ts';

/** Every `![](icon:name)` names an icon the site has. */
export function checkPointIcons(page: PageFile, tree: MdNode): Problem[] {
  const problems: Problem[] = [];
  walk(tree, (node) => {
    const url = node.type === 'image' ? (node as { url?: string }).url : undefined;
    const name = url === undefined ? undefined : pointIconName(url);
    if (name === undefined || isPointIcon(name)) return;
    problems.push(
      problem(
        page.file,
        `그림 이름 '${name}'이(가) 없습니다. 분야 주소(hologram 등)나 https://tabler.io/icons 에 있는 아이콘 이름을 쓰세요. 예: ![](icon:calendar-event)`,
        `There is no icon called '${name}'. Use a sector's address (hologram…) or the name of an icon listed on https://tabler.io/icons, e.g. ![](icon:calendar-event).`,
        { line: fileLine(page, node) },
      ),
    );
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
  const line = (bodyLine: number) => page.bodyLine + bodyLine - 1;
  let sentences: Sentence[];
  try {
    sentences = sentencesOf(page.body, figureTexts(data.figures, locale));
  } catch (error) {
    // An unknown <Figure id> is reported by checkReferences; the text is measured once it is fixed.
    if (error instanceof PassageError) return [];
    throw error;
  }
  const problems: Problem[] = [];
  const limit = easyReadLimits.maxWords[locale];
  for (const sentence of sentences.filter((s) => s.words > limit)) {
    problems.push(
      warning(
        page.file,
        `문장이 ${sentence.words}어절로, 알기 쉬운 판의 한도(${limit}어절)보다 깁니다. 한 문장에 한 가지 뜻만 담아 나누세요: “${sentence.text}”`,
        `This sentence has ${sentence.words} words, more than the easy-read limit of ${limit}. Split it, one idea a sentence: “${sentence.text}”`,
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
          `영어 글의 읽기 학년(Flesch–Kincaid)이 ${grade.toFixed(1)}로, 한도 ${easyReadLimits.maxGrade}보다 높습니다. 문장을 줄이고 짧은 낱말을 쓰세요.`,
          `The English text reads at Flesch–Kincaid grade ${grade.toFixed(1)}, above the limit of ${easyReadLimits.maxGrade}. Use shorter sentences and shorter words.`,
        ),
      );
    }
  }
  const terms = termsOf(page);
  for (const found of hardWordProblems(sentences, terms, data.glossary, locale)) {
    const index = terms.findIndex((term) => term.term === found.term);
    const field = { line: page.frontmatter?.lineOf(['terms', index]), field: 'terms' };
    if (found.kind === 'unused') {
      problems.push(
        warning(
          page.file,
          `어려운 낱말 '${found.term}'이(가) 본문에 없습니다. terms 목록에서 지우거나 본문에 맞게 고치세요.`,
          `The hard word '${found.term}' is not in the text. Remove it from terms, or make it match the text.`,
          field,
        ),
      );
    } else if (found.kind === 'unexplained') {
      problems.push(
        warning(
          page.file,
          `'${found.term}'이(가) 처음 나오는 문장이나 바로 다음 문장에 풀이 “${found.means}”가 없습니다. 그 자리에 풀이를 쓰거나 terms의 means를 본문의 풀이와 같게 고치세요.`,
          `Where '${found.term}' first appears, neither that sentence nor the next explains it as “${found.means}”. Explain it there, or make its means in terms match the explanation in the text.`,
          { line: line(found.line) },
        ),
      );
    } else {
      problems.push(
        warning(
          page.file,
          `'${found.term}'은(는) 어려운 낱말(용어 풀이에 있는 말이나 줄임말)인데 머리말의 terms에 없습니다. terms에 '- term: ${found.term}'과 그 뜻(means)을 더하고, 처음 나오는 곳에서 풀어 쓰세요.`,
          `'${found.term}' is a hard word (a glossary term or an abbreviation) missing from terms in the frontmatter. Add '- term: ${found.term}' with its meaning (means), and explain it where it first appears.`,
          { line: line(found.line) },
        ),
      );
    }
  }
  for (const section of sectionsWithoutSourceLink(page.body)) {
    problems.push(
      warning(
        page.file,
        `단락 #${section.id}에는 이 내용이 나온 곳으로 가는 링크가 없습니다. 원래 페이지의 단락으로 가는 링크를 더하세요. 예: [공동선언문의 1번 내용](/ko/declaration/#article-1)`,
        `Section #${section.id} does not link to where its content comes from. Add a link to the passage of the full page, e.g. [point 1 on the declaration page](/en/declaration/#article-1).`,
        { line: line(section.line) },
      ),
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
        `공동선언문(${declaration.file})이 ${declared}에 고쳐져, 알기 쉬운 판(${easyRead.file}, ${retold})보다 새롭습니다. 고친 내용을 알기 쉬운 판에도 쉬운 말로 반영한 뒤, 알기 쉬운 판의 lastUpdated를 고친 날짜로 바꾸세요. 바꿀 내용이 없으면 날짜만 바꿉니다.`,
        `The declaration (${declaration.file}) was changed on ${declared}, after the easy-read page (${easyRead.file}, ${retold}). Carry the change into the easy-read page in easy words, then set its lastUpdated to the day you did. If nothing needs to change there, update the date only.`,
        { line: easyRead.frontmatter?.lineOf(['lastUpdated']), field: 'lastUpdated' },
      ),
    );
  }
  return problems;
}
