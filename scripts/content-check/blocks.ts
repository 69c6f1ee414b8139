/**
 * The blocks editors may place in `.mdx` pages (src/components/blocks/index.ts)
 * and what each accepts, so that a misspelt block or attribute is explained
 * here instead of failing the build with a stack trace.
 */
import { figureSchema } from '../../src/lib/content/schemas.ts';
import { fileLine, walk, type MdNode } from './checks.ts';
import type { PageFile } from './files.ts';
import { problem, type Problem } from './problems.ts';
import { closest } from './schema-issues.ts';

interface BlockRule {
  required: readonly string[];
  optional: readonly string[];
}

export const editorBlocks: Record<string, BlockRule> = {
  DeclarationChecksum: { required: [], optional: [] },
  DeclarationCitation: { required: [], optional: [] },
  DeclarationFiles: { required: [], optional: [] },
  DeclarationTextStatus: { required: [], optional: [] },
  Figure: { required: ['id'], optional: [] },
  KeyFigures: { required: ['group'], optional: ['ids'] },
  FactSheet: { required: [], optional: [] },
  Glossary: { required: [], optional: [] },
  OpenDataList: { required: [], optional: [] },
  PreviewCard: { required: [], optional: [] },
  SourceTable: { required: [], optional: [] },
  Timeline: { required: [], optional: [] },
};

const figureGroups: readonly string[] = figureSchema.shape.group.options;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

function usage(name: string): string {
  const rule = editorBlocks[name];
  const attributes = rule?.required.map((attribute) => ` ${attribute}="…"`).join('') ?? '';
  return `<${name}${attributes} />`;
}

export function checkBlocks(page: PageFile, tree: MdNode, figures: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const names = Object.keys(editorBlocks);
  walk(tree, (node) => {
    const line = fileLine(page, node);
    if (node.type === 'html') {
      const tag = /<([A-Z][A-Za-z]*)/.exec(String((node as { value?: unknown }).value ?? ''))?.[1];
      if (tag && tag !== 'Figure') {
        problems.push(
          problem(
            page.file,
            `<${tag} />는 .mdx 파일에서만 쓸 수 있습니다. .md 파일에서는 <Figure id="…" />만 쓸 수 있습니다.`,
            `<${tag} /> works only in .mdx files. In .md files, <Figure id="…" /> is the only tag you can use.`,
            { line },
          ),
        );
      }
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = (node as { name?: string | null }).name ?? '';
    if (!/^[A-Z]/.test(name)) return;
    const rule = editorBlocks[name];
    if (!rule) {
      const guess = closest(name, names);
      problems.push(
        problem(
          page.file,
          `<${name} />라는 블록은 없습니다.${guess ? ` <${guess} />의 오타가 아닌지 확인하세요.` : ''} 쓸 수 있는 블록: ${names.map((n) => `<${n} />`).join(', ')}`,
          `There is no block <${name} />.${guess ? ` Did you mean <${guess} />?` : ''} Blocks you can use: ${names.map((n) => `<${n} />`).join(', ')}`,
          { line },
        ),
      );
      return;
    }
    const attributes = ((node as { attributes?: JsxAttribute[] }).attributes ?? []).filter(
      (attribute) => attribute.type === 'mdxJsxAttribute',
    );
    const given = new Map(attributes.map((attribute) => [attribute.name ?? '', attribute.value]));
    for (const attribute of given.keys()) {
      if (rule.required.includes(attribute) || rule.optional.includes(attribute)) continue;
      const allowed = [...rule.required, ...rule.optional];
      problems.push(
        problem(
          page.file,
          `<${name} />에는 '${attribute}'를 쓸 수 없습니다.${allowed.length ? ` 쓸 수 있는 것: ${allowed.join(', ')}` : ' 이 블록은 속성 없이 씁니다.'} 예: ${usage(name)}`,
          `<${name} /> takes no '${attribute}'.${allowed.length ? ` It takes: ${allowed.join(', ')}.` : ' It is used without attributes.'} Example: ${usage(name)}`,
          { line, field: attribute },
        ),
      );
    }
    for (const attribute of rule.required) {
      if (given.has(attribute)) continue;
      problems.push(
        problem(
          page.file,
          `<${name} />에 '${attribute}'가 빠졌습니다. 예: ${usage(name)}`,
          `<${name} /> needs '${attribute}'. Example: ${usage(name)}`,
          { line, field: attribute },
        ),
      );
    }
    if (name === 'KeyFigures' && given.has('group')) {
      const group = given.get('group');
      if (typeof group !== 'string' || !figureGroups.includes(group)) {
        problems.push(
          problem(
            page.file,
            `<KeyFigures group="…" />의 group에는 다음 값만 쓸 수 있습니다: ${figureGroups.join(', ')}`,
            `The group of <KeyFigures group="…" /> must be one of: ${figureGroups.join(', ')}`,
            { line, field: 'group' },
          ),
        );
      }
    }
    if (name === 'KeyFigures' && given.has('ids')) {
      const expression = (given.get('ids') as { value?: unknown } | undefined)?.value;
      let ids: unknown;
      try {
        ids = JSON.parse(String(expression));
      } catch {
        ids = undefined;
      }
      const unknown = Array.isArray(ids) ? ids.filter((id) => !figures.has(String(id))) : undefined;
      if (!unknown || unknown.length > 0) {
        problems.push(
          problem(
            page.file,
            unknown
              ? `ids의 ${unknown.join(', ')}은(는) content/data/figures.yaml에 없는 수치입니다.`
              : `ids는 ids={["jobs-target", "production-target"]}처럼 수치 id의 목록으로 씁니다.`,
            unknown
              ? `ids names figures that are not in content/data/figures.yaml: ${unknown.join(', ')}`
              : `Write ids as a list of figure ids: ids={["jobs-target", "production-target"]}`,
            { line, field: 'ids' },
          ),
        );
      }
    }
  });
  return problems;
}
