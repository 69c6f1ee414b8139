import { describe, expect, it } from 'vitest';
import { moveParticlesIntoFigures } from '../../src/lib/markdown/figure-particles.ts';
import {
  insertFigures,
  PassageError,
  renderMarkdown,
  splitPassages,
} from '../../src/lib/markdown/passages.ts';

const body = `도입 문단입니다.

## 전문 {#preamble}

구미시는 **전자산업**의 거점입니다. [역할](/ko/roles/city/)

## 1. 목표 {#article-1}

고용 <Figure id="jobs-target" />.
`;

describe('passages', () => {
  it('splits at ## headings with their explicit anchors', () => {
    const { leadHtml, passages } = splitPassages(body, {
      figures: new Map([['jobs-target', { value: 30000, text: '3만 명 이상' }]]),
    });
    expect(leadHtml).toBe('<p>도입 문단입니다.</p>');
    expect(passages.map((p) => p.id)).toEqual(['preamble', 'article-1']);
    expect(passages[0]).toMatchObject({ heading: '전문', headingHtml: '전문', line: 3 });
    expect(passages[0]?.html).toContain('<strong>전자산업</strong>');
    expect(passages[0]?.html).toContain('href="/ko/roles/city/"');
    expect(passages[1]?.html).toBe('<p>고용 <data value="30000">3만 명 이상</data>.</p>');
  });

  it('keeps inline markup in headings', () => {
    const { passages } = splitPassages('## *5G* 융합 {#five-g}\n\n본문');
    expect(passages[0]?.headingHtml).toBe('<em>5G</em> 융합');
    expect(passages[0]?.heading).toBe('5G 융합');
  });

  it('refuses a heading without an anchor, naming its line', () => {
    expect(() => splitPassages('앞\n\n## 제목만 있음\n')).toThrow(PassageError);
    expect(() => splitPassages('앞\n\n## 제목만 있음\n')).toThrow(/line 3.*제목만 있음/);
  });

  it('refuses an unknown figure, naming its line', () => {
    const figures = new Map([['jobs-target', { value: 1, text: 'x' }]]);
    expect(() => insertFigures('a\nb <Figure id="nope" />', figures)).toThrow(
      /line 2: <Figure id="nope" \/>/,
    );
  });
});

describe('numbered headings', () => {
  it('keep their number as text, not as a list', () => {
    const { passages } = splitPassages(
      '## 1. 경상북도와 구미시의 역할 {#article-1}\n\n본문\n\n## - 기타 {#other}\n',
    );
    expect(passages[0]?.headingHtml).toBe('1. 경상북도와 구미시의 역할');
    expect(passages[1]?.headingHtml).toBe('- 기타');
  });
});

describe('Korean particles after a figure', () => {
  const figures = new Map([
    ['firms', { value: 21, text: '21곳' }],
    ['fields', { value: 7, text: '7개' }],
    ['share', { value: 68.9, text: '68.9%' }],
  ]);

  it.each([
    ['<Figure id="firms" />가 참여', '21곳</data>이 참여'],
    ['<Figure id="fields" />이 있다', '7개</data>가 있다'],
    ['<Figure id="firms" />를 뽑았다', '21곳</data>을 뽑았다'],
    ['<Figure id="share" />으로 낮아졌다', '68.9%</data>로 낮아졌다'],
    ['<Figure id="firms" />와 함께', '21곳</data>과 함께'],
    ['<Figure id="fields" />는 분야', '7개</data>는 분야'],
  ])('fits %s', (source, expected) => {
    expect(insertFigures(source, figures)).toContain(expected);
  });

  it('leaves the copula and other words alone', () => {
    expect(insertFigures('<Figure id="firms" />입니다', figures)).toContain('21곳</data>입니다');
    expect(insertFigures('<Figure id="fields" />이며', figures)).toContain('7개</data>이며');
    expect(insertFigures('<Figure id="fields" /> 분야', figures)).toContain('7개</data> 분야');
  });
});

describe('particles after a figure in MDX', () => {
  it('moves the particle into the tag and leaves other text alone', () => {
    expect(moveParticlesIntoFigures('기업 <Figure id="small-firms-count" />는 작다')).toBe(
      '기업 <Figure id="small-firms-count" particle="는" /> 작다',
    );
    expect(moveParticlesIntoFigures('<Figure id="x" />입니다. <Figure id="y" /> 규모')).toBe(
      '<Figure id="x" />입니다. <Figure id="y" /> 규모',
    );
  });
});

describe('tables', () => {
  it('scroll sideways in their own labelled region', () => {
    const html = renderMarkdown('| a | b |\n| --- | --- |\n| 1 | 2 |\n', 'en');
    expect(html).toMatch(
      /^<div class="table-scroll" role="region" tabindex="0" aria-label="Table: scroll sideways to see more"><table>/,
    );
  });
});
