/**
 * The easy-read page stays easy. Its own Markdown, read from content/, keeps
 * every sentence within the limit, explains each hard word where it first
 * appears, lists every glossary term and abbreviation it uses, and links each
 * part to the passage it retells. Small fixtures, with the words of the tests'
 * made-up site (tests/fixtures/content/), show each rule catching its mistake,
 * and the checker warning when the declaration is newer. The
 * pictures themselves are drawn by the Markdown pipeline
 * (tests/unit/markdown-pipeline.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  parsePageSource,
  readBody,
  readDataFiles,
  readPageFiles,
  type PageFile,
} from '../../src/lib/content-check/read-files.ts';
import {
  checkEasyRead,
  checkEasyReadInStep,
  checkPointIcons,
  readEasyReadData,
} from '../../src/lib/content-check/rules/easy-read-rules.ts';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import {
  abbreviationsIn,
  easyReadKey,
  easyReadLimits,
  hardWordProblems,
  measureReadability,
  sectionsWithoutSourceLink,
  sentencesOf,
  type HardWord,
} from '../../src/lib/easy-read.ts';
import { formatFigure } from '../../src/lib/format-figures.ts';
import { fixtureRoot } from '../helpers/content-copy.ts';

/** The figures and glossary of the project in `root`, as the easy-read rules read them. */
async function easyReadData(root: string) {
  const dataFiles = await readDataFiles(root);
  const dataOf = (name: string): unknown =>
    dataFiles.find((data) => data.collection === name)?.yaml.doc.toJS();
  return readEasyReadData(dataOf('figures'), dataOf('glossary'));
}
const realData = await easyReadData('.');
const data = await easyReadData(fixtureRoot);
const figureTexts = (locale: Locale, { figures } = data) =>
  new Map(figures.map((figure) => [figure.id, { value: figure.value, text: formatFigure(figure, locale) }]));
const pages = await readPageFiles('.', ['pages', 'declaration']);

function fixture(text: string, locale: Locale = 'ko', key = easyReadKey): PageFile {
  return {
    file: `content/pages/${locale}/${key}.md`,
    collection: 'pages',
    locale,
    key,
    extension: 'md',
    ...parsePageSource(text),
  };
}

