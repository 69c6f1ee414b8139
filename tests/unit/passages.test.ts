import { describe, expect, it } from 'vitest';
import { insertFigures, PassageError, splitPassages } from '../../src/lib/markdown/passages.ts';

const body = `도입 문단입니다.

## 전문 {#preamble}

구미시는 **전자산업**의 거점입니다. [역할](/ko/roles/city/)

## 1. 목표 {#article-1}

고용 <Figure id="jobs-target" />.
`;

describe('passages', () => {
  it('splits at ## headings with their explicit anchors', () => {
    const { leadHtml, passages } = splitPassages(body, {
      figures: new Map([['jobs-target', '3만 명 이상']]),
    });
    expect(leadHtml).toBe('<p>도입 문단입니다.</p>');
    expect(passages.map((p) => p.id)).toEqual(['preamble', 'article-1']);
    expect(passages[0]).toMatchObject({ heading: '전문', headingHtml: '전문', line: 3 });
    expect(passages[0]?.html).toContain('<strong>전자산업</strong>');
    expect(passages[0]?.html).toContain('href="/ko/roles/city/"');
    expect(passages[1]?.html).toBe('<p>고용 3만 명 이상.</p>');
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
    const figures = new Map([['jobs-target', 'x']]);
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
