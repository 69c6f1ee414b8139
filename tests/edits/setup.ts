/**
 * Global setup of the `edits` project: ONE copy of the project, every edit the
 * editing guide describes applied to it the way an editor would
 * (tests/edits/editor.ts), then `npm run check`, a page published in Korean
 * first, `npm run build`, and the copy's own unit, build and browser tests run
 * inside it, the same gates the real content passes. Nothing here throws for
 * a failed step: each step's exit code and output are handed to the tests
 * (tests/edits/*.test.ts), which say what went wrong. The copy is removed
 * afterwards unless KEEP_EDITED_COPY is set.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { copyProject, removeProject, runInCopy } from '../../scripts/lib/project-copy.ts';
import type { FigureData } from '../../src/lib/content/schemas.ts';
import {
  addGlossaryTerm,
  addSearchAlias,
  addSector,
  addSource,
  addTimelineEvent,
  changeFigure,
  citeSource,
  Editor,
  guideExamples,
  publishKoreanFirst,
  publishOfficialText,
  removeSector,
  renameAnchor,
  renamePage,
  reported,
  type Reported,
  type Step,
} from './editor.ts';

/** Tests that build copies of their own test the code, not the content; the copy's run leaves them out. */
const ownCopies = ['tests/build/reproducible.test.ts', 'tests/build/content-errors.test.ts'];
export const editBase = 'https://git.example/site/edit/main/';

export interface EditedCopy {
  root: string;
  /** What each edit did, for the tests to check on the built copy (undefined when applying them failed). */
  edits: Awaited<ReturnType<typeof applyEdits>> | undefined;
  /** The page published in Korean first, after the check of the other edits. */
  koreanFirst: ReturnType<typeof publishKoreanFirst> | undefined;
  /** Why an edit of the guide could not be applied literally, if so. */
  notes: string[];
  steps: Step[];
  /** `npm run check` after the edits, then with the page in Korean only. */
  check: Step;
  checkKoreanFirst: Step & { problems: Reported[] };
  build: Step;
  /** The copy's own tests: their exit code, output and failed tests. */
  gates: Step & { failed: string[]; passed: number };
  seconds: number;
}

