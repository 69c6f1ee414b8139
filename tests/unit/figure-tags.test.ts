/** `<Figure id="…" />` written into Markdown as the figure's text, with Korean particles fitted to it. */
import { describe, expect, it } from 'vitest';
import { insertFigures } from '../../src/lib/markdown/figure-tags.ts';

const figures = new Map([
  ['firms', { value: 17, text: '17곳' }],
  ['fields', { value: 3, text: '3개' }],
  ['share', { value: 42.9, text: '42.9%' }],
]);

describe('Korean particles after a figure', () => {
  it.each([
    ['<Figure id="firms" />가 참여', '17곳</data>이 참여'],
    ['<Figure id="fields" />이 있다', '3개</data>가 있다'],
    ['<Figure id="firms" />를 뽑았다', '17곳</data>을 뽑았다'],
    ['<Figure id="share" />으로 낮아졌다', '42.9%</data>로 낮아졌다'],
    ['<Figure id="firms" />와 함께', '17곳</data>과 함께'],
    ['<Figure id="fields" />는 분야', '3개</data>는 분야'],
  ])('fits %s', (source, expected) => {
    expect(insertFigures(source, figures)).toContain(expected);
  });

  it('leaves the copula and other words alone', () => {
    expect(insertFigures('<Figure id="firms" />입니다', figures)).toContain('17곳</data>입니다');
    expect(insertFigures('<Figure id="fields" />이며', figures)).toContain('3개</data>이며');
    expect(insertFigures('<Figure id="fields" /> 분야', figures)).toContain('3개</data> 분야');
  });
});

describe('figure tags', () => {
  it('become a <data> element on pages and bare text in copies', () => {
    expect(insertFigures('모두 <Figure id="firms" />', figures)).toBe('모두 <data value="17">17곳</data>');
    expect(insertFigures('<Figure id="firms" />가 있다', figures, 'text')).toBe('17곳이 있다');
  });

  it('name the line of an unknown id', () => {
    expect(() => insertFigures('a\nb <Figure id="nope" />', figures)).toThrow(
      /line 2: <Figure id="nope" \/>/,
    );
  });
});
