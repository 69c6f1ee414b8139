/**
 * The rules `npm run check` applies to the content. Each returns problems and
 * never changes a file.
 */
import { z } from 'astro/zod';
import { mdxToMdast } from 'satteri';
import { localeCodes, otherLocale } from '../../src/i18n/locales.ts';
import { dataCollections, pageCollections } from '../../src/lib/content/collections.ts';
import { asTheEditorWritesIt } from '../../src/lib/cms/frontmatter.ts';
import { markdownFeatures } from '../../src/lib/markdown/features.ts';
import { figureTag, headingAnchor, parseMarkdown, plainText } from '../../src/lib/markdown/passages.ts';
import type { DataFile, PageFile, YamlSource } from './files.ts';
import { problem, warning, type Problem } from './problems.ts';
import { describeIssue } from './schema-issues.ts';

export type MdNode = ReturnType<typeof parseMarkdown>;

const anchorFormat = /^[a-z0-9][a-z0-9-]*$/;

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
    if (typeof key === 'number') {
      node = (node?.def?.element as SchemaNode | undefined) ?? node;
    } else {
      node = node?.shape?.[String(key)] as SchemaNode | undefined;
    }
    unwrap();
  }
  return node?.shape ? Object.keys(node.shape) : [];
}

export function schemaProblems(
  file: string,
  yaml: YamlSource,
  schema: z.ZodType,
  basePath: (string | number)[] = [],
) {
  const problems: Problem[] = [];
  const value: unknown = basePath.length ? yaml.doc.getIn(basePath) : yaml.doc.toJS();
  const data =
    value && typeof value === 'object' && 'toJSON' in value
      ? (value as { toJSON(): unknown }).toJSON()
      : value;
  const result = schema.safeParse(data);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const allowed = fieldsAt(schema, issue.path);
    const fieldValue = issue.path.reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined,
      data,
    );
    for (const text of describeIssue(issue, allowed, fieldValue)) {
      const line = yaml.lineOf([...basePath, ...text.path]) ?? yaml.lineOf(basePath) ?? 1;
      problems.push(problem(file, text.ko, text.en, { line, field: text.field }));
    }
  }
  return problems;
}

/** The file is in a language folder, has the right extension and says the right language. */
export function checkLocation(page: PageFile): Problem[] {
  const spec = pageCollections[page.collection];
  const problems: Problem[] = [];
  if (!page.locale) {
    problems.push(
      problem(
        page.file,
        `언어 폴더 밖에 있는 파일입니다. content/${spec.folder}/ko/ 또는 content/${spec.folder}/en/ 안으로 옮기세요.`,
        `This file is not in a language folder. Move it into content/${spec.folder}/ko/ or content/${spec.folder}/en/.`,
      ),
    );
  }
  if (!(spec.extensions as readonly string[]).includes(page.extension)) {
    problems.push(
      problem(
        page.file,
        `이 폴더에는 .${spec.extensions.join(', .')} 파일만 쓸 수 있습니다. 확장자를 .md로 바꾸세요.`,
        `Only .${spec.extensions.join(', .')} files belong in this folder. Rename the file to .md.`,
      ),
    );
  }
  const lang = page.frontmatter?.doc.get('lang');
  if (page.locale && typeof lang === 'string' && lang !== page.locale) {
    problems.push(
      problem(
        page.file,
        `'lang: ${lang}'이(가) 폴더(${page.locale}/)와 다릅니다. 'lang: ${page.locale}'로 고치거나 파일을 ${lang}/ 폴더로 옮기세요.`,
        `'lang: ${lang}' does not match the folder (${page.locale}/). Change it to 'lang: ${page.locale}' or move the file to the ${lang}/ folder.`,
        { line: page.frontmatter?.lineOf(['lang']), field: 'lang' },
      ),
    );
  }
  return problems;
}

/** The frontmatter exists, is valid YAML and follows the collection's schema. */
export function checkFrontmatter(page: PageFile): Problem[] {
  if (!page.frontmatter) {
    return [
      problem(
        page.file,
        '파일 맨 앞에 --- 로 둘러싼 머리말(frontmatter)이 없습니다. 같은 폴더의 다른 파일을 참고해 추가하세요.',
        'The file does not start with frontmatter between --- lines. Copy the block from another file in the same folder.',
        { line: 1 },
      ),
    ];
  }
  const yamlErrors = page.frontmatter.doc.errors;
  if (yamlErrors.length > 0) {
    return yamlErrors.map((error) =>
      problem(
        page.file,
        `머리말의 YAML 문법이 잘못되었습니다: ${error.message.split('\n')[0]} (콜론 뒤 띄어쓰기, 따옴표 짝을 확인하세요.)`,
        `The frontmatter is not valid YAML: ${error.message.split('\n')[0]} (check the space after each colon and matching quotes).`,
        { line: page.frontmatter?.lineAt(error.pos[0]) },
      ),
    );
  }
  return schemaProblems(page.file, page.frontmatter, pageCollections[page.collection].schema);
}

