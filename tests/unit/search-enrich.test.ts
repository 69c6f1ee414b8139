import { describe, expect, it } from 'vitest';
import { buildLexicon, compoundParts, keywords, pieces, siteWords } from '../../src/lib/search/enrich.ts';

describe('the lexicon of attested stems', () => {
  const lexicon = buildLexicon([
    '구미시는 구미시와 구미시가 경상북도는 경상북도와 경상북도 구미시에서 구미시에서는 전문가를 전문가의 전문 분야',
  ]);

  it('holds stems seen with two or more endings', () => {
    expect(lexicon.has('구미시')).toBe(true);
    expect(lexicon.has('경상북도')).toBe(true);
    expect(lexicon.has('전문가')).toBe(true);
  });

  it('leaves out inflected forms and shorter stems seen once', () => {
    expect(lexicon.has('구미시가')).toBe(false);
    expect(lexicon.has('구미시에서')).toBe(false);
    expect(lexicon.has('경상북')).toBe(false);
  });

  it('takes editors’ alias terms as attested', () => {
    expect(buildLexicon([], ['구미전자정보기술원', 'GERI']).has('구미전자정보기술원')).toBe(true);
  });
});

describe('pieces of a word', () => {
  it('splits at punctuation and scripts, joins Latin letters across punctuation, drops lone letters', () => {
    expect(pieces('e모빌리티’라는')).toEqual(['e모빌리티', '라는', '모빌리티']);
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
    expect(compoundParts('구미전자정보기술원', dictionaries)).toEqual(
      expect.arrayContaining(['전자정보기술원', '정보기술원', '기술원']),
    );
  });

  it('include the last two syllables of long compounds', () => {
    expect(compoundParts('생산유발효과', dictionaries)).toContain('효과');
    expect(compoundParts('이차전지', dictionaries)).toEqual(['전지']);
  });

  it('leave short and non-Hangul words alone', () => {
    expect(compoundParts('구미', dictionaries)).toEqual([]);
    expect(compoundParts('e모빌리티', dictionaries)).toEqual([]);
  });
});

describe('hidden keywords of a page', () => {
  const dictionaries = {
    lexicon: new Set(['구미전자정보기술원', '강소기업']),
    words: new Set(['기업', '기술', '효과', '재정']),
  };
  const aliases = [{ terms: ['GERI', '구미전자정보기술원'] }];
  const found = keywords({
    text: '구미전자정보기술원은 강소기업을 키웁니다. 행정·재정 지원, ‘e모빌리티’라는 이름, 고용 3만 명 이상, 생산유발효과를 거둡니다.',
    dictionaries,
    aliases,
    related: ['Holograms'],
  });

  it('hold stems, compound parts, middle-dot and script parts and joined figures', () => {
    expect(found.own).toEqual(
      expect.arrayContaining(['기업', '기술원', '재정', '모빌리티', '3만명', '효과']),
    );
  });

  it('keep aliases and related phrases apart, as words the page is only associated with', () => {
    expect(found.associated).toEqual(['geri', 'holograms']);
  });

  it('leave out what Pagefind already finds as a prefix of a word on the page', () => {
    const all = [...found.own, ...found.associated];
    expect(all).not.toContain('구미전자정보기술원');
    expect(all).not.toContain('강소기업');
    expect(all).not.toContain('3만');
  });

  it('use an alias only when the page uses one of its terms', () => {
    expect(keywords({ text: '경상북도와 구미시', dictionaries, aliases }).associated).not.toContain('geri');
  });
});

describe('the site’s words', () => {
  it('are stems and English words, most frequent first', () => {
    const words = siteWords(
      ['홀로그램을 홀로그램은 웨어러블 holograms holograms are'],
      new Set(['홀로그램']),
    );
    expect(words).toEqual(['holograms', '홀로그램', '웨어러블']);
  });
});
