/**
 * URL permanence (SPEC §4). Every address ever published is listed in
 * content/published-urls.json; each must still be published, or lead
 * somewhere through content/redirects.yaml. The redirects themselves must
 * start from an address that is gone and lead to one that exists.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { localeCodes } from '../../src/i18n/locales.ts';
import { localeOf } from '../../src/i18n/routing.ts';
import { pageCollections } from '../../src/lib/content/collections.ts';
import type { PageCollection } from '../../src/i18n/routing.ts';
import {
  redirectTable,
  redirectsFile,
  splitAddress,
  type RedirectTable,
} from '../../src/lib/content/redirects.ts';
import { redirectSchema, type RedirectData } from '../../src/lib/content/schemas.ts';
import { schemaProblems } from './checks.ts';
import type { YamlSource } from './files.ts';
import { publishedAddresses, routeOf, type PublishedSite } from './published.ts';
import { problem, warning, type Problem } from './problems.ts';
import { closest } from './schema-issues.ts';

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
    return problem(
      manifestFile,
      `게시 주소 목록 파일이 없습니다. npm run urls:update 를 실행해 만드세요.`,
      `The list of published addresses is missing. Run npm run urls:update to create it.`,
    );
  }
  let addresses: unknown;
  try {
    addresses = JSON.parse(text);
  } catch (error) {
    addresses = error;
  }
  if (!Array.isArray(addresses) || !addresses.every((item) => typeof item === 'string')) {
    return problem(
      manifestFile,
      `게시 주소 목록을 읽을 수 없습니다. 이 파일은 손으로 고치지 말고 git에서 이전 상태로 되돌린 뒤 npm run urls:update 를 실행하세요.`,
      `The list of published addresses cannot be read. Do not edit it by hand: restore it from git, then run npm run urls:update.`,
    );
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
    const route = routeOf({ collection, key }, locale);
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
    return {
      ...empty,
      problems: source.doc.errors.map((error) =>
        problem(
          file,
          `YAML 문법이 잘못되었습니다: ${error.message.split('\n')[0]} (콜론 뒤 띄어쓰기, 들여쓰기를 확인하세요.)`,
          `This is not valid YAML: ${error.message.split('\n')[0]} (check the space after each colon and the indentation).`,
          { line: source.lineAt(error.pos[0]) },
        ),
      ),
    };
  }
  const items: unknown = source.doc.toJS() ?? [];
  if (!Array.isArray(items)) {
    return {
      ...empty,
      problems: [
        problem(
          file,
          '항목마다 "- from: …"으로 시작하고 다음 줄에 "  to: …"가 오는 목록이어야 합니다.',
          'The file must be a list of entries, each "- from: …" followed by a line "  to: …".',
          { line: 1 },
        ),
      ],
    };
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
      problems.push(
        problem(
          file,
          `'${redirect.from}'의 연결 안내가 ${firstLine.get(redirect.from) ?? '?'}번째 줄에 이미 있습니다. 하나만 남기세요.`,
          `There is already a redirect from '${redirect.from}' on line ${firstLine.get(redirect.from) ?? '?'}. Keep only one.`,
          { line, field: 'from' },
        ),
      );
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
        entryProblems.push(
          problem(
            file,
            `첫 화면(/)은 옮길 수 없습니다. 이 항목을 지우세요.`,
            `The front page (/) cannot be redirected. Remove this entry.`,
            at('from'),
          ),
        );
      } else if (localeCodes.some((l) => site.pages.has(`/${l}${from.page}`))) {
        entryProblems.push(
          problem(
            file,
            `'${redirect.from}' 페이지가 아직 있습니다. 연결 안내를 두면 그 페이지를 가리게 됩니다. 이 항목을 지우거나, 페이지 이름을 바꾼 것이라면 옛 파일을 지우세요.`,
            `The page '${redirect.from}' still exists, and a redirect would hide it. Remove this entry, or, if the page was renamed, remove its old file.`,
            at('from'),
          ),
        );
      }
      let target = redirect.to;
      const seen = new Set([redirect.from]);
      while (pageMoves.has(target) && !seen.has(target)) {
        seen.add(target);
        target = pageMoves.get(target) ?? target;
      }
      if (seen.has(target)) {
        loops = true;
        entryProblems.push(
          problem(
            file,
            `'${redirect.from}'에서 시작한 연결 안내가 돌고 돌아 제자리로 옵니다. 'to'가 실제로 있는 페이지를 가리키게 고치세요.`,
            `The redirects starting at '${redirect.from}' go round in a loop. Make 'to' point at a page that exists.`,
            at('to'),
          ),
        );
      } else {
        const final = splitAddress(target);
        if (!published(final.page)) {
          const guess = closest(final.page, neutralPages);
          entryProblems.push(
            problem(
              file,
              `'to: ${redirect.to}'는 사이트에 없는 주소입니다.${guess ? ` '${guess}'를 뜻한 것인지 확인하세요.` : ''} /ko/, /en/ 없이 실제 페이지 주소를 쓰세요.`,
              `'to: ${redirect.to}' is not an address on the site.${guess ? ` Did you mean '${guess}'?` : ''} Write the address of a page that exists, without /ko/ or /en/.`,
              at('to'),
            ),
          );
        } else if (final.anchor && !anchorsOf(final.page).includes(final.anchor)) {
          entryProblems.push(anchorMissing(file, redirect.to, final.anchor, anchorsOf(final.page), at('to')));
        }
      }
    } else {
      if (!published(from.page)) {
        entryProblems.push(
          problem(
            file,
            `앵커의 연결 안내는 지금 있는 페이지의 주소로 씁니다. '${from.page}' 페이지가 없습니다. 페이지도 옮겼다면 새 페이지 주소로 쓰세요.`,
            `An anchor redirect names the page as it is now, and there is no page '${from.page}'. If the page moved too, write its new address.`,
            at('from'),
          ),
        );
      } else if (anchorsOf(from.page).includes(from.anchor)) {
        entryProblems.push(
          problem(
            file,
            `앵커 '#${from.anchor}'가 아직 '${from.page}' 페이지에 있습니다. 이 항목을 지우세요.`,
            `The anchor '#${from.anchor}' still exists on '${from.page}'. Remove this entry.`,
            at('from'),
          ),
        );
      }
      if (to.page !== from.page) {
        entryProblems.push(
          problem(
            file,
            `앵커는 같은 페이지 안의 다른 앵커나 그 페이지 자체로만 옮길 수 있습니다. 'to'를 '${from.page}#새-앵커' 또는 '${from.page}'로 쓰세요.`,
            `An anchor can only lead to another anchor on the same page, or to the page itself. Write 'to' as '${from.page}#new-anchor' or '${from.page}'.`,
            at('to'),
          ),
        );
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
  const guess = closest(anchor, anchors);
  const list = anchors.map((a) => `#${a}`).join(', ') || '-';
  return problem(
    file,
    `'${address}': 그 페이지에 앵커 '#${anchor}'가 없습니다.${guess ? ` '#${guess}'를 뜻한 것인지 확인하세요.` : ''} 있는 앵커: ${list}`,
    `'${address}': that page has no anchor '#${anchor}'.${guess ? ` Did you mean '#${guess}'?` : ''} Its anchors: ${list}`,
    where,
  );
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
      problem(
        current.file ?? redirectsFile,
        `이미 게시된 앵커 ${address} 가 없어졌습니다. 기자나 다른 사이트가 이 주소로 링크했을 수 있습니다. 제목 끝에 {#${anchor}}를 되돌려 놓으세요. 단락을 없애거나 합쳤다면 content/redirects.yaml에 다음을 추가하세요: "- from: ${neutral}#${anchor}" 다음 줄에 "  to: ${neutral}#옮긴-단락의-앵커"`,
        `The published anchor ${address} no longer exists; the press or other sites may link to it. Put {#${anchor}} back at the end of its heading. If the section was removed or merged, add to content/redirects.yaml: "- from: ${neutral}#${anchor}" and on the next line "  to: ${neutral}#anchor-of-the-section-it-moved-to"`,
      ),
    );
  }
  for (const [neutral, pages] of lostPages) {
    const files = pages.map(formerFile).filter(Boolean).join(', ');
    problems.push(
      problem(
        redirectsFile,
        `이미 게시된 주소가 없어졌습니다: ${pages.join(', ')}. 기자나 다른 사이트가 이 주소로 링크했을 수 있습니다. 페이지 이름을 바꾸었다면 이 파일에 "- from: ${neutral}"과 그 아래 줄 "  to: /새-주소/"를 추가하세요. 실수로 지웠다면 ${files || '지운 파일'}을(를) 되살리세요.`,
        `Published address(es) no longer exist: ${pages.join(', ')}. The press or other sites may link to them. If the page was renamed, add to this file "- from: ${neutral}" and below it "  to: /its-new-address/". If it was deleted by mistake, restore ${files || 'its file'}.`,
      ),
    );
  }
  if (lostFiles.length > 0) {
    problems.push(
      problem(
        manifestFile,
        `이미 게시된 파일이 더는 만들어지지 않습니다: ${lostFiles.join(', ')}. 공개 데이터와 피드를 받아 가는 곳이 있을 수 있으니, 그 파일을 만들던 내용을 되살리세요.`,
        `Published files are no longer produced: ${lostFiles.join(', ')}. Open data and feeds may have subscribers: restore what produced them.`,
      ),
    );
  }
  const listed = new Set(manifest.addresses);
  const added = publishedAddresses(site).filter((address) => !listed.has(address));
  if (added.length > 0) {
    const shown = added.slice(0, 6).join(', ') + (added.length > 6 ? ` … (+${added.length - 6})` : '');
    problems.push(
      warning(
        manifestFile,
        `새로 게시될 주소 ${added.length}개가 게시 주소 목록에 아직 없습니다: ${shown}. npm run urls:update 를 실행해 목록에 더하고, 바뀐 ${manifestFile}도 함께 올리세요.`,
        `${added.length} address(es) to be published are not yet in the list of published addresses: ${shown}. Run npm run urls:update to add them, and commit the updated ${manifestFile} with your change.`,
      ),
    );
  }
  return problems;
}
