/**
 * Splits a Markdown page into its lead and its citable passages, as the page
 * is rendered in Astro's pipeline. Each `##` heading with an explicit anchor
 * (`## 전문 {#preamble}`) starts a passage that runs to the next `##`; the text
 * before the first one is the lead. The layout shows the lead in the page
 * header and each passage with its linkable heading and its "cite this part"
 * control, so the plugin hands the parts over as HTML in the page's metadata
 * (`remarkPluginFrontmatter.pageText`, read by `src/lib/content/page-text.ts`).
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import { pageFileOf } from '../content/collections.ts';

export interface Passage {
  /** The explicit anchor, identical in every language: `article-1`. */
  id: string;
  /** Heading as plain text. */
  heading: string;
  /** Heading's inline HTML (emphasis, `lang` spans…), without the `<h2>`. */
  headingHtml: string;
  /** Rendered text of the passage, without its heading. */
  html: string;
}

export interface PageText {
  leadHtml: string;
  passages: Passage[];
}

/** The same HTML as Sätteri writes, so a passage reads exactly as the whole page would. */
const html = (nodes: readonly (RootContent | ElementContent)[]) =>
  toHtml(
    { type: 'root', children: [...nodes] as RootContent[] },
    { allowDangerousHtml: true, characterReferences: { useNamedReferences: true } },
  ).trim();

const splitPassages = defineHastPlugin({
  name: 'page-passages',
  after(root, ctx) {
    const lead: RootContent[] = [];
    const parts: { heading: Element; body: RootContent[] }[] = [];
    for (const node of root.children) {
      if (node.type === 'element' && node.tagName === 'h2') parts.push({ heading: node, body: [] });
      else (parts.at(-1)?.body ?? lead).push(node);
    }
    const passages = parts.map(({ heading, body }): Passage => {
      const id = heading.properties.id;
      const text = ctx.textContent(heading);
      if (typeof id !== 'string') {
        throw new Error(
          `${ctx.fileURL?.pathname ?? 'A Markdown page'}: the heading "${text}" has no anchor; write it as "## ${text} {#an-id}"`,
        );
      }
      return { id, heading: text, headingHtml: html(heading.children), html: html(body) };
    });
    const pageText: PageText = { leadHtml: html(lead), passages };
    if (ctx.data.astro) ctx.data.astro.frontmatter.pageText = pageText;
  },
});

/** The passage split, for the Markdown (not MDX) files of the page collections. */
export const pagePassages: HastPluginEntry = (ctx) =>
  ctx.sourceFormat === 'markdown' && ctx.fileURL && pageFileOf(ctx.fileURL.pathname) ? splitPassages : null;
