import { describe, expect, it } from 'vitest';
import { joinNumberCounters, scriptParts, stemWord, wordParts } from '../../src/lib/search/korean.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';

const lexicon = new Set(['구미시', '경상북도', '전문가', '추진', '홀로그램', 'e모빌리티', '기업']);

describe('stemming a word', () => {
  it.each([
    ['구미시를', '구미시'],
    ['구미시에서', '구미시'],
    ['구미시에서는', '구미시'],
    ['기업들이', '기업'],
    ['전문가를', '전문가'],
    ['e모빌리티를', 'e모빌리티'],
    ['추진합니다', '추진'],
  ])('%s → %s (an attested stem)', (word, stem) => {
    expect(stemWord(word, lexicon)).toBe(stem);
  });

  it.each([
    ['경상북도', 'an attested noun that ends like a particle'],
    ['전문가', 'an attested noun that ends like a particle'],
    ['사이', 'a particle-like ending that is not stripped without the lexicon'],
    ['칩을', 'a stem must keep two characters'],
    ['개발합니다', 'a verb ending is stripped only onto an attested stem'],
    ['hologram', 'not Korean'],
  ])('%s stays (%s)', (word) => {
    expect(stemWord(word, lexicon)).toBe(word);
  });

  it('strips unambiguous particles from words the site does not attest', () => {
    expect(stemWord('테스트베드를', lexicon)).toBe('테스트베드');
    expect(stemWord('테스트베드에서는', lexicon)).toBe('테스트베드');
  });
});

describe('splitting words', () => {
  it('parts a word at middle dots, slashes and brackets, keeping digit groups', () => {
    expect(wordParts('행정·재정')).toEqual(['행정', '재정']);
    expect(wordParts('구미전자정보기술원(geri)은')).toEqual(['구미전자정보기술원', 'geri', '은']);
    expect(wordParts('2,000만')).toEqual(['2,000만']);
  });

  it('parts Latin letters from Hangul but not digits', () => {
    expect(scriptParts('e모빌리티')).toEqual(['e', '모빌리티']);
    expect(scriptParts('lg화학')).toEqual(['lg', '화학']);
    expect(scriptParts('3만명')).toEqual(['3만명']);
  });

  it('joins a number to its counter', () => {
    expect(joinNumberCounters(['3만', '명', '이상'])).toEqual(['3만명', '이상']);
    expect(joinNumberCounters(['6조', '원'])).toEqual(['6조원']);
    expect(joinNumberCounters(['2020년', '11월'])).toEqual(['2020년', '11월']);
    expect(joinNumberCounters(['구미', '명소'])).toEqual(['구미', '명소']);
  });
});

describe('normalising a query', () => {
  it.each([
    ['구미시를', ['구미시']],
    ['  구미시는   경상북도와 ', ['구미시', '경상북도']],
    ['3만 명', ['3만명']],
    ['3만명이', ['3만명']],
    ['6조 원 이상', ['6조원', '이상']],
    ['5G·ICT', ['5g', 'ict']],
    ['‘e모빌리티’를', ['e모빌리티']],
    ['홀로그램 홀로그램을', ['홀로그램']],
    ['ㄱ', []],
    ['', []],
  ])('%j → %j', (query, terms) => {
    expect(normaliseQuery(query, lexicon).terms).toEqual(terms);
  });

  it('compares Hangul syllables exactly only when the query is whole Hangul', () => {
    expect(normaliseQuery('홀로그램', lexicon).exactDiacritics).toBe(true);
    expect(normaliseQuery('3만 명', lexicon).exactDiacritics).toBe(true);
    expect(normaliseQuery('companies', lexicon).exactDiacritics).toBe(false);
    expect(normaliseQuery('홀로그램 hologram', lexicon).exactDiacritics).toBe(false);
  });

  it('keeps a half-typed last syllable as a jamo prefix', () => {
    const query = normaliseQuery('구미ㅅ', lexicon);
    expect(query.terms).toEqual(['구미\u1109']);
    expect(query.exactDiacritics).toBe(false);
    expect(normaliseQuery('구미 ㅅ', lexicon).terms).toEqual(['구미']);
  });

  it('reads text pasted in decomposed form (NFD) like typed text', () => {
    expect(normaliseQuery('구미시를'.normalize('NFD'), lexicon).terms).toEqual(['구미시']);
  });
});
