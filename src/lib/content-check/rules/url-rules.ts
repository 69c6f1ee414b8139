/**
 * URL permanence (SPEC §4). Every address ever published is listed in
 * content/published-urls.json; each must still be published, or lead
 * somewhere through content/redirects.yaml. The redirects themselves must
 * start from an address that is gone and lead to one that exists.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { localeCodes } from '../../../i18n/locales.ts';
import { entryPath, localeOf, type PageCollection } from '../../../i18n/routing.ts';
import { pageCollections } from '../../content/collections.ts';
import { redirectTable, redirectsFile, splitAddress, type RedirectTable } from '../../content/redirects.ts';
import { redirectSchema, type RedirectData } from '../../content/schemas.ts';
import { didYouMean, say } from '../messages.ts';
import { problem, warning, type Problem } from '../problems.ts';
import { publishedAddresses, type PublishedSite } from '../published-site.ts';
import { yamlProblems, type YamlSource } from '../read-files.ts';
import { closest, schemaProblems } from '../schema-problems.ts';

export const manifestFile = 'content/published-urls.json';

export interface Manifest {
  addresses: string[];
}

/** The committed list of published addresses; a problem instead when it cannot be read. */
export async function readManifest(root: string): Promise<Manifest | Problem> {
  let text: string;
  try {
    text = await readFile(path.join(root, manifestFile), 'utf8');
  } catch {
    return problem(manifestFile, say('urls.manifestMissing'));
  }
  let addresses: unknown;
  try {
    addresses = JSON.parse(text);
  } catch (error) {
    addresses = error;
  }
  if (!Array.isArray(addresses) || !addresses.every((item) => typeof item === 'string')) {
    return problem(manifestFile, say('urls.manifestUnreadable'));
  }
  return { addresses };
}

/** `/ko/sectors/holo/` → `/sectors/holo/`: the form redirects are written in. */
export function withoutLocale(sitePath: string): string {
  const locale = localeOf(sitePath);
  return locale ? sitePath.slice(locale.length + 1) : sitePath;
}

/** The file that used to make a page, to say what to restore: `/en/sectors/5g/` → `content/sectors/en/5g.md`. */
function formerFile(sitePath: string): string | undefined {
  const locale = localeOf(sitePath);
  const key = sitePath.split('/').at(-2);
  if (!locale || !key) return undefined;
  for (const [collection, spec] of Object.entries(pageCollections) as [
    PageCollection,
    (typeof pageCollections)[PageCollection],
  ][]) {
    const route = entryPath(collection, key, locale);
    if (route === sitePath) return `content/${spec.folder}/${locale}/${key}.${spec.extensions[0]}`;
  }
  return undefined;
}

interface CheckedRedirects {
  problems: Problem[];
  table: RedirectTable;
}

