import { describe, expect, it } from 'vitest';
import { locatePassages, type PageFragment } from '../../src/lib/search/result-excerpts.ts';
import { correctWord, editDistance } from '../../src/lib/search/typos.ts';

/** A page as Pagefind returns it: its text as one string of words, headings at word positions. */
function fragment(sections: [anchor: string | null, text: string][], locations: number[] = []): PageFragment {
  const anchors: { element: string; id: string; text: string; location: number }[] = [];
  let words: string[] = ['드론택시.'];
  for (const [anchor, text] of sections) {
    if (anchor) {
      const heading = anchor === 'activity' ? '예시시에서 보도된 내용' : '개요';
      anchors.push({ element: 'h2', id: anchor, text: heading, location: words.length });
      words = [...words, ...`${heading}.`.split(' ')];
    }
    words = [...words, ...text.split(' ')];
  }
  return {
    url: '/ko/sectors/example/',
    content: words.join(' '),
    meta: { title: '드론택시' },
    anchors,
    locations,
  };
}

const text = (parts: { text: string; mark: boolean }[]) =>
  parts.map((part) => (part.mark ? `[${part.text}]` : part.text)).join('');

describe('passages of a result', () => {
  const page = fragment([
    [null, '드론택시는 핵심 분야입니다.'],
    ['summary', '하늘로 입체 교통을 보여 주는 기술입니다.'],
    ['activity', '예시정보기술원은 강소기업을 키웁니다. 고용 4만 명 이상을 목표로 합니다.'],
  ]);

  it('groups matches under the heading above them, best passage first', () => {
    const hits = locatePassages(page, [[['강소기업']], [['4만명']]]);
    expect(hits.map((hit) => hit.anchor)).toEqual(['activity']);
    expect(hits[0]?.terms).toEqual([0, 1]);
    expect(hits[0]?.heading).toBe('예시시에서 보도된 내용');
  });

  it('finds words inside compounds and figures written with a space, and marks only them', () => {
    const [hit] = locatePassages(page, [[['기업']], [['4만명']]]);
    expect(text(hit?.excerpt ?? [])).toBe(
      '예시정보기술원은 강소[기업]을 키웁니다. 고용 [4만] [명] 이상을 목표로 합니다.',
    );
  });

  it('finds a term through its aliases', () => {
    const [hit] = locatePassages(page, [[['exi'], ['예시정보기술원']]]);
    expect(hit?.anchor).toBe('activity');
    expect(text(hit?.excerpt ?? [])).toContain('[예시정보기술원]은');
  });

  it('reads Latin letters across punctuation, as Pagefind does', () => {
    const english = { ...page, content: '드론택시. 거점(R&BD 허브)이 되어야 합니다.', anchors: [] };
    const [hit] = locatePassages(english, [[['rbd']]]);
    expect(text(hit?.excerpt ?? [])).toBe('거점([R&BD] 허브)이 되어야 합니다.');
  });

  it('finds a half-typed syllable through its jamo', () => {
    const [hit] = locatePassages(page, [[['입\u110E']]]);
    expect(text(hit?.excerpt ?? [])).toContain('[입체] 교통을');
  });

  it('treats the page opening as a passage without an anchor and skips the title', () => {
    const [hit] = locatePassages(page, [[['핵심']]]);
    expect(hit?.anchor).toBeUndefined();
    expect(text(hit?.excerpt ?? [])).toBe('드론택시는 [핵심] 분야입니다.');
  });

  it('ranks a passage with the query in its heading before one that only mentions it', () => {
    const hits = locatePassages(
      fragment([
        ['summary', '예시시에서 보았습니다.'],
        ['activity', '내용입니다.'],
      ]),
      [[['예시시']]],
    );
    expect(hits.map((hit) => hit.anchor)).toEqual(['activity', 'summary']);
  });

  it('shows the opening of a page found only through a hidden keyword', () => {
    expect(locatePassages(page, [[['dronetaxi']]])).toEqual([
      {
        anchor: undefined,
        heading: undefined,
        excerpt: [{ text: '드론택시는 핵심 분야입니다.', mark: false }],
        terms: [],
      },
    ]);
  });

  it('also marks the words Pagefind matched by English stemming', () => {
    const english = {
      ...page,
      content: 'Companies. The companies develop parts.',
      anchors: [],
      locations: [2],
    };
    const [hit] = locatePassages(english, [[['company']]]);
    expect(text(hit?.excerpt ?? [])).toBe('The [companies] develop parts.');
    expect(hit?.terms).toEqual([0]);
  });
});

describe('typos', () => {
  const vocabulary = {
    words: '드론택시 나노섬유 스마트팜 개요 고용 기업 시험 협의체 예시클러스터 consortium turbines',
  };

  it.each([
    ['드론텍시', '드론택시'],
    ['나노섬요', '나노섬유'],
    ['스마트펌', '스마트팜'],
    ['emfhsxortl', '드론택시'],
    ['클러스터', '예시클러스터'],
    ['시험협의체', '시험 협의체'],
    ['consrotium', 'consortium'],
    ['turbiens', 'turbines'],
  ])('%s → %s', (typed, meant) => {
    expect(correctWord(typed, vocabulary)).toBe(meant);
  });

  it.each([
    ['기어', 'the beginning of 기업 in jamo'],
    ['고요', 'two syllables: too short to guess'],
    ['사어', 'two syllables: too short to guess'],
    ['드론', 'the beginning of a word'],
    ['xylophone', 'nothing close'],
  ])('%s is not corrected (%s)', (typed) => {
    expect(correctWord(typed, vocabulary)).toBeUndefined();
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('consrotium', 'consortium')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'ab')).toBe(2);
  });
});

describe('the search box strings', () => {
  it('are taken from each language’s interface table, with their placeholders intact', async () => {
    const { searchStringsTable } = await import('../../src/lib/search/strings-module.ts');
    const { dictionaries } = await import('../../src/i18n/ui.ts');
    const table = searchStringsTable();
    expect(Object.keys(table).sort()).toEqual(['en', 'ko']);
    expect(table.ko.count).toBe(dictionaries.ko['search.count']);
    expect(table.en.none).toBe(dictionaries.en['search.none']);
    expect(table.ko.count).toContain('{count}');
    expect(table.en.corrected).toContain('{corrected}');
  });
});