export interface Heading {
  id: string | undefined;
  text: string;
  depth: number;
  line: number;
}

export function walk(node: MdNode, visit: (node: MdNode) => void): void {
  visit(node);
  for (const child of (node as { children?: MdNode[] }).children ?? []) walk(child, visit);
}

/** File line of a node in a page body. */
export function fileLine(page: PageFile, node: MdNode): number {
  return ((node as { position?: { start: { line: number } } }).position?.start.line ?? 1) + page.bodyLine - 1;
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
      parseError: problem(
        page.file,
        `본문을 읽을 수 없습니다: ${message}. MDX 파일에서는 <, {, } 기호를 글자로 쓸 때 주의하세요.`,
        `The text cannot be read: ${message}. In MDX files, <, { and } have special meaning.`,
        { line: line ? Number(line) + page.bodyLine - 1 : page.bodyLine },
      ),
    };
  }
  const headings: Heading[] = [];
  walk(tree, (node) => {
    if (node.type !== 'heading') return;
    headings.push({
      id: headingAnchor(node),
      text: plainText(node),
      depth: (node as { depth?: number }).depth ?? 0,
      line: fileLine(page, node),
    });
  });
  return { tree, headings };
}

/** Every section heading has one explicit, well-formed anchor, used once on the page. */
export function checkHeadings(page: PageFile, headings: readonly Heading[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  for (const heading of headings) {
    if (heading.depth === 1) {
      problems.push(
        problem(
          page.file,
          `본문에 # 제목을 쓰지 마세요. 페이지 제목은 머리말의 title이 됩니다. '## ${heading.text} {#anchor}'처럼 ##를 쓰세요.`,
          `Do not use a # heading in the text; the page title comes from 'title'. Use '## ${heading.text} {#anchor}'.`,
          { line: heading.line },
        ),
      );
      continue;
    }
    if (!heading.id) {
      problems.push(
        problem(
          page.file,
          `제목 '${heading.text}'에 고정 주소(앵커)가 없습니다. 줄 끝에 {#영문-주소}를 붙이세요. 예: '## ${heading.text} {#overview}'`,
          `The heading '${heading.text}' has no anchor. End the line with {#an-id}, e.g. '## ${heading.text} {#overview}'.`,
          { line: heading.line },
        ),
      );
      continue;
    }
    if (!anchorFormat.test(heading.id)) {
      problems.push(
        problem(
          page.file,
          `앵커 '#${heading.id}'에는 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다.`,
          `The anchor '#${heading.id}' may use only lowercase letters, digits and hyphens.`,
          { line: heading.line },
        ),
      );
    }
    const first = seen.get(heading.id);
    if (first !== undefined) {
      problems.push(
        problem(
          page.file,
          `앵커 '#${heading.id}'가 ${first}번째 줄에서 이미 쓰였습니다. 한 페이지 안에서 앵커는 한 번만 쓸 수 있습니다.`,
          `The anchor '#${heading.id}' is already used on line ${first}. Each anchor may appear once per page.`,
          { line: heading.line },
        ),
      );
    } else {
      seen.set(heading.id, heading.line);
    }
  }
  return problems;
}

/** `<Figure id="…" />` and `sources:` name things that exist in the data. */
export function checkReferences(
  page: PageFile,
  known: { figures: Set<string>; sources: Set<string> },
): Problem[] {
  const problems: Problem[] = [];
  for (const match of page.body.matchAll(figureTag)) {
    const id = match[1] ?? '';
    if (known.figures.has(id)) continue;
    const line = page.body.slice(0, match.index).split('\n').length + page.bodyLine - 1;
    problems.push(
      problem(
        page.file,
        `<Figure id="${id}" />: content/data/figures.yaml에 없는 수치입니다. 있는 id: ${[...known.figures].join(', ')}`,
        `<Figure id="${id}" />: there is no such figure in content/data/figures.yaml. Known ids: ${[...known.figures].join(', ')}`,
        { line },
      ),
    );
  }
  const sources = page.frontmatter?.doc.get('sources');
  const list =
    sources && typeof sources === 'object' && 'items' in sources
      ? (sources as { items: { value?: unknown }[] }).items
      : [];
  list.forEach((item, index) => {
    const id = String(item.value ?? '');
    if (!known.sources.has(id)) {
      problems.push(
        problem(
          page.file,
          `출처 '${id}'는 content/data/sources.yaml에 없습니다. 목록에 추가하거나 id를 고치세요.`,
          `The source '${id}' is not in content/data/sources.yaml. Add it there or correct the id.`,
          { line: page.frontmatter?.lineOf(['sources', index]), field: 'sources' },
        ),
      );
    }
  });
  return problems;
}

/**
 * The file is written the way the browser editor writes it (lists one item
 * per line, empty lists left out, one blank line before the text), so that
 * saving it there changes nothing but what was edited.
 */
export function checkEditorStyle(page: PageFile): Problem[] {
  const expected = asTheEditorWritesIt(page.source);
  if (expected === undefined || expected === page.source) return [];
  const actual = page.source.split('\n');
  const wanted = expected.split('\n');
  let at = 0;
  while (at < actual.length && actual[at] === wanted[at]) at++;
  // The lines the editor writes there, up to the next line both files share.
  const resume = wanted.findIndex((line, i) => i > at && actual.slice(at + 1).includes(line));
  const end = resume < 0 ? at + 3 : resume;
  const lines = wanted.slice(at, Math.min(end, at + 6)).map((line) => `\`${line}\``);
  const shown = `${lines.join(' / ')}${end > at + 6 ? ' / …' : ''}`;
  const emptyList = /^(\w+): \[\]$/.exec(actual[at] ?? '');
  const field =
    emptyList?.[1] ?? /^(\w+):/.exec(wanted.slice(0, at + 1).findLast((line) => /^\w/.test(line)) ?? '')?.[1];
  const [ko, en] = emptyList
    ? [`빈 목록 \`${actual[at]}\`은 줄째 지웁니다.`, `Delete the empty list \`${actual[at]}\`, line and all.`]
    : [
        `이 자리에는 이렇게 씁니다: ${shown}. (목록은 한 줄에 하나씩 \`  - \`로 씁니다.)`,
        `Write this here: ${shown}. (A list has one item per line, each starting with \`  - \`.)`,
      ];
  return [
    warning(
      page.file,
      `브라우저 편집기(/admin/)가 쓰는 모양과 다릅니다. ${ko}`,
      `Not written the way the browser editor (/admin/) writes it. ${en}`,
      { line: at + 1, field },
    ),
  ];
}

/** Every page exists in both languages, and both have the same anchors. */
export function checkPairs(
  pages: readonly PageFile[],
  headingsByFile: ReadonlyMap<string, readonly Heading[]>,
): Problem[] {
  const problems: Problem[] = [];
  const groups = new Map<string, Map<string, PageFile>>();
  for (const page of pages) {
    if (!page.locale) continue;
    const id = `${page.collection}/${page.key}`;
    const group = groups.get(id) ?? new Map<string, PageFile>();
    group.set(page.locale, page);
    groups.set(id, group);
  }
  for (const group of groups.values()) {
    for (const locale of localeCodes) {
      const own = group.get(locale);
      const other = group.get(otherLocale(locale));
      if (!own && other) {
        const missing = other.file.replace(`/${other.locale}/`, `/${locale}/`);
        problems.push(
          warning(
            other.file,
            `${locale === 'en' ? '영어' : '한국어'} 파일이 없습니다: ${missing}. 번역본을 만들어야 두 언어가 짝을 이룹니다. (그대로 게시하면 해당 언어에는 '아직 번역되지 않음' 안내가 나옵니다.)`,
            `The ${locale === 'en' ? 'English' : 'Korean'} file is missing: ${missing}. Add the translation so the page exists in both languages (if published as is, that language shows a "not yet translated" notice).`,
          ),
        );
      }
    }
    const ko = group.get('ko');
    const en = group.get('en');
    if (!ko || !en) continue;
    const anchors = (page: PageFile) =>
      (headingsByFile.get(page.file) ?? []).filter((h) => h.id).map((h) => h.id as string);
    const koAnchors = anchors(ko);
    const enAnchors = anchors(en);
    const onlyKo = koAnchors.filter((id) => !enAnchors.includes(id));
    const onlyEn = enAnchors.filter((id) => !koAnchors.includes(id));
    if (onlyKo.length || onlyEn.length) {
      const list = (ids: string[]) => ids.map((id) => `#${id}`).join(', ') || '-';
      problems.push(
        problem(
          en.file,
          `한국어판과 영어판의 앵커가 다릅니다. 한국어에만 있음: ${list(onlyKo)} / 영어에만 있음: ${list(onlyEn)}. 두 파일의 {#…} 앵커를 똑같이 맞추세요.`,
          `The Korean and English files have different anchors. Only in Korean: ${list(onlyKo)}; only in English: ${list(onlyEn)}. Make the {#…} anchors identical in both files.`,
        ),
      );
    } else if (koAnchors.join() !== enAnchors.join()) {
      problems.push(
        problem(
          en.file,
          `한국어판과 영어판의 단락 순서가 다릅니다. 같은 순서로 맞추세요.`,
          `The sections are in a different order from the Korean file. Put them in the same order.`,
        ),
      );
    }
  }
  return problems;
}

/** Every string in a data item, with its path, to find `<Figure … />` tags in data texts. */
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

/** Each data file is a YAML list whose items follow the schema and have unique ids. */
export function checkDataFile(
  data: DataFile,
  known: { sources: Set<string>; figures: Set<string> },
): Problem[] {
  const { yaml, file } = data;
  if (yaml.doc.errors.length > 0) {
    return yaml.doc.errors.map((error) =>
      problem(
        file,
        `YAML 문법이 잘못되었습니다: ${error.message.split('\n')[0]}`,
        `This is not valid YAML: ${error.message.split('\n')[0]}`,
        { line: yaml.lineAt(error.pos[0]) },
      ),
    );
  }
  const items: unknown = yaml.doc.toJS();
  if (!Array.isArray(items)) {
    return [
      problem(
        file,
        '항목마다 "- id: …"로 시작하는 목록이어야 합니다.',
        'The file must be a list of items, each starting with "- id: …".',
        { line: 1 },
      ),
    ];
  }
  const problems: Problem[] = [];
  const schema = dataCollections[data.collection].schema;
  const ids = new Map<string, number>();
  items.forEach((item, index) => {
    problems.push(...schemaProblems(file, yaml, schema, [index]));
    const id = (item as { id?: unknown })?.id;
    const line = yaml.lineOf([index]);
    if (typeof id === 'string') {
      const first = ids.get(id);
      if (first !== undefined) {
        problems.push(
          problem(
            file,
            `id '${id}'가 ${first}번째 줄에서 이미 쓰였습니다. id는 하나씩만 쓸 수 있습니다.`,
            `The id '${id}' is already used on line ${first}. Ids must be unique.`,
            { line, field: 'id' },
          ),
        );
      } else ids.set(id, line ?? 0);
    }
    for (const { path: textPath, text } of stringsIn(item, [index])) {
      for (const match of text.matchAll(figureTag)) {
        const figure = match[1] ?? '';
        if (!known.figures.has(figure)) {
          problems.push(
            problem(
              file,
              `<Figure id="${figure}" />: content/data/figures.yaml에 없는 수치입니다.`,
              `<Figure id="${figure}" />: there is no such figure in content/data/figures.yaml.`,
              { line: yaml.lineOf(textPath), field: textPath.slice(1).join('.') },
            ),
          );
        }
      }
    }
    const citations = Object.entries((item ?? {}) as Record<string, unknown>).filter(
      ([key, value]) => /sources$/i.test(key) && Array.isArray(value),
    ) as [string, unknown[]][];
    for (const [key, cited] of data.collection === 'sources' ? [] : citations) {
      cited.forEach((source, sourceIndex) => {
        if (!known.sources.has(String(source))) {
          problems.push(
            problem(
              file,
              `출처 '${String(source)}'는 content/data/sources.yaml에 없습니다.`,
              `The source '${String(source)}' is not in content/data/sources.yaml.`,
              { line: yaml.lineOf([index, key, sourceIndex]), field: key },
            ),
          );
        }
      });
    }
  });
  return problems;
}

/** Each party in content/data/parties.yaml has its role page, which the fact sheet links to. */
export function checkPartyPages(data: DataFile, roleKeys: ReadonlySet<string>): Problem[] {
  const items: unknown = data.yaml.doc.toJS();
  if (data.collection !== 'parties' || !Array.isArray(items)) return [];
  return items.flatMap((item, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id !== 'string' || roleKeys.has(id)) return [];
    return [
      problem(
        data.file,
        `'${id}'의 역할 페이지가 없습니다. content/roles/ko/${id}.md와 content/roles/en/${id}.md를 만들거나 id를 고치세요. 있는 역할: ${[...roleKeys].join(', ')}`,
        `There is no role page for '${id}'. Create content/roles/ko/${id}.md and content/roles/en/${id}.md, or correct the id. Known roles: ${[...roleKeys].join(', ')}`,
        { line: data.yaml.lineOf([index, 'id']), field: 'id' },
      ),
    ];
  });
}
