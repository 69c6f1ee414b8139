import { describe, expect, it } from 'vitest';
import { buildLexicon, compoundParts, keywords, pieces, siteWords } from '../../src/lib/search/enrich.ts';

describe('the lexicon of attested stems', () => {
  const lexicon = buildLexicon([
    '예시시는 예시시와 예시시가 예시남도는 예시남도와 예시남도 예시시에서 예시시에서는 전문가를 전문가의 전문 분야',
  ]);

  it('holds stems seen with two or more endings', () => {
    expect(lexicon.has('예시시')).toBe(true);
    expect(lexicon.has('예시남도')).toBe(true);
    expect(lexicon.has('전문가')).toBe(true);
  });

  it('leaves out inflected forms and shorter stems seen once', () => {
    expect(lexicon.has('예시시가')).toBe(false);
    expect(lexicon.has('예시시에서')).toBe(false);
    expect(lexicon.has('예시남')).toBe(false);
  });

  it('takes editors’ alias terms as attested', () => {
    expect(buildLexicon([], ['예시전자정보기술원', 'EXI']).has('예시전자정보기술원')).toBe(true);
  });
});

describe('pieces of a word', () => {
  it('splits at punctuation and scripts, joins Latin letters across punctuation, drops lone letters', () => {
    expect(pieces('e스포츠’라는')).toEqual(['e스포츠', '라는', '스포츠']);
    expect(pieces('거점(r&bd')).toEqual(['거점', 'rbd']);
    expect(pieces('행정·재정')).toEqual(['행정', '재정']);
  });
});

describe('compound parts', () => {
  const dictionaries = {
    lexicon: new Set<string>(),
    words: new Set(['기업', '기술', '정보', '전자', '효과']),
  };

  it('are the parts of a compound that begin with another word of the site', () => {
    expect(compoundParts('강소기업', dictionaries)).toEqual(['기업']);
    expect(compoundParts('예시전자정보기술원', dictionaries)).toEqual(
      expect.arrayContaining(['전자정보기술원', '정보기술원', '기술원']),
    );
  });

  it('include the last two syllables of long compounds', () => {
    expect(compoundParts('생산유발효과', dictionaries)).toContain('효과');
    expect(compoundParts('이차전지', dictionaries)).toEqual(['전지']);
  });

  it('leave short and non-Hangul words alone', () => {
    expect(compoundParts('예시', dictionaries)).toEqual([]);
    expect(compoundParts('e스포츠', dictionaries)).toEqual([]);
  });
});

describe('hidden keywords of a page', () => {
  const dictionaries = {
    lexicon: new Set(['예시전자정보기술원', '강소기업']),
    words: new Set(['기업', '기술', '효과', '재정']),
  };
  const aliases = [{ terms: ['EXI', '예시전자정보기술원'] }];
  const found = keywords({
    text: '예시전자정보기술원은 강소기업을 키웁니다. 행정·재정 지원, ‘e스포츠’라는 이름, 고용 4만 명 이상, 생산유발효과를 거둡니다.',
    dictionaries,
    aliases,
    related: ['Turbines'],
  });

  it('hold stems, compound parts, middle-dot and script parts and joined figures', () => {
    expect(found.own).toEqual(expect.arrayContaining(['기업', '기술원', '재정', '스포츠', '4만명', '효과']));
  });

  it('keep aliases and related phrases apart, as words the page is only associated with', () => {
    expect(found.associated).toEqual(['exi', 'turbines']);
  });

  it('leave out what Pagefind already finds as a prefix of a word on the page', () => {
    const all = [...found.own, ...found.associated];
    expect(all).not.toContain('예시전자정보기술원');
    expect(all).not.toContain('강소기업');
    expect(all).not.toContain('4만');
  });

  it('use an alias only when the page uses one of its terms', () => {
    expect(keywords({ text: '예시남도와 예시시', dictionaries, aliases }).associated).not.toContain('exi');
  });
});

describe('the site’s words', () => {
  it('are stems and English words, most frequent first', () => {
    const words = siteWords(['드론택시를 드론택시는 나노섬유 drones drones are'], new Set(['드론택시']));
    expect(words).toEqual(['drones', '드론택시', '나노섬유']);
  });
});
