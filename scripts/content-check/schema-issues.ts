/**
 * Turns a schema failure (zod issue) into a sentence an editor can act on,
 * in Korean and English, naming the field and the fix.
 */
import type { z } from 'astro/zod';
import { declarationTextMessages } from '../../src/lib/content/schemas.ts';

const examples: Record<string, string> = {
  lang: 'lang: ko',
  title: 'title: 홀로그램',
  description: 'description: 한두 문장으로 쓴 페이지 설명',
  lastUpdated: 'lastUpdated: 2026-11-25',
  sources: 'sources: [S0, S1]',
  order: 'order: 1',
  summary: 'summary: 목록에 보일 한 문장',
  aliases: 'aliases: [다른 이름]',
  text: 'text: { kind: restatement }',
  officialSource: 'officialSource: S31',
  from: 'from: /sectors/old-name/',
  to: 'to: /sectors/new-name/',
};

/** Korean for the messages written in the schemas (src/lib/content/schemas.ts). */
const koreanMessages: Record<string, string> = {
  'expected a date written as YYYY-MM-DD': 'YYYY-MM-DD 형식의 날짜여야 합니다',
  'expected YYYY, YYYY-MM or YYYY-MM-DD': 'YYYY, YYYY-MM, YYYY-MM-DD 중 한 형식이어야 합니다',
  'expected a source id such as S0 or S13a': 'S0, S13a 같은 출처 id여야 합니다',
  'use lowercase letters, digits and hyphens': '영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다',
  'Invalid URL': 'http:// 또는 https://로 시작하는 올바른 주소여야 합니다',
  'expected an address such as /sectors/hologram/ or /sectors/hologram/#overview':
    '/sectors/hologram/ 또는 /sectors/hologram/#overview 같은 주소여야 합니다(영문 소문자, 숫자, 하이픈, 끝에 /)',
  'leave out /ko/ or /en/: a redirect applies to both languages':
    '/ko/나 /en/은 빼고 쓰세요. 연결 안내는 두 언어에 함께 적용됩니다',
  'use a Korean site path such as /ko/declaration/': '/ko/declaration/ 같은 한국어판 주소여야 합니다',
  [declarationTextMessages.missing]:
    '한국어 공동선언문에 text: { kind: restatement }(공식 문안이면 kind: official과 officialSource)를 적어야 합니다',
  [declarationTextMessages.koreanOnly]:
    'text는 한국어 공동선언문(content/declaration/ko/declaration.md)에만 씁니다. 영어판은 그 값을 따릅니다',
  [declarationTextMessages.noSource]:
    'kind: official에는 officialSource(공식 문안을 가져온 출처의 id)가 있어야 합니다',
  [declarationTextMessages.sourceUnused]: 'officialSource는 kind: official일 때만 씁니다. 지워 주세요',
  [declarationTextMessages.notListed]: 'officialSource의 출처를 sources 목록에도 넣어 주세요',
};

/** Closest known name to a misspelt one (`titel` → `title`). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const distance = (a: string, b: string) => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let previous = row[0] ?? 0;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const current = row[j] ?? 0;
        row[j] = Math.min(
          (row[j] ?? 0) + 1,
          (row[j - 1] ?? 0) + 1,
          previous + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        previous = current;
      }
    }
    return row[b.length] ?? Infinity;
  };
  const best = candidates
    .map((candidate) => ({ candidate, d: distance(word.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}

export interface IssueText {
  field: string;
  /** Path to point the line at (the unknown key itself, or the field). */
  path: (string | number)[];
  ko: string;
  en: string;
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  allowedFields: readonly string[],
  value: unknown,
): IssueText[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const field = path.join('.') || '(frontmatter)';
  const example = examples[String(path.at(-1))];
  const fix = example ? ` \`${example}\`` : '';

  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const suggestion = closest(key, allowedFields);
        // Field names never contain spaces: this is the rest of a value cut at a comma inside { … }.
        const splitValue = /\s/.test(key);
        return {
          field: [...path, key].join('.'),
          path: [...path, key],
          ko: splitValue
            ? `'${key}'이(가) 항목 이름으로 읽혔습니다. { } 안의 값에 쉼표(,)가 있으면 값을 따옴표로 감싸세요. 예: ko: '구미시, 경상북도'`
            : `알 수 없는 항목 '${key}'입니다.${suggestion ? ` '${suggestion}'의 오타가 아닌지 확인하세요.` : ` 쓸 수 있는 항목: ${allowedFields.join(', ')}`}`,
          en: splitValue
            ? `'${key}' was read as a field name. When a value inside { } contains a comma, put the value in quotes, e.g. en: 'Gumi, Gyeongbuk'.`
            : `Unknown field '${key}'.${suggestion ? ` Did you mean '${suggestion}'?` : ` Allowed fields: ${allowedFields.join(', ')}`}`,
        };
      });
    case 'invalid_type':
      if (value === undefined) {
        return [
          {
            field,
            path,
            ko: `필수 항목 '${field}'이(가) 없습니다. 머리말(--- 사이)에 추가하세요.${fix}`,
            en: `Required field '${field}' is missing. Add it between the --- lines.${fix}`,
          },
        ];
      }
      return [
        {
          field,
          path,
          ko: `'${field}'의 형식이 맞지 않습니다(${issue.expected} 필요).${fix ? ` 예:${fix}` : ''}`,
          en: `'${field}' has the wrong type (expected ${issue.expected}).${fix ? ` Example:${fix}` : ''}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          field,
          path,
          ko: `'${field}'에는 다음 값만 쓸 수 있습니다: ${issue.values.map(String).join(', ')}`,
          en: `'${field}' must be one of: ${issue.values.map(String).join(', ')}`,
        },
      ];
    case 'too_small':
      return [
        {
          field,
          path,
          ko: `'${field}'이(가) 너무 짧거나 비어 있습니다(최소 ${String(issue.minimum)}).`,
          en: `'${field}' is too short or empty (minimum ${String(issue.minimum)}).`,
        },
      ];
    case 'too_big':
      return [
        {
          field,
          path,
          ko: `'${field}'이(가) 너무 깁니다(최대 ${String(issue.maximum)}자). 줄여 주세요.`,
          en: `'${field}' is too long (maximum ${String(issue.maximum)}). Please shorten it.`,
        },
      ];
    default:
      return [
        {
          field,
          path,
          ko: `'${field}'의 값이 올바르지 않습니다: ${koreanMessages[issue.message] ?? issue.message}${fix ? `. 예:${fix}` : ''}`,
          en: `'${field}' is not valid: ${issue.message}${fix ? `. Example:${fix}` : ''}`,
        },
      ];
  }
}
