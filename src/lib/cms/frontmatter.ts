/**
 * A page file as the browser editor (Sveltia CMS) writes it: the frontmatter
 * through the `yaml` package with the CMS's own settings (lists one item per
 * line, no line ever folded, quotes only where YAML needs them, single ones
 * preferred), empty optional lists left out, one blank line, the body, one
 * final line break. Content written this way comes back byte for byte when
 * the editor saves it; `npm run check` asks for it (src/lib/content-check),
 * and turning a page into it is one command (README → Browser editing).
 */
import { parse, stringify } from 'yaml';

const frontmatter = /^---\n([\s\S]*?)\n---(?:\n([\s\S]*))?$/;

/** Sveltia CMS's `formatYAML` with the default `output.yaml` options. */
export const editorYaml = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

const isEmpty = (value: unknown) =>
  value === null || value === '' || (Array.isArray(value) && value.length === 0);

/** A page file from its fields and text, as the editor writes one. */
export function editorPage(fields: Record<string, unknown>, body: string): string {
  const kept = Object.fromEntries(Object.entries(fields).filter(([, value]) => !isEmpty(value)));
  const text = body.trim();
  return `---\n${stringify(kept, editorYaml).trim()}\n---\n${text ? `\n${text}\n` : ''}`;
}

/**
 * The text the editor would write for this page, or undefined when the file
 * has no frontmatter the editor could read (the check reports that apart).
 */
export function asTheEditorWritesIt(source: string): string | undefined {
  const match = frontmatter.exec(source.trim().replace(/\r\n?/g, '\n'));
  if (!match) return undefined;
  let data: unknown;
  try {
    data = parse(match[1] ?? '');
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return editorPage(data as Record<string, unknown>, match[2] ?? '');
}
