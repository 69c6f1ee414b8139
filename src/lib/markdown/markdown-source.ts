/**
 * Reading the Markdown editors wrote, as source: for the declaration's text
 * copies, the open data, and the content check. (Pages are rendered by the
 * site's pipeline, `processor.ts`.) Each `##` heading with its explicit anchor
 * starts a passage that runs to the next `##`; text before the first heading
 * is the lead.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import { markdownFeatures } from './features.ts';

export type MarkdownNode = MdastNode & {
  position?: { start: { offset: number; line: number }; end: { offset: number; line: number } };
  children?: MarkdownNode[];
  data?: { hProperties?: { id?: unknown } };
  value?: string;
  depth?: number;
};

/** Parses Markdown with the site's dialect, keeping source positions. */
export function parseMarkdown(markdown: string): MarkdownNode {
  return markdownToMdast(markdown, { features: markdownFeatures }) as MarkdownNode;
}

export function plainText(node: MarkdownNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** The anchor written after a heading (`{#article-1}`), if any. */
export function headingAnchor(node: MarkdownNode): string | undefined {
  const id = node.data?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

export interface SourcePassage {
  /** The explicit anchor: `article-1`. */
  id: string;
  /** Heading as plain text. */
  heading: string;
  /** Markdown of the passage body, without its heading. */
  markdown: string;
}

export interface SourceText {
  leadMarkdown: string;
  passages: SourcePassage[];
}

/** Splits Markdown into its lead and passages, each as the Markdown editors wrote. */
export function splitSource(markdown: string): SourceText {
  const tree = parseMarkdown(markdown);
  const headings = (tree.children ?? []).filter((node) => node.type === 'heading' && node.depth === 2);
  const startOf = (node: MarkdownNode) => node.position?.start.offset ?? 0;
  const leadEnd = headings[0] ? startOf(headings[0]) : markdown.length;
  return {
    leadMarkdown: markdown.slice(0, leadEnd).trim(),
    passages: headings.map((heading, index) => {
      const id = headingAnchor(heading);
      const line = heading.position?.start.line ?? 0;
      if (!id) throw new Error(`line ${line}: the heading "${plainText(heading)}" has no anchor`);
      const next = headings[index + 1];
      const bodyStart = heading.position?.end.offset ?? 0;
      return {
        id,
        heading: plainText(heading),
        markdown: markdown.slice(bodyStart, next ? startOf(next) : markdown.length).trim(),
      };
    }),
  };
}
