/**
 * A page as files to download (`/ko/declaration.txt`, `/ko/declaration.md`),
 * built from the same passages as the page itself, so the copies can never
 * say anything else. The format is fixed, so that the same text always gives
 * the same bytes (and so the same checksum):
 *
 *   - UTF-8 without a byte order mark, Unicode NFC, LF line ends, no spaces at
 *     line ends, exactly one LF at the end, blocks separated by one empty line;
 *   - the title, the notice saying what the text is (when given), the lead,
 *     then each passage: its heading, then its text,
 *     then the sources the text is based on, one per line:
 *     `- [S0] outlet, YYYY-MM-DD, URL` (date and title where known);
 *   - figures (`<Figure id="…" />`) appear as their text ("3만 명 이상");
 *   - Markdown (`.md`): `# title`, `## heading {#anchor}` with the page's own
 *     anchors, the text as the editors wrote it;
 *   - plain text (`.txt`): the same without Markdown: headings as plain lines,
 *     list items as "- " or "1. " lines, emphasis and links as their text.
 */
import { parseMarkdown, type SourceText } from './markdown-source.ts';

/** The parts of an mdast node this module reads. */
interface TreeNode {
  type: string;
  children?: TreeNode[] | undefined;
  value?: string | undefined;
  ordered?: boolean | null | undefined;
  start?: number | null | undefined;
  alt?: string | null | undefined;
}

/** Applies the fixed rules above to a document's blocks. */
function document(blocks: readonly string[]): string {
  const text = blocks
    .map((block) => block.trim())
    .filter(Boolean)
    .join('\n\n')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '');
  return `${text}\n`;
}

function inlineText(node: TreeNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'html':
      // Inline tags (`<data>`, `<abbr>` …) are dropped; their text is in the sibling nodes.
      return '';
    case 'image':
      return node.alt ?? '';
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

/** One paragraph's text: soft line breaks become spaces. */
function paragraph(node: TreeNode): string {
  return inlineText(node)
    .replace(/[ \t]*\n[ \t]*/g, ' ')
    .trim();
}

function indent(text: string, prefix: string): string {
  const padding = ' '.repeat(prefix.length);
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? prefix + line : line ? padding + line : line))
    .join('\n');
}

function blockText(node: TreeNode): string {
  const children = node.children ?? [];
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return paragraph(node);
    case 'list':
      return children
        .map((item, index) => {
          const marker = node.ordered ? `${(node.start ?? 1) + index}. ` : '- ';
          return indent((item.children ?? []).map(blockText).join('\n'), marker);
        })
        .join('\n');
    case 'blockquote':
      return children
        .map(blockText)
        .join('\n\n')
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'code':
      return node.value ?? '';
    case 'thematicBreak':
      return '* * *';
    case 'html':
      return (node.value ?? '').replace(/<[^>]*>/g, '').trim();
    case 'table':
      return children.map((row) => (row.children ?? []).map(paragraph).join(' | ')).join('\n');
    default:
      return children.map(blockText).join('\n\n');
  }
}

/** Markdown reduced to plain text, block by block. */
export function markdownToPlainText(markdown: string): string {
  const root = parseMarkdown(markdown) as unknown as TreeNode;
  return (root.children ?? []).map(blockText).filter(Boolean).join('\n\n');
}

export interface CopySource {
  id: string;
  outlet: string;
  title?: string | undefined;
  published?: string | undefined;
  url: string;
}

export interface CopyContent {
  title: string;
  /** One paragraph under the title saying what the text is. */
  notice?: string | undefined;
  /** The page's source, with each figure as its text. */
  text: SourceText;
  sources: { heading: string; anchor: string; items: readonly CopySource[] };
}

function sourceLines(sources: CopyContent['sources']): string {
  return sources.items
    .map(
      (source) =>
        `- [${source.id}] ${[source.outlet, source.title, source.published, source.url].filter(Boolean).join(', ')}`,
    )
    .join('\n');
}

export function markdownCopy({ title, notice, text, sources }: CopyContent): string {
  return document([
    `# ${title}`,
    notice ?? '',
    text.leadMarkdown,
    ...text.passages.flatMap((passage) => [`## ${passage.heading} {#${passage.id}}`, passage.markdown]),
    ...(sources.items.length > 0 ? [`## ${sources.heading} {#${sources.anchor}}`, sourceLines(sources)] : []),
  ]);
}

export function plainTextCopy({ title, notice, text, sources }: CopyContent): string {
  return document([
    title,
    notice ?? '',
    markdownToPlainText(text.leadMarkdown),
    ...text.passages.flatMap((passage) => [passage.heading, markdownToPlainText(passage.markdown)]),
    ...(sources.items.length > 0 ? [sources.heading, sourceLines(sources)] : []),
  ]);
}
