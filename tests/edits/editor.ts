/**
 * An editor at work on a copy of the project: each documented edit of the
 * editing guide (content/README.md) as a small function that does what the
 * guide says, in its order — rename or delete files, change frontmatter and
 * data files (as YAML, whatever their style), run `npm run new`, fill the
 * placeholders, write redirects, fix the links `npm run check` names, run
 * `npm run urls:update` — and reports what it did, so the tests can check the
 * outcome on the built copy. Which pages it edits is read from the content
 * (and the guide's own examples from the guide), never assumed.
 */
import { existsSync, globSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { localeCodes, type Locale } from '../../src/i18n/locales.ts';
import { entryPath, type PageCollection } from '../../src/i18n/routing.ts';
import { splitAddress } from '../../src/lib/content/redirects.ts';
import type { FigureData, SourceData, TimelineData } from '../../src/lib/content/schemas.ts';
import { readPageFiles } from '../../src/lib/content-check/read-files.ts';
import { runScript } from '../../scripts/lib/project-copy.ts';
import { frontmatterOf, withFrontmatter } from '../helpers/frontmatter.ts';

/** As an editor types a value: on one line, however long. */
const oneLine = { lineWidth: 0 } as const;

/** One command the editor ran, with what it printed. */
export interface Step {
  name: string;
  code: number;
  output: string;
}

/** A problem as `npm run check` prints it. */
export interface Reported {
  severity: 'error' | 'warning';
  file: string;
  line: number | undefined;
  field: string | undefined;
  ko: string;
  en: string;
}

const reportPattern =
  /^(✖ 오류 · error|⚠ 경고 · warning) {2}(\S+?)(?::(\d+))?(?: {2}\[([^\]]+)\])?\n {4}(.*)\n {4}(.*)$/gm;

/** The problems in the output of `npm run check` / `npm run check:content`. */
export function reported(output: string): Reported[] {
  return [...output.matchAll(reportPattern)].map((match) => ({
    severity: match[1]?.startsWith('✖') ? 'error' : 'warning',
    file: match[2] ?? '',
    line: match[3] ? Number(match[3]) : undefined,
    field: match[4],
    ko: match[5] ?? '',
    en: match[6] ?? '',
  }));
}

export class Editor {
  readonly steps: Step[] = [];

  readonly root: string;
  /** The day the editor makes the changes: today, or the day after the content's latest date if that is later. */
  readonly day: string;

  constructor(root: string) {
    this.root = root;
    const dates = globSync('content/**/*.{md,mdx,yaml}', { cwd: root }).flatMap((file) =>
      [
        ...readFileSync(path.join(root, file), 'utf8').matchAll(
          /^ *(?:lastUpdated|date): (\d{4}-\d{2}-\d{2})$/gm,
        ),
      ].map((match) => match[1] ?? ''),
    );
    const latest = dates.sort().at(-1) ?? '';
    const next = latest ? new Date(Date.parse(latest) + 86_400_000).toISOString().slice(0, 10) : '';
    const today = new Date().toISOString().slice(0, 10);
    this.day = next > today ? next : today;
  }

  file(name: string): string {
    return path.join(this.root, name);
  }

  read(name: string): string {
    return readFileSync(this.file(name), 'utf8');
  }

  write(name: string, text: string): void {
    writeFileSync(this.file(name), text);
  }

  edit(name: string, change: (text: string) => string): void {
    const before = this.read(name);
    const after = change(before);
    if (after === before) throw new Error(`the edit changed nothing in ${name}`);
    this.write(name, after);
  }

  /** Runs `npm run <script>` in the copy, as the editor types it, and keeps what it printed. */
  run(name: string, script: string, args: string[] = [], env: Record<string, string> = {}): Step {
    const step = { name, ...runScript(this.root, script, args, env) };
    this.steps.push(step);
    return step;
  }

  /** `npm run check:content`: the check's list of problems (the content part of `npm run check`). */
  check(name: string): Reported[] {
    return reported(this.run(name, 'check:content').output);
  }