/** content/redirects.yaml: valid entries, each from an address that is gone to one that exists. */
export function checkRedirects(source: YamlSource | undefined, site: PublishedSite): CheckedRedirects {
  const empty = { problems: [], table: redirectTable([]) };
  if (!source) return empty;
  const file = redirectsFile;
  if (source.doc.errors.length > 0) {
    return { ...empty, problems: yamlProblems(file, source) };
  }
  const items: unknown = source.doc.toJS() ?? [];
  if (!Array.isArray(items)) {
    return { ...empty, problems: [problem(file, say('urls.redirectsNotAList'), { line: 1 })] };
  }

  const problems: Problem[] = [];
  const entries: { redirect: RedirectData; line: number | undefined; index: number }[] = [];
  items.forEach((item, index) => {
    const found = schemaProblems(file, source, redirectSchema, [index]);
    problems.push(...found);
    const parsed = redirectSchema.safeParse(item);
    if (found.length === 0 && parsed.success) {
      entries.push({ redirect: parsed.data, line: source.lineOf([index]), index });
    }
  });

  const pageMoves = new Map<string, string>();
  const firstLine = new Map<string, number | undefined>();
  const usable: RedirectData[] = [];
  for (const { redirect, line } of entries) {
    if (firstLine.has(redirect.from)) {
      const values = { from: redirect.from, line: firstLine.get(redirect.from) ?? '?' };
      problems.push(problem(file, say('urls.redirectTwice', values), { line, field: 'from' }));
      continue;
    }
    firstLine.set(redirect.from, line);
    if (splitAddress(redirect.from).anchor === undefined) pageMoves.set(redirect.from, redirect.to);
  }

  const published = (neutral: string) => localeCodes.every((l) => site.pages.has(`/${l}${neutral}`));
  const anchorsOf = (neutral: string) => site.pages.get(`/${localeCodes[0]}${neutral}`)?.anchors ?? [];
  const neutralPages = [
    ...new Set([...site.pages.keys()].filter((p) => p !== '/').map(withoutLocale)),
  ].sort();

  for (const { redirect, line, index } of entries) {
    if (firstLine.get(redirect.from) !== line) continue;
    const from = splitAddress(redirect.from);
    const to = splitAddress(redirect.to);
    const at = (field: 'from' | 'to') => ({ line: source.lineOf([index, field]) ?? line, field });
    const entryProblems: Problem[] = [];
    let loops = false;

    if (from.anchor === undefined) {
      if (from.page === '/') {
        entryProblems.push(problem(file, say('urls.frontPage'), at('from')));
      } else if (localeCodes.some((l) => site.pages.has(`/${l}${from.page}`))) {
        entryProblems.push(problem(file, say('urls.pageStillThere', { from: redirect.from }), at('from')));
      }
      let target = redirect.to;
      const seen = new Set([redirect.from]);
      while (pageMoves.has(target) && !seen.has(target)) {
        seen.add(target);
        target = pageMoves.get(target) ?? target;
      }
      if (seen.has(target)) {
        loops = true;
        entryProblems.push(problem(file, say('urls.loop', { from: redirect.from }), at('to')));
      } else {
        const final = splitAddress(target);
        if (!published(final.page)) {
          const hint = didYouMean(closest(final.page, neutralPages));
          entryProblems.push(problem(file, say('urls.toNowhere', { to: redirect.to, hint }), at('to')));
        } else if (final.anchor && !anchorsOf(final.page).includes(final.anchor)) {
          entryProblems.push(anchorMissing(file, redirect.to, final.anchor, anchorsOf(final.page), at('to')));
        }
      }
    } else {
      if (!published(from.page)) {
        entryProblems.push(problem(file, say('urls.anchorPageGone', { page: from.page }), at('from')));
      } else if (anchorsOf(from.page).includes(from.anchor)) {
        entryProblems.push(
          problem(file, say('urls.anchorStillThere', { anchor: from.anchor, page: from.page }), at('from')),
        );
      }
      if (to.page !== from.page) {
        entryProblems.push(problem(file, say('urls.anchorToOtherPage', { page: from.page }), at('to')));
      } else if (to.anchor && !anchorsOf(to.page).includes(to.anchor)) {
        entryProblems.push(anchorMissing(file, redirect.to, to.anchor, anchorsOf(to.page), at('to')));
      }
    }
    problems.push(...entryProblems);
    if (!loops) usable.push(redirect);
  }
  return { problems, table: redirectTable(usable) };
}

function anchorMissing(
  file: string,
  address: string,
  anchor: string,
  anchors: readonly string[],
  where: { line: number | undefined; field: string },
): Problem {
  const hint = didYouMean(closest(anchor, anchors), (guess) => `'#${guess}'`);
  const known = anchors.map((a) => `#${a}`).join(', ') || '-';
  return problem(file, say('urls.noSuchAnchor', { address, anchor, hint, known }), where);
}

/**
 * Each address of the manifest is still published or redirected; addresses
 * published now but not yet in the manifest are a warning (run urls:update).
 */
export function checkManifest(manifest: Manifest, site: PublishedSite, table: RedirectTable): Problem[] {
  const problems: Problem[] = [];
  const lostPages = new Map<string, string[]>();
  const lostFiles: string[] = [];
  for (const address of manifest.addresses) {
    if (!address.endsWith('/') && !address.includes('#')) {
      if (!site.files.has(address)) lostFiles.push(address);
      continue;
    }
    const { page, anchor } = splitAddress(address);
    const current = site.pages.get(page);
    if (table.pages.has(page)) continue;
    if (!current) {
      if (anchor === undefined) {
        const group = lostPages.get(withoutLocale(page)) ?? [];
        lostPages.set(withoutLocale(page), [...group, page]);
      }
      continue;
    }
    if (anchor === undefined || current.anchors.includes(anchor) || table.anchors.get(page)?.has(anchor)) {
      continue;
    }
    const neutral = withoutLocale(page);
    problems.push(
      problem(current.file ?? redirectsFile, say('urls.anchorLost', { address, anchor, page: neutral })),
    );
  }
  for (const [neutral, pages] of lostPages) {
    const files = pages.map(formerFile).filter(Boolean).join(', ');
    const values = { pages: pages.join(', '), page: neutral, files: files || say('urls.deletedFile') };
    problems.push(problem(redirectsFile, say('urls.pagesLost', values)));
  }
  if (lostFiles.length > 0) {
    problems.push(problem(manifestFile, say('urls.filesLost', { files: lostFiles.join(', ') })));
  }
  const listed = new Set(manifest.addresses);
  const added = publishedAddresses(site).filter((address) => !listed.has(address));
  if (added.length > 0) {
    const shown = added.slice(0, 6).join(', ') + (added.length > 6 ? ` … (+${added.length - 6})` : '');
    problems.push(
      warning(manifestFile, say('urls.notListed', { count: added.length, shown, manifest: manifestFile })),
    );
  }
  return problems;
}