describe.each(localeCodes)('the easy-read page in %s', (locale) => {
  const page = pages.find((p) => p.collection === 'pages' && p.key === easyReadKey && p.locale === locale);
  if (!page) throw new Error(`content/pages/${locale}/${easyReadKey}.md is missing`);
  const sentences = sentencesOf(page.body, figureTexts(locale, realData));
  const terms = (page.frontmatter?.doc.toJS() as { terms?: HardWord[] }).terms ?? [];
  const problems = hardWordProblems(sentences, terms, realData.glossary, locale);
  const figures = measureReadability(sentences, terms, problems, locale);
  console.info(`easy-read ${locale}: ${JSON.stringify(figures)}`);

  it(`keeps every sentence within ${easyReadLimits.maxWords[locale]} words`, () => {
    expect(sentences.length).toBeGreaterThan(0);
    const tooLong = sentences.filter((s) => s.words > easyReadLimits.maxWords[locale]).map((s) => s.text);
    expect(tooLong).toEqual([]);
  });

  it('explains every hard word where it first appears, and lists every one it uses', () => {
    expect(terms.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    expect(figures.explained).toBe(figures.hardWords);
  });

  if (locale === 'en') {
    it(`reads at Flesch–Kincaid grade ${easyReadLimits.maxGrade} or below`, () => {
      expect(figures.grade).toBeLessThanOrEqual(easyReadLimits.maxGrade);
    });
  }

  it('links every part to the passage of the full site it comes from', () => {
    expect(sectionsWithoutSourceLink(page.body)).toEqual([]);
  });

  it('passes the checker', () => {
    expect(checkEasyRead(page, realData)).toEqual([]);
  });
});

describe('easy-read rules', () => {
  const head = (lang: Locale, terms = '') =>
    `---\nlang: ${lang}\ntitle: T\ndescription: Ten or more chars.\nlastUpdated: 2026-12-06\n${terms}---\n`;

  it('warns about a sentence past the limit, on its line', () => {
    const long = '하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 열하나 열둘 열셋입니다.';
    const page = fixture(
      `${head('ko')}\n## 제목 {#a}\n\n- ![](icon:map) 짧은 문장입니다. ${long}\n\n[링크](/ko/declaration/#part-1)\n`,
    );
    const problems = checkEasyRead(page, data);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 10,
        ko: expect.stringContaining('13어절'),
        en: expect.stringContaining('13 words'),
      }),
    ]);
  });

  it('finds a hard word not explained at its first use, one never used, and one not listed', () => {
    const terms =
      'terms:\n  - term: 예시어\n    means: 보기로 드는 말\n  - term: 협약\n    means: 함께 맺은 약속\n';
    const body =
      '\n## 제목 {#a}\n\n예시어를 씁니다. 다른 말입니다. 예시어는 보기로 드는 말입니다. 협의체가 모입니다.\n\n[링크](/ko/declaration/#part-2)\n';
    const page = fixture(head('ko', terms) + body);
    const sentences = sentencesOf(page.body, figureTexts('ko'));
    expect(
      hardWordProblems(
        sentences,
        [
          { term: '예시어', means: '보기로 드는 말' },
          { term: '협약', means: '약속' },
        ],
        data.glossary,
        'ko',
      ),
    ).toEqual([
      { kind: 'unexplained', term: '예시어', means: '보기로 드는 말', line: 4 },
      { kind: 'unused', term: '협약' },
      { kind: 'unlisted', term: '협의체', line: 4 },
    ]);
    expect(checkEasyRead(page, data).map((p) => p.line)).toEqual([15, 9, 15]);
  });

  it('asks for abbreviations to be explained', () => {
    expect(abbreviationsIn('EXI and ICT, IoT, R&D, 6G and 3D; not Seoul, e-commerce or e커머스')).toEqual([
      'EXI',
      'ICT',
      'IoT',
      'R&D',
      '6G',
      '3D',
    ]);
  });

  it('warns about a section that links to no passage of the full site', () => {
    const page = fixture(
      `${head('en')}\n## One {#one}\n\nA line. [Home](/en/)\n\n## Two {#two}\n\nB line. [Point](/en/declaration/#part-1)\n`,
      'en',
    );
    expect(sectionsWithoutSourceLink(page.body)).toEqual([{ id: 'one', line: 2 }]);
    expect(checkEasyRead(page, data)).toEqual([
      expect.objectContaining({ line: 8, en: expect.stringContaining('#one') }),
    ]);
  });

  it('leaves other pages alone', () => {
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.';
    expect(checkEasyRead(fixture(`${head('en')}\n${long}\n`, 'en', 'about'), data)).toEqual([]);
  });
});

describe('the easy-read page kept in step with the declaration', () => {
  const declaration = (date: string, locale: Locale = 'ko'): PageFile => ({
    ...fixture(`---\nlang: ${locale}\nlastUpdated: ${date}\n---\n`, locale),
    file: `content/declaration/${locale}/declaration.md`,
    collection: 'declaration',
    key: 'declaration',
  });
  const easyRead = (date: string, locale: Locale = 'ko') =>
    fixture(`---\nlang: ${locale}\nlastUpdated: ${date}\n---\n`, locale);

  it('warns, in both languages and naming both files, when the declaration is newer', () => {
    expect(
      checkEasyReadInStep([
        declaration('2026-12-10'),
        easyRead('2026-12-06'),
        declaration('2026-12-01', 'en'),
        easyRead('2026-12-06', 'en'),
      ]),
    ).toEqual([
      {
        file: 'content/pages/ko/easy-read.md',
        line: 3,
        field: 'lastUpdated',
        severity: 'warning',
        ko: expect.stringMatching(/content\/declaration\/ko\/declaration\.md.*2026-12-10.*lastUpdated/),
        en: expect.stringMatching(/content\/declaration\/ko\/declaration\.md.*2026-12-10.*lastUpdated/),
      },
    ]);
  });

  it('is quiet when the easy-read page is as new as the declaration', () => {
    expect(checkEasyReadInStep([declaration('2026-12-06'), easyRead('2026-12-06')])).toEqual([]);
  });

  it('holds for the real content', () => {
    expect(checkEasyReadInStep(pages)).toEqual([]);
  });
});

describe('pictures beside points', () => {
  it('reports an icon name the site does not have, on its line', () => {
    const page = fixture(
      '---\nlang: ko\n---\n\n- ![](icon:calendar-event) 좋음\n- ![](icon:no-such-icon) 틀림\n',
      'ko',
      'about',
    );
    const { tree } = readBody(page);
    if (!tree) throw new Error('fixture did not parse');
    expect(checkPointIcons(page, tree)).toEqual([
      expect.objectContaining({ severity: 'error', line: 6, en: expect.stringContaining("'no-such-icon'") }),
    ]);
  });
});
