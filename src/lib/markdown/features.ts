/**
 * The Markdown dialect editors write, shared by the site's pipeline
 * (`processor.ts`), the short texts of the data files (`inline-text.ts`) and
 * the content check, so all read a file the same way. Headings carry their
 * anchor explicitly: `## 전문 {#preamble}`. Also the small steps every
 * rendered text goes through.
 */
import { defineHastPlugin, htmlToHast, type Features, type HastNode } from 'satteri';
import { pointIconName, pointIconSvg } from '../point-icons.ts';

export const markdownFeatures = {
  gfm: true,
  headingAttributes: true,
} satisfies Features;

/**
 * Root-relative links in content (`/ko/roles/city/`) are written as if the
 * site lived at `/`. Under a sub-path deployment this prefixes the base path.
 */
export function prefixBasePath(base: string) {
  const prefix = base.replace(/\/+$/, '');
  return defineHastPlugin({
    name: 'prefix-base-path',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const target = node.properties?.href;
        if (prefix && typeof target === 'string' && target.startsWith('/') && !target.startsWith('//')) {
          ctx.setProperty(node, 'href', prefix + target);
        }
      },
    },
  });
}

/** A run of Korean words, with the spaces and middle dots between them. */
const koreanRun = /[가-힣ㄱ-ㅎㅏ-ㅣ](?:[가-힣ㄱ-ㅎㅏ-ㅣ0-9·・ ]*[가-힣ㄱ-ㅎㅏ-ㅣ])?/g;

/** Splits text into plain parts and Korean runs: "Gumi (구미시) city" → ["Gumi (", {ko:"구미시"}, ") city"]. */
export function splitKoreanRuns(text: string): (string | { ko: string })[] {
  const parts: (string | { ko: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(koreanRun)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push({ ko: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * On English pages, Korean names written in the text ("Kumoh Techno Valley
 * (금오테크노밸리)") are wrapped in `<span lang="ko">` so screen readers and
 * browsers switch language for them (WCAG 3.1.2). Editors write plain text.
 */
export const markKoreanInEnglish = defineHastPlugin({
  name: 'mark-korean-in-english',
  text(node, ctx) {
    if (!/[가-힣]/.test(node.value)) return;
    const parent = ctx.parent(node) as { properties?: { lang?: unknown } } | undefined;
    if (parent?.properties?.lang) return;
    const replacement: HastNode[] = splitKoreanRuns(node.value).map((part) =>
      typeof part === 'string'
        ? { type: 'text', value: part }
        : {
            type: 'element',
            tagName: 'span',
            properties: { lang: 'ko' },
            children: [{ type: 'text', value: part.ko }],
          },
    ) as HastNode[];
    ctx.replaceNode(node, replacement);
  },
});

/**
 * Wraps each table in a region that scrolls sideways on its own (labelled
 * for screen readers in the page's language), so wide tables never make the
 * whole page scroll.
 */
export function scrollableTables(label: string) {
  return defineHastPlugin({
    name: 'scrollable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
          children: [],
        });
      },
    },
  });
}

/**
 * `![](icon:calendar-event)` becomes that icon, inline (src/lib/point-icons.ts):
 * the picture beside each point of the easy-read page. Other images are left alone.
 */
export const pointIcons = defineHastPlugin({
  name: 'point-icons',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.src;
      const name = typeof src === 'string' ? pointIconName(src) : undefined;
      if (name === undefined) return;
      const alt = typeof node.properties?.alt === 'string' ? node.properties.alt : '';
      // As elements, not raw HTML, which an MDX page cannot hold.
      const fragment = htmlToHast(pointIconSvg(name, alt), { fragment: true });
      const icon = 'children' in fragment ? fragment.children[0] : undefined;
      if (icon) ctx.replaceNode(node, icon);
    },
  },
});
