/**
 * A page that shows a figure lists where the figure comes from: every source
 * a figure names in content/data/figures.yaml must be in the page's own
 * `sources:`, so the page's source list is complete. Figures are shown by
 * `<Figure id="…" />`, by `<KeyFigures group="…" ids={[…]} />`, and by blocks
 * that show figures from the data (`<FactSheet />`, `<Timeline />`).
 */
import { figureTag } from '../../markdown/figure-tags.ts';
import { say } from '../messages.ts';
import { problem, type Problem } from '../problems.ts';
import { stringsIn, walk, type MdNode, type PageFile } from '../read-files.ts';
import { figureIds } from './block-rules.ts';

export interface FigureSources {
  /** Figure id → the ids of its sources. */
  sources: ReadonlyMap<string, readonly string[]>;
  /** Group → the ids of its figures, for `<KeyFigures group="…" />`. */
  groups: ReadonlyMap<string, readonly string[]>;
  /** Block name → the figures it shows from the data. */
  blocks: Readonly<Record<string, readonly string[]>>;
}

interface FigureItem {
  id?: unknown;
  group?: unknown;
  sources?: unknown;
}

/** What the rule needs from content/data/figures.yaml and content/data/timeline.yaml (as parsed YAML). */
export function figureSources(figures: unknown, timeline: unknown): FigureSources {
  const items = (Array.isArray(figures) ? figures : []) as FigureItem[];
  const sources = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  for (const { id, group, sources: cited } of items) {
    if (typeof id !== 'string') continue;
    sources.set(id, Array.isArray(cited) ? cited.map(String) : []);
    if (typeof group === 'string') groups.set(group, [...(groups.get(group) ?? []), id]);
  }
  const inTimeline = stringsIn(timeline).flatMap(({ text }) =>
    [...text.matchAll(figureTag)].map((m) => m[1] ?? ''),
  );
  return { sources, groups, blocks: { FactSheet: groups.get('target') ?? [], Timeline: inTimeline } };
}

interface JsxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
}

/** The figures a page shows, each with the file line where it first appears. */
function shownFigures(page: PageFile, tree: MdNode | undefined, data: FigureSources): Map<string, number> {
  const shown = new Map<string, number>();
  const add = (ids: readonly string[], line: number) => {
    for (const id of ids) if (!shown.has(id)) shown.set(id, line);
  };
  for (const match of page.body.matchAll(figureTag)) {
    add([match[1] ?? ''], page.body.slice(0, match.index).split('\n').length + page.bodyLine - 1);
  }
  if (!tree) return shown;
  walk(tree, (node) => {
    const element = node as unknown as JsxNode;
    if (element.type !== 'mdxJsxFlowElement' && element.type !== 'mdxJsxTextElement') return;
    const line = (element.position?.start.line ?? 1) + page.bodyLine - 1;
    const attributes = new Map((element.attributes ?? []).map((a) => [a.name ?? '', a.value]));
    if (element.name === 'KeyFigures') {
      const group = attributes.get('group');
      // `ids` that are not a list are reported by the blocks rule.
      add(
        figureIds(attributes.get('ids')) ?? (typeof group === 'string' ? (data.groups.get(group) ?? []) : []),
        line,
      );
    } else if (element.name && Object.hasOwn(data.blocks, element.name)) {
      add(data.blocks[element.name] ?? [], line);
    }
  });
  return shown;
}

export function checkFigureSources(page: PageFile, tree: MdNode | undefined, data: FigureSources): Problem[] {
  const listed = page.frontmatter?.doc.get('sources');
  const items =
    listed && typeof listed === 'object' && 'items' in listed
      ? (listed as { items: { value?: unknown }[] }).items
      : [];
  const own = new Set(items.map((item) => String(item.value ?? '')));
  const problems: Problem[] = [];
  for (const [id, line] of shownFigures(page, tree, data)) {
    const missing = (data.sources.get(id) ?? []).filter((source) => !own.has(source));
    if (missing.length === 0) continue;
    // One line each under `sources:`, as the browser editor writes a list (src/lib/cms/frontmatter.ts).
    const fix = missing.map((source) => `\`  - ${source}\``).join(' / ');
    problems.push(
      problem(page.file, say('reference.figureSourceMissing', { id, missing: missing.join(', '), fix }), {
        line,
        field: 'sources',
      }),
    );
  }
  return problems;
}