  /** Does what each "link goes to an old address" warning says: links straight to the new address, on that line. */
  fixLinksTheCheckNames(name: string): void {
    for (const problem of this.check(`${name}: check`)) {
      const advice =
        /^The link '([^']+)' goes to an old address that now redirects\. Link straight to (\S+?)\.$/.exec(
          problem.en,
        );
      if (!advice || !problem.line) continue;
      const [, old = '', moved = ''] = advice;
      const lines = this.read(problem.file).split('\n');
      const at = problem.line - 1;
      lines[at] = (lines[at] ?? '').replaceAll(`(${old})`, `(${moved})`).replaceAll(old, moved);
      this.write(problem.file, lines.join('\n'));
    }
  }

  /** Adds an entry to content/redirects.yaml, as the guide writes it. */
  addRedirect(from: string, to: string): void {
    const text = this.read('content/redirects.yaml');
    this.write('content/redirects.yaml', `${text.replace(/\n*$/, '\n')}\n- from: ${from}\n  to: ${to}\n`);
  }

  /** Adds an entry at the top of content/data/changes.yaml (before its first item, under the file's comment). */
  addChange(entry: { id: string; title: { ko: string; en: string }; pages: string[] }): void {
    const text = this.read('content/data/changes.yaml');
    const first = text.search(/^- /m);
    const item = stringify(
      [{ id: entry.id, date: this.day, title: entry.title, pages: entry.pages }],
      oneLine,
    );
    this.write('content/data/changes.yaml', `${text.slice(0, first)}${item}${text.slice(first)}`);
  }

  /** Appends an item to the end of a data file. */
  append(file: string, item: Record<string, unknown>): void {
    const text = this.read(file);
    this.write(file, `${text.replace(/\n*$/, '\n')}${stringify([item], oneLine)}`);
  }

  /** The items of a data file. */
  items<T>(file: string): T[] {
    return (parse(this.read(file)) as T[] | null) ?? [];
  }

  /** The page files of a collection in the copy, with their frontmatter. */
  async pages(collection: PageCollection) {
    return (await readPageFiles(this.root, [collection])).map((page) => ({
      ...page,
      data: (page.frontmatter?.doc.toJS() ?? {}) as Record<string, unknown>,
    }));
  }
}

/** The files of the page at a language-less address (`/sectors/<slug>/`), by language. */
async function filesAt(editor: Editor, address: string): Promise<Map<Locale, string>> {
  const files = new Map<Locale, string>();
  for (const page of await readPageFiles(editor.root)) {
    if (page.locale && entryPath(page.collection, page.key, page.locale) === `/${page.locale}${address}`)
      files.set(page.locale, page.file);
  }
  return files;
}

