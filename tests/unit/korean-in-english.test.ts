import { describe, expect, it } from 'vitest';
import { splitKoreanRuns } from '../../src/lib/markdown/features.ts';
import { renderMarkdown } from '../../src/lib/markdown/passages.ts';

describe('Korean words on English pages', () => {
  it('finds runs of Korean words with their inner spaces and middle dots', () => {
    expect(splitKoreanRuns('the programme (구미형 소재·부품 융합얼라이언스) was won')).toEqual([
      'the programme (',
      { ko: '구미형 소재·부품 융합얼라이언스' },
      ') was won',
    ]);
    expect(splitKoreanRuns('no Korean here')).toEqual(['no Korean here']);
  });

  it('marks them with lang="ko" on English pages only', () => {
    expect(renderMarkdown('Kumoh Techno Valley (금오테크노밸리) in *Gumi*', 'en')).toBe(
      '<p>Kumoh Techno Valley (<span lang="ko">금오테크노밸리</span>) in <em>Gumi</em></p>',
    );
    expect(renderMarkdown('금오테크노밸리', 'ko')).toBe('<p>금오테크노밸리</p>');
  });
});
