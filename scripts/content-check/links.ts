/**
 * Links inside the site: each must lead to a page the site publishes, in the
 * reader's language, and to an anchor that page has. Checked against the
 * pages worked out from the content (published.ts), so no build is needed.
 * Links to other sites are not followed.
 */
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { localeOf } from '../../src/i18n/routing.ts';
import type { RedirectTable } from '../../src/lib/content/redirects.ts';
import { parseMarkdown } from '../../src/lib/markdown/markdown-source.ts';
import { fileLine, stringsIn, walk, type MdNode } from './checks.ts';
import type { DataFile, PageFile } from './files.ts';
import type { PublishedSite } from './published.ts';
import { problem, warning, type Problem } from './problems.ts';
import { closest } from './schema-issues.ts';

export interface LinkTargets {
  site: PublishedSite;
  redirects: RedirectTable;
}

interface Finding {
  ko: string;
  en: string;
  severity: 'error' | 'warning';
}

const external = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const hrefAttribute = /\bhref\s*=\s*["']([^"']*)["']/gi;

/** Every link target written in a parsed text: Markdown links, link definitions and `href` of HTML or MDX tags. */
export function linksIn(tree: MdNode): { url: string; node: MdNode }[] {
  const links: { url: string; node: MdNode }[] = [];
  walk(tree, (node) => {
    const { url, value, attributes } = node as {
      url?: unknown;
      value?: unknown;
      attributes?: { name?: unknown; value?: unknown }[];
    };
    if ((node.type === 'link' || node.type === 'definition') && typeof url === 'string') {
      links.push({ url, node });
    } else if (node.type === 'html' && typeof value === 'string') {
      for (const match of value.matchAll(hrefAttribute)) links.push({ url: match[1] ?? '', node });
    } else if (node.type.startsWith('mdxJsx')) {
      const href = attributes?.find((attribute) => attribute.name === 'href')?.value;
      if (typeof href === 'string') links.push({ url: href, node });
    }
  });
  return links;
}

const languageName = { ko: { ko: '한국어', en: 'Korean' }, en: { ko: '영어', en: 'English' } } as const;

function listOf(items: readonly string[], limit = 12): string {
  return items.length > limit ? `${items.slice(0, limit).join(', ')} …` : items.join(', ') || '-';
}

function missingPage(path: string, locale: Locale | undefined, targets: LinkTargets): Finding {
  const inEdition = [...targets.site.pages.keys()].filter((p) => localeOf(p) === locale);
  const section = /^\/(?:ko|en)\/(sectors|roles)\/([^/]+)\/$/.exec(path);
  if (section) {
    const [, kind, id = ''] = section;
    const ids = inEdition.flatMap((p) => {
      const match = new RegExp(`^/(?:ko|en)/${kind}/([^/]+)/$`).exec(p);
      return match?.[1] ? [match[1]] : [];
    });
    const guess = closest(id, ids);
    const what = kind === 'sectors' ? { ko: '성장 분야', en: 'sector' } : { ko: '주체(역할)', en: 'role' };
    return {
      severity: 'error',
      ko: `'${id}'라는 ${what.ko}는 없습니다.${guess ? ` '${guess}'를 뜻한 것인지 확인하세요.` : ''} 있는 ${what.ko}: ${listOf(ids)}`,
      en: `There is no ${what.en} '${id}'.${guess ? ` Did you mean '${guess}'?` : ''} Known ${what.en}s: ${listOf(ids)}`,
    };
  }
  const guess = closest(path, inEdition);
  return {
    severity: 'error',
    ko: `링크한 주소 ${path} 에는 페이지가 없습니다.${guess ? ` ${guess} 를 뜻한 것인지 확인하세요.` : ''}`,
    en: `The link leads nowhere: there is no page at ${path}.${guess ? ` Did you mean ${guess}?` : ''}`,
  };
}

/**
 * A link to a file: fine when the site publishes it, a mistake when it sits
 * among published files (`/data/figure.json`), unknown otherwise (images and
 * other files served as they are).
 */
function missingFile(path: string, targets: LinkTargets): Finding | undefined {
  if (targets.site.files.has(path)) return undefined;
  const folder = path.slice(0, path.lastIndexOf('/') + 1);
  const neighbours = [...targets.site.files].filter((file) => file.startsWith(folder));
  if (neighbours.length === 0) return undefined;
  const guess = closest(path, neighbours);
  return {
    severity: 'error',
    ko: `링크한 파일 ${path} 은(는) 사이트에 없습니다.${guess ? ` ${guess} 를 뜻한 것인지 확인하세요.` : ''}`,
    en: `The link leads nowhere: the site publishes no file ${path}.${guess ? ` Did you mean ${guess}?` : ''}`,
  };
}

