import { describe, expect, it } from 'vitest';
import type { PartyData } from '../../src/lib/content/schemas.ts';
import { fillSentence, inSentence, joinNames, roleFlows, type Segment } from '../../src/lib/role-flows.ts';

const text = (segments: Segment[]) => segments.map((segment) => segment.text).join('');
const party = (
  id: PartyData['id'],
  order: number,
  what: string,
  to: PartyData['gives']['to'],
): PartyData => ({
  id,
  order,
  name: { ko: id, en: id },
  shortName: { ko: id, en: id },
  adopted: true,
  gives: { what: { ko: what, en: what }, to },
  sources: ['S90'],
});

describe('flows between the parties', () => {
  it('groups parties that give the same thing to the same receivers', () => {
    const flows = roleFlows([
      party('city', 2, 'support', ['firms', 'institute']),
      party('province', 1, 'support', ['institute', 'firms']),
      party('institute', 3, 'groundwork', ['firms']),
      party('firms', 4, 'parts', ['targets']),
    ]);
    expect(flows.map((flow) => [flow.from, flow.to])).toEqual([
      [
        ['province', 'city'],
        ['institute', 'firms'],
      ],
      [['institute'], ['firms']],
      [['firms'], ['targets']],
    ]);
  });
});

describe('sentences about the flows', () => {
  it('fits Korean particles to the names that fill a sentence', () => {
    const names = joinNames([[{ text: '예시도', href: '/ko/roles/province/' }], [{ text: '예시시' }]], 'ko');
    expect(text(names)).toBe('예시도와 예시시');
    const sentence = fillSentence('{from}은 {to}에 {what}을 제공하기로 했습니다.', {
      from: names,
      to: joinNames([[{ text: '예시원' }], [{ text: '지역 기업' }]], 'ko'),
      what: [{ text: '핵심 부품·소재' }],
    });
    expect(text(sentence)).toBe(
      '예시도와 예시시는 예시원과 지역 기업에 핵심 부품·소재를 제공하기로 했습니다.',
    );
    expect(sentence[0]).toEqual({ text: '예시도', href: '/ko/roles/province/' });
  });

  it('joins English names and lowers common nouns inside a sentence', () => {
    expect(text(joinNames([[{ text: 'A' }], [{ text: 'B' }], [{ text: 'C' }]], 'en'))).toBe('A, B and C');
    expect(inSentence('Local firms')).toBe('local firms');
    expect(inSentence("The declaration's targets")).toBe("the declaration's targets");
    expect(inSentence('Example City')).toBe('Example City');
    expect(inSentence('Example-do')).toBe('Example-do');
    expect(inSentence('EXI')).toBe('EXI');
  });

  it('names a slot left unfilled', () => {
    expect(() => fillSentence('{from} gives', {})).toThrow(/\{from\}/);
  });
});
