/**
 * Reads the editors' files the way the site does, keeping line numbers so that
 * every problem can point at the exact line: page files with their
 * frontmatter and parsed text, data files, other YAML files. Reads only;
 * never writes.
 */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { isLocale, type Locale } from '../../i18n/locales.ts';
import { dataCollections, pageCollections, type DataCollectionName } from '../content/collections.ts';
import type { PageCollection } from '../../i18n/routing.ts';
import { markdownFeatures } from '../markdown/features.ts';
import { headingAnchor, parseMarkdown, plainText, type MarkdownNode } from '../markdown/markdown-source.ts';
import { mdxToMdast } from 'satteri';
import { say } from './messages.ts';
import { problem, type Problem } from './problems.ts';

export interface YamlSource {
  doc: Document;
  /** 1-based line of a character offset in the YAML text, shifted to the file. */
  lineAt(offset: number): number;
  /** Line of a key or list item, found by its path (`['title']`, `[3, 'url']`). */
  lineOf(pathInDoc: readonly (string | number)[]): number | undefined;
}

export interface PageFile {
  /** Path from the project root with forward slashes. */
  file: string;
  collection: PageCollection;
  /** From the folder; undefined when the file is not in a language folder. */
  locale: Locale | undefined;
  /** Translation key: the file name without extension (and sub-folders). */
  key: string;
  extension: string;
  /** The whole file as read. */
  source: string;
  frontmatter: YamlSource | undefined;
  /** Everything after the closing `---`. */
  body: string;
  /** File line on which the body starts. */
  bodyLine: number;
}

export interface DataFile {
  file: string;
  collection: DataCollectionName;
  yaml: YamlSource;
}

function yamlSource(text: string, firstLine: number): YamlSource {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  return {
    doc,
    lineAt,
    lineOf(pathInDoc) {
      for (let depth = pathInDoc.length; depth > 0; depth--) {
        const parentPath = pathInDoc.slice(0, depth - 1);
        const last = pathInDoc[depth - 1];
        const parent = parentPath.length ? doc.getIn(parentPath, true) : doc.contents;
        const items = (parent as { items?: unknown[] } | null)?.items;
        if (!Array.isArray(items)) continue;
        const item =
          typeof last === 'number'
            ? items[last]
            : items.find((pair) => (pair as { key?: { value?: unknown } }).key?.value === last);
        const node = item as { key?: { range?: number[] }; range?: number[] } | undefined;
        const offset = node?.key?.range?.[0] ?? node?.range?.[0];
        if (offset !== undefined) return lineAt(offset);
      }
      return undefined;
    },
  };
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export function parsePageSource(
  source: string,
): Pick<PageFile, 'source' | 'frontmatter' | 'body' | 'bodyLine'> {
  const match = frontmatterPattern.exec(source);
  if (!match) return { source, frontmatter: undefined, body: source, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  return {
    source,
    frontmatter: yamlSource(match[1] ?? '', 2),
    body: source.slice(match[0].length),
    bodyLine,
  };
}

/** The page files of `collections` (all of them unless named). */
export async function readPageFiles(
  root: string,
  collections = Object.keys(pageCollections) as PageCollection[],
): Promise<PageFile[]> {
  const files: PageFile[] = [];
  for (const collection of collections) {
    const spec = pageCollections[collection];
    const base = path.join(root, 'content', spec.folder);
    for await (const relative of glob('**/*.{md,mdx}', { cwd: base })) {
      const name = path.basename(relative);
      if (name.startsWith('_')) continue;
      const parts = relative.split(path.sep);
      const first = parts[0];
      const locale = parts.length > 1 && isLocale(first) ? first : undefined;
      const extension = path.extname(name).slice(1);
      const key = (locale ? parts.slice(1) : parts).join('/').replace(/\.[^.]+$/, '');
      const source = await readFile(path.join(base, relative), 'utf8');
      files.push({
        file: ['content', spec.folder, ...parts].join('/'),
        collection,
        locale,
        key,
        extension,
        ...parsePageSource(source),
      });
    }
  }
  return files.sort((a, b) => a.file.localeCompare(b.file));
}

export async function readDataFiles(root: string): Promise<DataFile[]> {
  const files: DataFile[] = [];
  for (const [collection, spec] of Object.entries(dataCollections) as [
    DataCollectionName,
    (typeof dataCollections)[DataCollectionName],
  ][]) {
    const text = await readFile(path.join(root, spec.file), 'utf8');
    files.push({ file: spec.file, collection, yaml: yamlSource(text, 1) });
  }
  return files;
}

/** A YAML file of the project, or undefined when it does not exist. */
export async function readYamlFile(root: string, file: string): Promise<YamlSource | undefined> {
  const text = await readFile(path.join(root, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : yamlSource(text, 1);
}

export type MdNode = MarkdownNode;

export function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** File line of a node in a page body. */
export function fileLine(page: PageFile, node: MdNode): number {
  return (node.position?.start.line ?? 1) + page.bodyLine - 1;
}

export interface Heading {
  id: string | undefined;
  text: string;
  depth: number;
  line: number;
}

export interface PageBody {
  /** The parsed text; undefined when it cannot be read (then `parseError` says why). */
  tree: MdNode | undefined;
  headings: Heading[];
  parseError?: Problem;
}

/** Parses a page body once, with its headings, their explicit anchors and file lines. */
export function readBody(page: PageFile): PageBody {
  let tree: MdNode;
  try {
    tree =
      page.extension === 'mdx'
        ? (mdxToMdast(page.body, { features: markdownFeatures }) as MdNode)
        : parseMarkdown(page.body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /(\d+):\d+/.exec(message)?.[1];
    return {
      tree: undefined,
      headings: [],
      parseError: problem(page.file, say('page.unreadable', { error: message }), {
        line: line ? Number(line) + page.bodyLine - 1 : page.bodyLine,
      }),
    };
  }
  const headings: Heading[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    headings.push({
      id: headingAnchor(node),
      text: plainText(node),
      depth: node.depth ?? 0,
      line: fileLine(page, node),
    });
  });
  return { tree, headings };
}

/** Every string in a data item, with its path, to find figure tags and links in data texts. */
export function stringsIn(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsIn(item, [...path, key]));
  }
  return [];
}

/** A YAML syntax error of a file, on its line. */
export function yamlProblems(file: string, yaml: YamlSource): Problem[] {
  return yaml.doc.errors.map((error) =>
    problem(file, say('yaml.syntax', { error: error.message.split('\n')[0] ?? '' }), {
      line: yaml.lineAt(error.pos[0]),
    }),
  );
}