export async function applyEdits(editor: Editor, notes: string[]) {
  const guide = guideExamples(editor.read('content/README.md'));
  const sectorsByOrder = (await editor.pages('sectors'))
    .filter((page) => page.locale === 'ko')
    .sort((a, b) => Number(a.data.order) - Number(b.data.order));
  const exists = (address: string) => sectorsByOrder.some((page) => `/sectors/${page.key}/` === address);

  // Once the content has made the guide's example its own (the page renamed for real), another page is renamed below.
  const guideRename =
    guide.page && exists(guide.page.from) && !exists(guide.page.to)
      ? await renamePage(editor, guide.page.from, guide.page.to)
      : undefined;
  if (!guideRename)
    notes.push(
      `the guide's rename example (${guide.page?.from} → ${guide.page?.to}) does not fit the content`,
    );
  const touched = new Set([guide.page?.from, guide.anchor && guide.anchor.from.split('#')[0]]);

  const first = sectorsByOrder.find((page) => !touched.has(`/sectors/${page.key}/`));
  if (!first) throw new Error('the content has no sector to rename');
  const rename = await renamePage(editor, `/sectors/${first.key}/`, `/sectors/${first.key}-renamed/`);
  touched.add(rename.from);

  const anchorPage = guide.anchor?.from.split('#')[0] ?? '';
  const anchorFrom = guide.anchor?.from.split('#')[1] ?? '';
  const hasAnchor = sectorsByOrder.some(
    (page) => `/sectors/${page.key}/` === anchorPage && page.body.includes(`{#${anchorFrom}}`),
  );
  let anchor;
  if (guide.anchor && hasAnchor) {
    anchor = await renameAnchor(editor, guide.anchor.from, guide.anchor.to);
  } else {
    notes.push(`the guide's anchor example (${guide.anchor?.from}) is not in the content`);
    const page = sectorsByOrder.find((p) => !touched.has(`/sectors/${p.key}/`));
    const id = /\{#([a-z0-9-]+)\}/.exec(page?.body ?? '')?.[1];
    if (!page || !id) throw new Error('the content has no sector with an anchor to rename');
    anchor = await renameAnchor(editor, `/sectors/${page.key}/#${id}`, `/sectors/${page.key}/#${id}-renamed`);
  }
  touched.add(anchor.page);

  const figureId = editor
    .items<FigureData>('content/data/figures.yaml')
    .find((figure) => figure.group === 'target' && figure.unit !== 'years')?.id;
  if (!figureId) throw new Error('content/data/figures.yaml has no target figure to change');
  const figure = changeFigure(editor, figureId);

  const source = addSource(editor, { ko: '편집시험일보', en: 'Editing Test Daily' });
  const sector = await addSector(editor, guide.sector ?? 'smart-factory', [source.id], figure.id);
  const cited = await citeSource(editor, rename.to, source.id);

  const removable = [...sectorsByOrder].reverse().find((page) => !touched.has(`/sectors/${page.key}/`));
  if (!removable) throw new Error('the content has no sector left to remove');
  const removal = await removeSector(editor, removable.key);

  const timeline = addTimelineEvent(editor, source.id);
  const term = addGlossaryTerm(editor);
  const alias = addSearchAlias(editor, sector.title.ko);
  const officialSource = addSource(editor, { ko: '경상북도', en: 'Gyeongsangbuk-do' });
  const official = await publishOfficialText(editor, officialSource);
  return {
    guideRename,
    rename,
    anchor,
    figure,
    source,
    sector,
    cited,
    removal,
    timeline,
    term,
    alias,
    official,
  };
}

function runGates(root: string, env: Record<string, string>): EditedCopy['gates'] {
  const report = path.join(root, 'edits-gates.json');
  const result = runInCopy(
    root,
    'npx',
    [
      'vitest',
      'run',
      '--project=unit',
      '--project=build',
      '--project=e2e',
      ...ownCopies.map((file) => `--exclude=${file}`),
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  return { name: 'the copy’s unit, build and browser tests', ...result, ...readReport(report, root) };
}

/** Failed tests (and test files that failed as a whole) of Vitest's JSON report. */
function readReport(report: string, root: string): { failed: string[]; passed: number } {
  interface Report {
    numPassedTests: number;
    testResults: {
      name: string;
      status: string;
      message?: string;
      assertionResults: { status: string; fullName: string; failureMessages: string[] }[];
    }[];
  }
  let json: Report;
  try {
    json = JSON.parse(readFileSync(report, 'utf8')) as Report;
  } catch {
    return { failed: ['the copy’s tests wrote no report'], passed: 0 };
  }
  const failed = json.testResults.flatMap((file) => {
    const name = path.relative(root, file.name);
    const tests = file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `${name} › ${test.fullName}\n${test.failureMessages.join('\n').slice(0, 2000)}`);
    return tests.length === 0 && file.status === 'failed' ? [`${name}\n${file.message ?? ''}`] : tests;
  });
  return { failed, passed: json.numPassedTests };
}

export default async function setup(project: TestProject) {
  const started = performance.now();
  const root = copyProject('edits-');
  const editor = new Editor(root);
  const notes: string[] = [];
  const env = { EDIT_BASE_URL: editBase };
  const failedStep = (name: string, error: unknown): Step => ({
    name,
    code: 1,
    output: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });

  let edits: EditedCopy['edits'] | undefined;
  let check: Step;
  try {
    edits = await applyEdits(editor, notes);
    check = editor.run('npm run check', 'check');
  } catch (error) {
    check = failedStep('applying the edits', error);
  }
  const koreanFirst = edits ? publishKoreanFirst(editor, 'editing-test') : undefined;
  const checkKoreanFirst = edits ? editor.run('npm run check (Korean first)', 'check:content') : check;
  const build = edits && check.code === 0 ? editor.run('npm run build', 'build', [], env) : check;
  const gates =
    build.code === 0
      ? runGates(root, env)
      : { ...build, failed: ['not run: the copy did not build'], passed: 0 };

  const copy: EditedCopy = {
    root,
    edits,
    koreanFirst,
    notes,
    steps: editor.steps,
    check,
    checkKoreanFirst: { ...checkKoreanFirst, problems: reported(checkKoreanFirst.output) },
    build,
    gates,
    seconds: Math.round((performance.now() - started) / 1000),
  };
  project.provide('editedCopy', copy);
  return () => {
    if (!process.env.KEEP_EDITED_COPY) removeProject(root);
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    editedCopy: EditedCopy;
  }
}