/** What is wrong with one link from a page in `locale` whose own address is `ownPath`, if anything. */
export function linkFinding(
  url: string,
  locale: Locale | undefined,
  ownPath: string | undefined,
  targets: LinkTargets,
): Finding | undefined {
  if (!url || external.test(url)) return undefined;
  if (!url.startsWith('/') && !url.startsWith('#')) {
    return {
      severity: 'error',
      ko: `링크 '${url}'는 상대 주소입니다. /${locale ?? 'ko'}/로 시작하는 전체 주소로 쓰세요. 예: /${locale ?? 'ko'}/roles/city/`,
      en: `The link '${url}' is relative. Write the full address starting with /${locale ?? 'en'}/, e.g. /${locale ?? 'en'}/roles/city/`,
    };
  }
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const anchor = hashAt < 0 ? undefined : safeDecode(url.slice(hashAt + 1));
  const path = beforeHash === '' ? ownPath : beforeHash.split('?')[0];
  if (!path) return undefined;
  if (!path.endsWith('/')) {
    if (/\.[a-z0-9]+$/i.test(path)) return missingFile(path, targets);
    return {
      severity: 'error',
      ko: `링크 '${url}'의 주소 끝에 /가 빠졌습니다. '${path}/'처럼 쓰세요.`,
      en: `The link '${url}' is missing the / at the end of its address. Write '${path}/'.`,
    };
  }
  const target = localeOf(path);
  if (path !== '/' && !target) {
    return {
      severity: 'error',
      ko: `링크 '${url}'는 /ko/ 또는 /en/으로 시작해야 합니다. 예: /${locale ?? 'ko'}${url}`,
      en: `The link '${url}' must start with /ko/ or /en/, e.g. /${locale ?? 'en'}${url}`,
    };
  }
  if (locale && target && target !== locale) {
    return {
      severity: 'error',
      ko: `${languageName[locale].ko} 페이지에서 ${languageName[target].ko}판(${path})으로 링크했습니다. 독자가 같은 언어에 머물도록 /${locale}${url.slice(3)} 로 고치세요. 다른 언어판은 화면 위의 언어 선택으로 갈 수 있습니다.`,
      en: `This ${languageName[locale].en} page links to the ${languageName[target].en} edition (${path}). Link to /${locale}${url.slice(3)} so readers stay in their language; the language switch at the top leads to the other edition.`,
    };
  }
  const page = targets.site.pages.get(path);
  if (!page) {
    const moved = targets.redirects.pages.get(path);
    if (moved) {
      return {
        severity: 'warning',
        ko: `링크 '${url}'는 옮겨진 옛 주소입니다. 새 주소 ${moved}${anchor ? `#${anchor}` : ''} 로 바로 링크하세요.`,
        en: `The link '${url}' goes to an old address that now redirects. Link straight to ${moved}${anchor ? `#${anchor}` : ''}.`,
      };
    }
    return missingPage(path, target, targets);
  }
  if (anchor === undefined || page.anchors.includes(anchor)) return undefined;
  const movedAnchor = targets.redirects.anchors.get(path)?.get(anchor);
  if (movedAnchor !== undefined) {
    return {
      severity: 'warning',
      ko: `링크 '${url}'의 앵커는 옮겨졌습니다. ${path}${movedAnchor ? `#${movedAnchor}` : ''} 로 바로 링크하세요.`,
      en: `The anchor of the link '${url}' has moved. Link straight to ${path}${movedAnchor ? `#${movedAnchor}` : ''}.`,
    };
  }
  const guess = closest(anchor, page.anchors);
  const known = listOf(page.anchors.map((a) => `#${a}`));
  return {
    severity: 'error',
    ko: `링크 '${url}'의 앵커 '#${anchor}'가 ${path} 페이지에 없습니다.${guess ? ` '#${guess}'를 뜻한 것인지 확인하세요.` : ''} 그 페이지의 앵커: ${known}`,
    en: `The link '${url}' leads nowhere: ${path} has no anchor '#${anchor}'.${guess ? ` Did you mean '#${guess}'?` : ''} Its anchors: ${known}`,
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function toProblem(file: string, finding: Finding, line: number | undefined, field?: string): Problem {
  const make = finding.severity === 'warning' ? warning : problem;
  return make(file, finding.ko, finding.en, { line, field });
}

/** Links in a page's text. `ownPath` is the page's address, for links to `#anchor` on the same page. */
export function checkLinks(
  page: PageFile,
  tree: MdNode,
  ownPath: string | undefined,
  targets: LinkTargets,
): Problem[] {
  return linksIn(tree).flatMap(({ url, node }) => {
    const finding = linkFinding(url, page.locale, ownPath, targets);
    return finding ? [toProblem(page.file, finding, fileLine(page, node))] : [];
  });
}

/**
 * Links in the texts of a data file, where a text's language is its key
 * (`ko:` or `en:`), and the pages a change-log entry names (`pages:`).
 */
export function checkDataLinks(data: DataFile, targets: LinkTargets): Problem[] {
  const items: unknown = data.yaml.doc.toJS();
  if (!Array.isArray(items)) return [];
  const named = items.flatMap((item, index) => {
    const pages = (item as { pages?: unknown } | null)?.pages;
    if (data.collection !== 'changes' || !Array.isArray(pages)) return [];
    return pages.flatMap((sitePath, position) => {
      const finding = linkFinding(String(sitePath), undefined, undefined, targets);
      return finding
        ? [toProblem(data.file, finding, data.yaml.lineOf([index, 'pages', position]), 'pages')]
        : [];
    });
  });
  const linked = stringsIn(items).flatMap(({ path, text }) => {
    if (!text.includes('](') && !/href/i.test(text)) return [];
    const key = path.at(-1);
    const locale = typeof key === 'string' && key in locales ? (key as Locale) : undefined;
    return linksIn(parseMarkdown(text)).flatMap(({ url }) => {
      const finding = linkFinding(url, locale, undefined, targets);
      return finding ? [toProblem(data.file, finding, data.yaml.lineOf(path), path.slice(1).join('.'))] : [];
    });
  });
  return [...named, ...linked];
}
