/**
 * The blocks editors may place in `.mdx` pages and what each accepts, so that
 * a misspelt block or attribute is explained here instead of failing the
 * build with a stack trace. `src/components/blocks/index.ts` must offer a
 * component for every block listed here (its type says so).
 */
import { figureSchema } from '../../content/schemas.ts';
import { didYouMean, say } from '../messages.ts';
import { problem, type Problem } from '../problems.ts';
import { fileLine, walk, type MdNode, type PageFile } from '../read-files.ts';
import { closest } from '../schema-problems.ts';

interface BlockRule {
  required: readonly string[];
  optional: readonly string[];
}

export const editorBlocks = {
  DeclarationChecksum: { required: [], optional: [] },
  DeclarationCitation: { required: [], optional: [] },
  DeclarationFiles: { required: [], optional: [] },
  DeclarationTextStatus: { required: [], optional: [] },
  KeyFigures: { required: ['group'], optional: ['ids'] },
  FactSheet: { required: [], optional: [] },
  Glossary: { required: [], optional: [] },
  OpenDataList: { required: [], optional: [] },
  PreviewCard: { required: [], optional: [] },
  SourceTable: { required: [], optional: [] },
  Timeline: { required: [], optional: [] },
} satisfies Record<string, BlockRule>;

export type BlockName = keyof typeof editorBlocks;

/** Tags editors write in `.md` and `.mdx` alike: `<Figure id="…" />` is written into the text, not a block. */
const textTags: Record<string, BlockRule> = { Figure: { required: ['id'], optional: [] } };

const rules: Record<string, BlockRule> = { ...editorBlocks, ...textTags };
const figureGroups: readonly string[] = figureSchema.shape.group.options;

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

const usage = (name: string) =>
  `<${name}${(rules[name]?.required ?? []).map((attribute) => ` ${attribute}="…"`).join('')} />`;

/** `<KeyFigures ids={["a", "b"]} />`: the figures named, or undefined when `ids` is not such a list. */
export function figureIds(expression: unknown): string[] | undefined {
  try {
    const ids: unknown = JSON.parse(String((expression as { value?: unknown } | undefined)?.value));
    return Array.isArray(ids) ? ids.map(String) : undefined;
  } catch {
    return undefined;
  }
}

export function checkBlocks(page: PageFile, tree: MdNode, figures: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const names = Object.keys(rules);
  walk(tree, (node) => {
    const line = fileLine(page, node);
    if (node.type === 'html') {
      const tag = /<([A-Z][A-Za-z]*)/.exec(node.value ?? '')?.[1];
      if (tag && tag !== 'Figure') problems.push(problem(page.file, say('block.mdxOnly', { tag }), { line }));
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const name = (node as { name?: string | null }).name ?? '';
    if (!/^[A-Z]/.test(name)) return;
    const rule = rules[name];
    if (!rule) {
      const hint = didYouMean(closest(name, names), (guess) => `<${guess} />`);
      problems.push(
        problem(
          page.file,
          say('block.unknown', { name, hint, blocks: names.map((n) => `<${n} />`).join(', ') }),
          { line },
        ),
      );
      return;
    }
    const attributes = ((node as { attributes?: JsxAttribute[] }).attributes ?? []).filter(
      (attribute) => attribute.type === 'mdxJsxAttribute',
    );
    const given = new Map(attributes.map((attribute) => [attribute.name ?? '', attribute.value]));
    const allowed = [...rule.required, ...rule.optional];
    for (const attribute of given.keys()) {
      if (allowed.includes(attribute)) continue;
      const takes = allowed.length
        ? say('block.takes', { attributes: allowed.join(', ') })
        : say('block.takesNone');
      problems.push(
        problem(page.file, say('block.attributeNotTaken', { name, attribute, takes, usage: usage(name) }), {
          line,
          field: attribute,
        }),
      );
    }
    for (const attribute of rule.required) {
      if (given.has(attribute)) continue;
      problems.push(
        problem(page.file, say('block.attributeMissing', { name, attribute, usage: usage(name) }), {
          line,
          field: attribute,
        }),
      );
    }
    if (name !== 'KeyFigures') return;
    const group = given.get('group');
    if (given.has('group') && (typeof group !== 'string' || !figureGroups.includes(group))) {
      problems.push(
        problem(page.file, say('block.figureGroup', { groups: figureGroups.join(', ') }), {
          line,
          field: 'group',
        }),
      );
    }
    if (given.has('ids')) {
      const ids = figureIds(given.get('ids'));
      const unknown = ids?.filter((id) => !figures.has(id));
      if (!unknown) problems.push(problem(page.file, say('block.figureIdsFormat'), { line, field: 'ids' }));
      else if (unknown.length > 0) {
        problems.push(
          problem(page.file, say('block.figureIdsUnknown', { ids: unknown.join(', ') }), {
            line,
            field: 'ids',
          }),
        );
      }
    }
  });
  return problems;
}
