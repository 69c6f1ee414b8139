/** The declaration as text files: a fixed format, the same bytes for the same text. */
import { describe, expect, it } from 'vitest';
import { insertFigures } from '../../src/lib/markdown/figure-tags.ts';
import { splitSource } from '../../src/lib/markdown/markdown-source.ts';
import { markdownCopy, markdownToPlainText, plainTextCopy } from '../../src/lib/markdown/text-copies.ts';

const figures = new Map([['example-jobs', { value: 40000, text: '4만 명 이상' }]]);
const body = `도입 **문단**입니다.\u0020\u0020
둘째 줄입니다.

## 전문 {#intro}

예시시는 [전자산업](/ko/sectors/)의 거점입니다.

## 1. 목표 {#part-1}

고용을 <Figure id="example-jobs" />으로 늘립니다.

1. 첫째
2. 둘째
   - 세부 사항

> 인용문입니다.
`;
const text = splitSource(insertFigures(body, figures, 'text'));
const sources = {
  heading: '이 페이지의 출처',
  anchor: 'page-sources',
  items: [{ id: 'S90', outlet: '예시일보', published: '2020-11-21', url: 'https://news.example/1' }],
};

describe('plain text', () => {
  it('keeps the text and drops the Markdown', () => {
    expect(markdownToPlainText('**굵게**, *기울임*, `코드`, [링크](/ko/) 그리고 <abbr>약어</abbr>')).toBe(
      '굵게, 기울임, 코드, 링크 그리고 약어',
    );
  });

  it('writes the whole page in the fixed layout', () => {
    expect(plainTextCopy({ title: '제목', text, sources })).toBe(
      [
        '제목',
        '',
        '도입 문단입니다. 둘째 줄입니다.',
        '',
        '전문',
        '',
        '예시시는 전자산업의 거점입니다.',
        '',
        '1. 목표',
        '',
        '고용을 4만 명 이상으로 늘립니다.',
        '',
        '1. 첫째',
        '2. 둘째',
        '   - 세부 사항',
        '',
        '> 인용문입니다.',
        '',
        '이 페이지의 출처',
        '',
        '- [S90] 예시일보, 2020-11-21, https://news.example/1',
        '',
      ].join('\n'),
    );
  });
});

describe('Markdown', () => {
  it('keeps the anchors and the Markdown, with figures as text', () => {
    const copy = markdownCopy({ title: '제목', text, sources });
    expect(copy.startsWith('# 제목\n\n도입 **문단**입니다.\n둘째 줄입니다.\n\n## 전문 {#intro}\n')).toBe(
      true,
    );
    expect(copy).toContain('## 1. 목표 {#part-1}\n\n고용을 4만 명 이상으로 늘립니다.');
    expect(copy).toContain(
      '## 이 페이지의 출처 {#page-sources}\n\n- [S90] 예시일보, 2020-11-21, https://news.example/1\n',
    );
    expect(copy).not.toContain('<data');
  });

  it('puts the notice saying what the text is under the title', () => {
    const copy = markdownCopy({ title: '제목', notice: '이 글이 어떤 글인지 밝힙니다.', text, sources });
    expect(copy.startsWith('# 제목\n\n이 글이 어떤 글인지 밝힙니다.\n\n도입 **문단**입니다.')).toBe(true);
  });
});

describe('the fixed format', () => {
  it('is NFC with LF line ends, no trailing spaces and one final line end', () => {
    const decomposed = '한'.normalize('NFD');
    const copy = plainTextCopy({
      title: `제목 ${decomposed}`,
      text: splitSource('첫 문단\r\n\r\n## 전문 {#intro}\r\n\r\n본문   \r\n'),
      sources: { ...sources, items: [] },
    });
    expect(copy).toBe('제목 한\n\n첫 문단\n\n전문\n\n본문\n');
    expect(copy).toBe(copy.normalize('NFC'));
  });

  it('gives the same bytes every time', () => {
    expect(markdownCopy({ title: '제목', text, sources })).toBe(
      markdownCopy({ title: '제목', text: splitSource(insertFigures(body, figures, 'text')), sources }),
    );
  });
});
