/**
 * Edits a page's frontmatter as YAML, the way an editor's change means it,
 * whatever the style it is written in (`sources: [S1, S2]` or a block list):
 * the document is parsed, changed and written back with its comments, in the
 * style the guide shows and the browser editor writes.
 */
import { parseDocument, type Document } from 'yaml';
import { editorYaml } from '../../src/lib/cms/frontmatter.ts';

const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/;

export function withFrontmatter(source: string, change: (doc: Document) => void): string {
  const match = frontmatter.exec(source);
  if (!match) throw new Error('the file has no frontmatter');
  const doc = parseDocument(match[1] ?? '');
  change(doc);
  return `---\n${doc.toString(editorYaml)}---${source.slice(match[0].length)}`;
}

/** The frontmatter as plain data. */
export function frontmatterOf(source: string): Record<string, unknown> {
  const match = frontmatter.exec(source);
  return (parseDocument(match?.[1] ?? '').toJS() as Record<string, unknown> | null) ?? {};
}

/** Takes one id out of the `sources` list. */
export const withoutSource = (id: string) => (source: string) =>
  withFrontmatter(source, (doc) => {
    const sources = (doc.get('sources') as { items: { value?: unknown }[] } | undefined)?.items ?? [];
    const index = sources.findIndex((item) => item.value === id);
    if (index < 0) throw new Error(`${id} is not among the sources`);
    doc.deleteIn(['sources', index]);
  });
