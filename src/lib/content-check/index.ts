/**
 * The content check (`npm run check:content`): runs every rule of `rules/`
 * over a project folder and returns what it found. Each rule is a function
 * that reads the editors' files and returns problems, told in the words of
 * `messages/ko.json` and `messages/en.json`; none changes a file.
 */
import { redirectsFile } from '../content/redirects.ts';
import { entryPath } from '../../i18n/routing.ts';
import type { Problem } from './problems.ts';
import { publishedSite, type PublishedSite } from './published-site.ts';
import {
  readBody,
  readDataFiles,
  readPageFiles,
  readYamlFile,
  type Heading,
  type PageBody,
} from './read-files.ts';
import { checkBlocks } from './rules/block-rules.ts';
import { checkDataFile, checkPartyPages } from './rules/data-rules.ts';
import { checkEditorStyle } from './rules/editor-style-rules.ts';
import {
  checkEasyRead,
  checkEasyReadInStep,
  checkPointIcons,
  readEasyReadData,
} from './rules/easy-read-rules.ts';
import { checkFigureSources, figureSources } from './rules/figure-source-rules.ts';
import { checkDataLinks, checkLinks } from './rules/link-rules.ts';
import {
  checkFrontmatter,
  checkHeadings,
  checkLocation,
  checkPairs,
  checkPlaceholders,
  checkReferences,
  checkShown,
} from './rules/page-rules.ts';
import { checkManifest, checkRedirects, readManifest } from './rules/url-rules.ts';

export interface CheckResult {
  problems: Problem[];
  pageCount: number;
  /** The pages and anchors the content publishes, as the check worked them out. */
  site: PublishedSite;
}

function ids(items: unknown): Set<string> {
  return new Set(Array.isArray(items) ? items.map((item) => String((item as { id?: unknown })?.id)) : []);
}

export async function checkContent(root: string): Promise<CheckResult> {
  const [pages, dataFiles, redirects, manifest] = await Promise.all([
    readPageFiles(root),
    readDataFiles(root),
    readYamlFile(root, redirectsFile),
    readManifest(root),
  ]);
  const dataOf = (name: string) => dataFiles.find((data) => data.collection === name)?.yaml.doc.toJS();
  const known = { sources: ids(dataOf('sources')), figures: ids(dataOf('figures')) };
  const anchoredIds = {
    sources: [...known.sources],
    glossary: [...ids(dataOf('glossary'))],
    changes: [...ids(dataOf('changes'))],
  };

  const easyReadData = readEasyReadData(dataOf('figures'), dataOf('glossary'));
  const shownSources = figureSources(dataOf('figures'), dataOf('timeline'));

  const problems: Problem[] = [];
  for (const data of dataFiles) problems.push(...checkDataFile(data, known));

  const bodies = new Map<string, PageBody>();
  const headingsByFile = new Map<string, readonly Heading[]>();
  for (const page of pages) {
    const placeholders = checkPlaceholders(page);
    // A field still holding its placeholder is reported once, as unwritten.
    const notPlaceholder = (found: Problem) => !placeholders.fields.has(found.field?.split('.')[0] ?? '');
    problems.push(
      ...checkLocation(page),
      ...checkFrontmatter(page).filter(notPlaceholder),
      ...checkEditorStyle(page),
      ...checkReferences(page, known).filter(notPlaceholder),
      ...placeholders.problems,
    );
    const body = readBody(page);
    if (body.parseError) problems.push(body.parseError);
    bodies.set(page.file, body);
    headingsByFile.set(page.file, body.headings);
    problems.push(...checkHeadings(page, body.headings));
    if (body.tree)
      problems.push(...checkBlocks(page, body.tree, known.figures), ...checkPointIcons(page, body.tree));
    problems.push(...checkEasyRead(page, easyReadData), ...checkFigureSources(page, body.tree, shownSources));
  }
  problems.push(...checkPairs(pages, headingsByFile), ...checkEasyReadInStep(pages));

  const site = publishedSite(pages, headingsByFile, anchoredIds);
  problems.push(...checkShown(pages, site, headingsByFile));
  const roleKeys = new Set(pages.filter((page) => page.collection === 'roles').map((page) => page.key));
  for (const data of dataFiles) problems.push(...checkPartyPages(data, roleKeys));

  const { problems: redirectProblems, table } = checkRedirects(redirects, site);
  problems.push(...redirectProblems);
  const targets = { site, redirects: table };
  for (const page of pages) {
    const tree = bodies.get(page.file)?.tree;
    const ownPath = page.locale && entryPath(page.collection, page.key, page.locale);
    if (tree) problems.push(...checkLinks(page, tree, ownPath, targets));
  }
  for (const data of dataFiles) problems.push(...checkDataLinks(data, targets));

  if ('addresses' in manifest) problems.push(...checkManifest(manifest, site, table));
  else problems.push(manifest);

  return { problems, pageCount: pages.length, site };
}