/** The examples the editing guide gives: a renamed page and anchor (“Renaming or removing”), a new sector (“Adding a sector”). */
export function guideExamples(guide: string) {
  const redirects = [...guide.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((block) => parse(block[1] ?? '') as unknown)
    .find(
      (items): items is { from: string; to: string }[] =>
        Array.isArray(items) && items.some((item) => typeof item?.from === 'string'),
    );
  const page = redirects?.find((item) => !item.from.includes('#'));
  const anchor = redirects?.find((item) => item.from.includes('#'));
  const sector = /npm run new -- sector ([a-z0-9-]+)/.exec(guide)?.[1];
  return { page, anchor, sector };
}

/**
 * “Renaming or removing”: a page renamed. Its files get the new name, the old address goes
 * into content/redirects.yaml, the links the check names are fixed, and the
 * new addresses are added to the list of published ones.
 */
export async function renamePage(editor: Editor, from: string, to: string) {
  const files = await filesAt(editor, from);
  if (files.size === 0) throw new Error(`no page is published at ${from}`);
  const newKey = to.split('/').at(-2) ?? '';
  const renamed: Partial<Record<Locale, string>> = {};
  for (const [locale, file] of files) {
    const target = path.join(path.dirname(file), `${newKey}${path.extname(file)}`);
    renameSync(editor.file(file), editor.file(target));
    renamed[locale] = target.split(path.sep).join('/');
  }
  editor.check(`rename ${from}: check names the lost addresses`);
  editor.addRedirect(from, to);
  editor.fixLinksTheCheckNames(`rename ${from}`);
  editor.run(`rename ${from}: urls:update`, 'urls:update');
  return { from, to, files: renamed };
}

/** “Renaming or removing”: an anchor renamed on its page (in both languages), with a redirect from the old one. */
export async function renameAnchor(editor: Editor, from: string, to: string) {
  const { page, anchor } = splitAddress(from);
  const renamed = splitAddress(to).anchor ?? '';
  const files = await filesAt(editor, page);
  for (const file of files.values())
    editor.edit(file, (text) => text.replace(`{#${anchor}}`, `{#${renamed}}`));
  editor.addRedirect(from, to);
  editor.fixLinksTheCheckNames(`rename ${from}`);
  editor.run(`rename ${from}: urls:update`, 'urls:update');
  return { page, from: anchor ?? '', to: renamed };
}

/** The words of a new sector, in both languages. */
const newSectorText = {
  ko: {
    title: '스마트 공장',
    description:
      '시험을 위해 더한 스마트 공장 분야의 소개입니다. 공장 설비를 연결해 생산을 관리하는 분야입니다.',
    summary: '공장 설비를 네트워크로 연결해 생산 과정을 관리하는 분야입니다.',
    paragraphs: [
      '스마트 공장은 이 누리집의 편집 시험을 위해 더한 분야입니다. 다른 분야는 [분야 목록](/ko/sectors/)에서 볼 수 있습니다.',
      '스마트 공장은 공장의 설비와 공정을 네트워크로 연결하고, 모은 자료로 생산 과정을 관리하는 분야입니다. 설비의 상태를 살피고 불량을 줄이는 데 쓰입니다.',
      '이 단락은 시험용 글입니다. 구미에서 이 분야와 관련해 보도된 사업은 이 시험에서 다루지 않습니다. 공동선언의 목표는 고용 <Figure id="{figure}" />입니다.',
      '이 단락도 시험용 글입니다. 공동선언이 말한 산학연 동맹과 이 분야의 관계는 이 시험에서 다루지 않습니다.',
    ],
  },
  en: {
    title: 'Smart factories',
    description:
      'A sector added to test the editing guide: factories whose machines are linked up to manage production.',
    summary: 'Linking factory machines over a network to manage how things are made.',
    paragraphs: [
      "Smart factories is a sector added to test this site's editing guide. The other fields are listed on the [sectors page](/en/sectors/).",
      'A smart factory links its machines and processes over a network and uses the data they send to manage production, watching the state of its equipment and cutting defects.',
      'This section is test text. Projects reported in Gumi for this sector are not part of the test. The declaration aims at <Figure id="{figure}" />.',
      'This section is test text too. How the sector relates to the alliance in the declaration is not part of the test.',
    ],
  },
} as const;

/**
 * “Adding a sector”: a sector added with `npm run new -- sector <slug>`, every
 * placeholder replaced, a change-log entry, the new addresses listed.
 */
export async function addSector(editor: Editor, slug: string, sources: string[], figure: string) {
  editor.run(`new sector ${slug}`, 'new', ['sector', slug]);
  const figureSources =
    editor.items<FigureData>('content/data/figures.yaml').find((item) => item.id === figure)?.sources ?? [];
  for (const locale of localeCodes) {
    const file = `content/sectors/${locale}/${slug}.md`;
    const words = newSectorText[locale];
    let paragraph = 0;
    editor.edit(file, (text) =>
      withFrontmatter(text, (doc) => {
        // New nodes, not the placeholders' quoted ones: the guide says to delete their quotation marks.
        for (const field of ['title', 'description', 'summary'] as const)
          doc.set(field, doc.createNode(words[field]));
        doc.set('sources', [...new Set([...sources, ...figureSources])]);
      })
        .split('\n')
        .map((line) =>
          /^\[(작성|write):/.test(line)
            ? (words.paragraphs[paragraph++] ?? '').replace('{figure}', figure)
            : line,
        )
        .join('\n'),
    );
  }
  editor.addChange({
    id: `${slug}-added`,
    title: { ko: `${newSectorText.ko.title} 분야 추가`, en: `${newSectorText.en.title} sector added` },
    pages: [`/ko/sectors/${slug}/`],
  });
  editor.run(`new sector ${slug}: urls:update`, 'urls:update');
  return { slug, title: { ko: newSectorText.ko.title, en: newSectorText.en.title } };
}

/** “Renaming or removing”: a sector removed, its address redirected to the sectors index. */
export async function removeSector(editor: Editor, slug: string) {
  const from = `/sectors/${slug}/`;
  const files = await filesAt(editor, from);
  for (const file of files.values()) unlinkSync(editor.file(file));
  editor.check(`remove ${from}: check names the lost addresses`);
  editor.addRedirect(from, '/sectors/');
  editor.fixLinksTheCheckNames(`remove ${from}`);
  editor.addChange({
    id: `${slug}-removed`,
    title: { ko: '분야 하나 삭제', en: 'A sector removed' },
    pages: ['/ko/sectors/'],
  });
  editor.run(`remove ${from}: urls:update`, 'urls:update');
  return { from, to: '/sectors/' };
}

/** “Data files”: a figure changed in content/data/figures.yaml. */
export function changeFigure(editor: Editor, id: string) {
  const file = 'content/data/figures.yaml';
  const before = editor.items<FigureData>(file).find((item) => item.id === id)?.value;
  if (before === undefined) throw new Error(`${file} has no figure ${id}`);
  const after = before * 2;
  // The one line an editor changes: the item's `value:`, nothing else of the file.
  editor.edit(file, (text) =>
    text.replace(new RegExp(`(^- id: ${id}\\n(?: {2}.*\\n)*? {2}value: )${before}$`, 'm'), `$1${after}`),
  );
  return { id, before, after };
}

/** “Data files”: a source added at the end of content/data/sources.yaml, with the next free number. */
export function addSource(editor: Editor, outlet: { ko: string; en: string }) {
  const numbers = editor
    .items<SourceData>('content/data/sources.yaml')
    .map((item) => Number(/^S(\d+)/.exec(item.id)?.[1] ?? 0));
  const id = `S${Math.max(0, ...numbers) + 1}`;
  const url = `https://news.example/test-${id.toLowerCase()}`;
  editor.append('content/data/sources.yaml', { id, outlet, published: editor.day, url });
  return { id, url, outlet };
}

/** Cites a source on a page: its id added to the page's `sources` in both languages. */
export async function citeSource(editor: Editor, address: string, id: string) {
  for (const file of (await filesAt(editor, address)).values()) {
    editor.edit(file, (text) =>
      withFrontmatter(text, (doc) => {
        const sources = (frontmatterOf(text).sources as string[] | undefined) ?? [];
        doc.set('sources', [...sources, id]);
      }),
    );
  }
  return { address, id };
}

/** “Data files”: a timeline event, put in its place by date. */
export function addTimelineEvent(editor: Editor, source: string) {
  const file = 'content/data/timeline.yaml';
  const event = {
    id: 'editing-test-event',
    date: '2022-05',
    title: { ko: '편집 시험용 사건', en: 'An event added to test the editing guide' },
    sources: [source],
  };
  const text = editor.read(file);
  const items = editor.items<TimelineData & { date: string | number }>(file);
  const next = items.find((item) => String(item.date) > event.date);
  const at = next ? text.indexOf(`- id: ${next.id}\n`) : text.length;
  editor.write(
    file,
    `${text.slice(0, at).replace(/\n*$/, '\n')}${stringify([event], oneLine)}${text.slice(at)}`,
  );
  return event;
}

/** “Data files”: a glossary term added at the end of content/data/glossary.yaml. */
export function addGlossaryTerm(editor: Editor) {
  const term = {
    id: 'editing-test-term',
    term: { ko: '편집시험어', en: 'editing test term' },
    definition: {
      ko: '편집 안내를 시험하려고 더한 용어입니다.',
      en: 'A term added to test the editing guide.',
    },
  };
  editor.append('content/data/glossary.yaml', term);
  return term;
}

/** “Data files”: a search alias, a new name for a word a page uses. */
export function addSearchAlias(editor: Editor, word: string) {
  const group = { id: 'editing-test-alias', terms: ['편집시험별칭', word] };
  editor.append('content/data/search-aliases.yaml', group);
  return { alias: group.terms[0] ?? '', word };
}

/**
 * “When the official text is published”: the official text replaces the restatement. A source for it,
 * the field switched, each part pasted under its anchor (numbers as written,
 * no figure tags), "about this text" saying where it came from; the easy-read
 * pages brought into step (“Easy Read”); a change-log entry.
 */
export async function publishOfficialText(editor: Editor, source: { id: string; url: string }) {
  const figures = new Map(
    editor.items<FigureData>('content/data/figures.yaml').map((figure) => [figure.id, figure] as const),
  );
  const { formatFigure } = await import('../../src/lib/format-figures.ts');
  for (const locale of localeCodes) {
    const file = `content/declaration/${locale}/declaration.md`;
    editor.edit(file, (text) => {
      const written = text.replace(/<Figure\s+id="([^"]+)"\s*\/>/g, (_, id: string) => {
        const figure = figures.get(id);
        return figure ? formatFigure(figure, locale) : id;
      });
      const about =
        locale === 'ko'
          ? `이 문안은 경상북도가 공개한 공동선언문을 그대로 옮긴 것입니다. 출처: [경상북도](${source.url}).`
          : `This is this site's translation of the official text published by Gyeongsangbuk-do; it is not an official translation, and the Korean text prevails. Source: [Gyeongsangbuk-do](${source.url}).`;
      const withAbout = written.replace(
        /(## [^\n]*\{#about-this-text\}\n\n)[\s\S]*?(?=\n## )/,
        (_, heading: string) => `${heading}${about}\n`,
      );
      return withFrontmatter(withAbout, (doc) => {
        doc.set(
          'description',
          locale === 'ko'
            ? '경상북도·구미시·구미전자정보기술원이 채택한 공동선언문의 공식 문안입니다.'
            : 'The official text of the joint declaration, in this site’s translation.',
        );
        doc.set('lastUpdated', editor.day);
        doc.set('sources', [source.id]);
        if (locale === 'ko') doc.set('text', { kind: 'official', officialSource: source.id });
      });
    });
  }
  const warnings = editor.check('official text: check');
  for (const locale of localeCodes) {
    editor.edit(`content/pages/${locale}/easy-read.md`, (text) =>
      withFrontmatter(text, (doc) => doc.set('lastUpdated', editor.day)),
    );
  }
  editor.addChange({
    id: 'official-text',
    title: { ko: '공동선언문 공식 문안 게시', en: 'Official text of the declaration published' },
    pages: ['/ko/declaration/'],
  });
  editor.run('official text: urls:update', 'urls:update');
  return {
    source: source.id,
    url: source.url,
    easyReadWarned: warnings.some((p) => p.file.includes('easy-read')),
  };
}

/** A page written in Korean first: only content/pages/ko/<key>.md, the English one still to come. */
export function publishKoreanFirst(editor: Editor, key: string) {
  const file = `content/pages/ko/${key}.md`;
  if (existsSync(editor.file(file))) throw new Error(`${file} exists already`);
  editor.write(
    file,
    [
      '---',
      'lang: ko',
      'title: 편집 시험 안내',
      'description: 편집 안내를 시험하려고 한국어로 먼저 게시한 페이지입니다.',
      `lastUpdated: ${editor.day}`,
      '---',
      '',
      '이 페이지는 한국어로 먼저 게시했습니다. 영어판은 아직 없습니다.',
      '',
      '## 첫째 단락 {#first-part}',
      '',
      '번역을 기다리는 첫째 단락입니다.',
      '',
      '## 둘째 단락 {#second-part}',
      '',
      '번역을 기다리는 둘째 단락입니다.',
      '',
    ].join('\n'),
  );
  editor.run(`Korean first ${key}: urls:update`, 'urls:update');
  return { key, file, anchors: ['first-part', 'second-part'] };
}
