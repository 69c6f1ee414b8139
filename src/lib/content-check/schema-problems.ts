/**
 * A schema's findings (`src/lib/content/schemas.ts`, checked by zod) as
 * problems an editor can act on: the field, its line, zod's own message in
 * Korean and English (its `ko` and `en` locales), an example of the field
 * written right, and for a misspelt field the name it probably means.
 */
import { z } from 'astro/zod';
import { didYouMean, inKorean, nothing, say, type Text } from './messages.ts';
import { problem, type Problem } from './problems.ts';
import type { YamlSource } from './read-files.ts';

/** A field written right, line by line. */
const examples: Record<string, string[]> = {
  lang: ['lang: ko'],
  title: ['title: 홀로그램'],
  description: ['description: 한두 문장으로 쓴 페이지 설명'],
  lastUpdated: ['lastUpdated: 2026-11-25'],
  sources: ['sources: [S0, S1]'],
  order: ['order: 1'],
  summary: ['summary: 목록에 보일 한 문장'],
  officialSource: ['officialSource: S31'],
  from: ['from: /sectors/old-name/'],
  to: ['to: /sectors/new-name/'],
};

/** In a page's frontmatter, lists and objects as the browser editor writes them (src/lib/cms/frontmatter.ts). */
const frontmatterExamples: Record<string, string[]> = {
  sources: ['sources:', '  - S0', '  - S1'],
  aliases: ['aliases:', '  - 다른 이름'],
  text: ['text:', '  kind: restatement'],
  terms: ['terms:', '  - term: 강소기업', '    means: 작지만 기술이 뛰어난 기업'],
};

const exampleText = (lines: readonly string[]) => lines.map((line) => `\`${line}\``).join(' / ');

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

type SchemaNode = {
  shape?: Record<string, unknown>;
  def?: { innerType?: unknown; element?: unknown; in?: unknown; options?: unknown[] };
};

/** Field names allowed in the object at `path` of a schema (for "did you mean"). */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node = schema as unknown as SchemaNode | undefined;
  const unwrap = () => {
    for (let guard = 0; node && !node.shape && guard < 10; guard++) {
      const def: SchemaNode['def'] = node.def;
      node = (def?.innerType ??
        def?.in ??
        def?.element ??
        def?.options?.find((o) => (o as SchemaNode).shape)) as SchemaNode | undefined;
    }
  };
  unwrap();
  for (const key of path) {
    node =
      typeof key === 'number'
        ? ((node?.def?.element as SchemaNode | undefined) ?? node)
        : (node?.shape?.[String(key)] as SchemaNode | undefined);
    unwrap();
  }
  return node?.shape ? Object.keys(node.shape) : [];
}

interface Finding {
  path: (string | number)[];
  field: string;
  text: Text;
}

function describe(
  issue: z.core.$ZodIssue,
  korean: string,
  schema: z.ZodType,
  data: unknown,
  inFrontmatter: boolean,
): Finding[] {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  const field = path.join('.') || '(frontmatter)';
  const name = String(path.at(-1));
  const written = (inFrontmatter ? frontmatterExamples[name] : undefined) ?? examples[name];
  const example = written ? say('schema.example', { example: exampleText(written) }) : nothing;
  if (issue.code === 'unrecognized_keys') {
    const allowed = fieldsAt(schema, issue.path);
    return issue.keys.map((key) => {
      const guess = closest(key, allowed);
      // Field names never contain spaces: this is the rest of a value cut at a comma inside { … }.
      const text = /\s/.test(key)
        ? say('schema.valueSplitAtComma', { key })
        : say('schema.unknownField', {
            key,
            hint: guess ? didYouMean(guess) : say('schema.allowedFields', { fields: allowed.join(', ') }),
          });
      return { path: [...path, key], field: [...path, key].join('.'), text };
    });
  }
  const value = path.reduce<unknown>(
    (node, key) =>
      node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
    data,
  );
  if (issue.code === 'invalid_type' && value === undefined) {
    return [
      {
        path,
        field,
        text: say(inFrontmatter ? 'schema.missingInFrontmatter' : 'schema.missing', { field, example }),
      },
    ];
  }
  return [
    {
      path,
      field,
      text: say('schema.invalid', { field, example, message: { ko: inKorean(korean), en: issue.message } }),
    },
  ];
}

/** The value at `basePath` of a YAML file (the whole file when empty) checked against `schema`. */
export function schemaProblems(
  file: string,
  yaml: YamlSource,
  schema: z.ZodType,
  basePath: (string | number)[] = [],
) {
  const node: unknown = basePath.length ? yaml.doc.getIn(basePath) : yaml.doc.toJS();
  const data =
    node && typeof node === 'object' && 'toJSON' in node ? (node as { toJSON(): unknown }).toJSON() : node;
  const english = schema.safeParse(data, { error: z.locales.en().localeError });
  if (english.success) return [];
  const korean = schema.safeParse(data, { error: z.locales.ko().localeError });
  const problems: Problem[] = [];
  english.error.issues.forEach((issue, index) => {
    const koreanMessage = korean.error?.issues[index]?.message ?? issue.message;
    for (const finding of describe(issue, koreanMessage, schema, data, basePath.length === 0)) {
      const line = yaml.lineOf([...basePath, ...finding.path]) ?? yaml.lineOf(basePath) ?? 1;
      problems.push(problem(file, finding.text, { line, field: finding.field }));
    }
  });
  return problems;
}
