import { describe, expect, it } from 'vitest';
import { joinNumberCounters, scriptParts, stemWord, wordParts } from '../../src/lib/search/korean.ts';
import { normaliseQuery } from '../../src/lib/search/query.ts';

const lexicon = new Set(['예시시', '예시도', '전문가', '추진', '드론택시', 'e스포츠', '기업']);

describe('stemming a word', () => {
  it.each([
    ['예시시를', '예시시'],
    ['예시시에서', '예시시'],
    ['예시시에서는', '예시시'],
    ['기업들이', '기업'],
    ['전문가를', '전문가'],
    ['e스포츠를', 'e스포츠'],
    ['추진합니다', '추진'],
  ])('%s → %s (an attested stem)', (word, stem) => {
    expect(stemWord(word, lexicon)).toBe(stem);
  });

  it.each([
    ['예시도', 'an attested noun that ends like a particle'],
    ['전문가', 'an attested noun that ends like a particle'],
    ['사이', 'a particle-like ending that is not stripped without the lexicon'],
    ['칩을', 'a stem must keep two characters'],
    ['개발합니다', 'a verb ending is stripped only onto an attested stem'],
    ['dronetaxi', 'not Korean'],
  ])('%s stays (%s)', (word) => {
    expect(stemWord(word, lexicon)).toBe(word);
  });

  it('strips unambiguous particles from words the site does not attest', () => {
    expect(stemWord('시뮬레이터를', lexicon)).toBe('시뮬레이터');
    expect(stemWord('시뮬레이터에서는', lexicon)).toBe('시뮬레이터');
  });
});

describe('splitting words', () => {
  it('parts a word at middle dots, slashes and brackets, keeping digit groups', () => {
    expect(wordParts('행정·재정')).toEqual(['행정', '재정']);
    expect(wordParts('예시정보기술원(exi)은')).toEqual(['예시정보기술원', 'exi', '은']);
    expect(wordParts('2,000만')).toEqual(['2,000만']);
  });

  it('parts Latin letters from Hangul but not digits', () => {
    expect(scriptParts('e스포츠')).toEqual(['e', '스포츠']);
    expect(scriptParts('xy화학')).toEqual(['xy', '화학']);
    expect(scriptParts('4만명')).toEqual(['4만명']);
  });

  it('joins a number to its counter', () => {
    expect(joinNumberCounters(['4만', '명', '이상'])).toEqual(['4만명', '이상']);
    expect(joinNumberCounters(['7조', '원'])).toEqual(['7조원']);
    expect(joinNumberCounters(['2020년', '11월'])).toEqual(['2020년', '11월']);
    expect(joinNumberCounters(['예시', '명소'])).toEqual(['예시', '명소']);
  });
});

describe('normalising a query', () => {
  it.each([
    ['예시시를', ['예시시']],
    ['  예시시는   예시도와 ', ['예시시', '예시도']],
    ['4만 명', ['4만명']],
    ['4만명이', ['4만명']],
    ['7조 원 이상', ['7조원', '이상']],
    ['6G·ICT', ['6g', 'ict']],
    ['‘e스포츠’를', ['e스포츠']],
    ['드론택시 드론택시을', ['드론택시']],
    ['ㄱ', []],
    ['', []],
  ])('%j → %j', (query, terms) => {
    expect(normaliseQuery(query, lexicon).terms).toEqual(terms);
  });

  it('compares Hangul syllables exactly only when the query is whole Hangul', () => {
    expect(normaliseQuery('드론택시', lexicon).exactDiacritics).toBe(true);
    expect(normaliseQuery('4만 명', lexicon).exactDiacritics).toBe(true);
    expect(normaliseQuery('companies', lexicon).exactDiacritics).toBe(false);
    expect(normaliseQuery('드론택시 dronetaxi', lexicon).exactDiacritics).toBe(false);
  });

  it('keeps a half-typed last syllable as a jamo prefix', () => {
    const query = normaliseQuery('예시ㅅ', lexicon);
    expect(query.terms).toEqual(['예시\u1109']);
    expect(query.exactDiacritics).toBe(false);
    expect(normaliseQuery('예시 ㅅ', lexicon).terms).toEqual(['예시']);
  });

  it('reads text pasted in decomposed form (NFD) like typed text', () => {
    expect(normaliseQuery('예시시를'.normalize('NFD'), lexicon).terms).toEqual(['예시시']);
  });
});
