/** Runs every content rule over a project folder and returns the problems found. */
import {
  checkDataFile,
  checkFrontmatter,
  checkHeadings,
  checkLocation,
  checkPairs,
  checkReferences,
  headingsOf,
  type Heading,
} from './checks.ts';
import { readDataFiles, readPageFiles } from './files.ts';
import type { Problem } from './problems.ts';

export interface CheckResult {
  problems: Problem[];
  pageCount: number;
}

function ids(items: unknown): Set<string> {
  return new Set(Array.isArray(items) ? items.map((item) => String((item as { id?: unknown })?.id)) : []);
}

export async function checkContent(root: string): Promise<CheckResult> {
  const [pages, dataFiles] = await Promise.all([readPageFiles(root), readDataFiles(root)]);
  const dataOf = (name: string) => dataFiles.find((data) => data.collection === name)?.yaml.doc.toJS();
  const known = { sources: ids(dataOf('sources')), figures: ids(dataOf('figures')) };

  const problems: Problem[] = [];
  for (const data of dataFiles) problems.push(...checkDataFile(data, known));

  const headingsByFile = new Map<string, readonly Heading[]>();
  for (const page of pages) {
    problems.push(...checkLocation(page), ...checkFrontmatter(page));
    const { headings, parseError } = headingsOf(page);
    if (parseError) problems.push(parseError);
    headingsByFile.set(page.file, headings);
    problems.push(...checkHeadings(page, headings), ...checkReferences(page, known));
  }
  problems.push(...checkPairs(pages, headingsByFile));
  return { problems, pageCount: pages.length };
}
