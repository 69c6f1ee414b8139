/**
 * Redirects keep published addresses working after a page or an anchor is
 * renamed or removed. Editors declare each one once, in `content/redirects.yaml`,
 * without the language (`/sectors/holo/`), and it applies to /ko/ and /en/.
 * The build turns a moved page into a redirect page (src/pages/[...moved].astro)
 * and a line of `_redirects`, and a moved anchor into a second id on the
 * heading it moved to (src/lib/markdown/citable-passages.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { localeCodes } from '../../i18n/locales.ts';
import { redirectSchema, type RedirectData } from './schemas.ts';

export const redirectsFile = 'content/redirects.yaml';

/** `/sectors/hologram/#overview` → page `/sectors/hologram/`, anchor `overview`. */
export function splitAddress(address: string): { page: string; anchor: string | undefined } {
  const hash = address.indexOf('#');
  return hash < 0
    ? { page: address, anchor: undefined }
    : { page: address.slice(0, hash), anchor: address.slice(hash + 1) || undefined };
}

export interface RedirectTable {
  /** Moved pages, in every language: old site path → the page it now leads to. */
  pages: Map<string, string>;
  /**
   * Moved anchors, in every language: site path of the page → old anchor → new
   * anchor (empty when the section is gone and readers land on the page itself).
   */
  anchors: Map<string, Map<string, string>>;
}

/**
 * Follows chains (`a → b`, `b → c` gives `a → c`) so that every redirect
 * leads straight to its final page. A loop is a mistake `npm run check` names
 * with its lines; here it can only be refused.
 */
function finalPage(from: string, moves: ReadonlyMap<string, string>): string {
  const seen = new Set([from]);
  let target = moves.get(from) ?? from;
  while (moves.has(target)) {
    if (seen.has(target)) throw new Error(`${redirectsFile}: the redirects from ${from} go round in a loop`);
    seen.add(target);
    target = moves.get(target) ?? target;
  }
  return target;
}

export function redirectTable(redirects: readonly RedirectData[]): RedirectTable {
  const moves = new Map<string, string>();
  const anchorMoves: RedirectData[] = [];
  for (const redirect of redirects) {
    if (splitAddress(redirect.from).anchor === undefined) moves.set(redirect.from, redirect.to);
    else anchorMoves.push(redirect);
  }
  const table: RedirectTable = { pages: new Map(), anchors: new Map() };
  for (const locale of localeCodes) {
    for (const from of moves.keys()) {
      table.pages.set(`/${locale}${from}`, `/${locale}${finalPage(from, moves)}`);
    }
    for (const { from, to } of anchorMoves) {
      const old = splitAddress(from);
      const page = `/${locale}${old.page}`;
      const anchors = table.anchors.get(page) ?? new Map<string, string>();
      anchors.set(old.anchor ?? '', splitAddress(to).anchor ?? '');
      table.anchors.set(page, anchors);
    }
  }
  return table;
}

/**
 * The redirects of the project in `root`, as the build uses them. A file the
 * schema rejects stops the build; `npm run check` explains what is wrong.
 */
export function readRedirects(root = process.cwd()): RedirectData[] {
  const file = path.join(root, redirectsFile);
  if (!existsSync(file)) return [];
  const parsed = redirectSchema.array().safeParse(parse(readFileSync(file, 'utf8')) ?? []);
  if (!parsed.success) {
    throw new Error(`${redirectsFile} has a mistake; run \`npm run check\` to see where and how to fix it.`);
  }
  return parsed.data;
}

let tableRead: { file: string; modified: number; table: RedirectTable } | undefined;

/**
 * The redirect table of the project in `root`, for every linkable heading;
 * the file is read again only when it has changed.
 */
export function siteRedirectTable(root = process.cwd()): RedirectTable {
  const file = path.join(root, redirectsFile);
  const modified = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
  if (tableRead?.file !== file || tableRead.modified !== modified) {
    tableRead = { file, modified, table: redirectTable(readRedirects(root)) };
  }
  return tableRead.table;
}

/** Anchors that moved to `anchor` on the page at `sitePath`, so the heading can answer to them too. */
export function anchorAliases(table: RedirectTable, sitePath: string, anchor: string): string[] {
  const moved = table.anchors.get(sitePath);
  return moved ? [...moved].filter(([, to]) => to === anchor).map(([from]) => from) : [];
}

/**
 * `_redirects` for hosts that read it: a real 301, which keeps the reader's
 * `#anchor`. Each move is written twice because the two hosts that read the
 * file differ. Netlify serves an existing file (here, the redirect page)
 * before a rule unless the rule is forced (`301!`), and applies the first rule
 * that matches. Cloudflare Pages applies rules before files but does not
 * accept `!`: it skips that line and applies the plain `301` after it.
 * `base` is the deployment base path.
 */
export function redirectsFileText(table: RedirectTable, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  const lines = [...table.pages]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([from, to]) => [`${prefix}${from} ${prefix}${to} 301!`, `${prefix}${from} ${prefix}${to} 301`]);
  return [`# Generated from ${redirectsFile} by \`npm run build\`. Edit that file, not this one.`, ...lines, '']
    .join('\n');
}
