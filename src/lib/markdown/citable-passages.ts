/**
 * Citable passages, made in Astro's Markdown pipeline. Every section heading
 * carries its anchor (`## 전문 {#preamble}`), and the plugin wraps it with a
 * link to itself: a plain `#anchor` link without JavaScript (the page script
 * adds copying the passage's address, `lib/client/sharing.ts`), labelled for
 * screen readers in the page's language, with the passage's full address for
 * print, and with the anchors that moved to it (content/redirects.yaml) as
 * extra ids, so old links still land.
 *
 * A Markdown page is also split into its lead and passages: each `##` heading
 * starts a passage that runs to the next `##`, and the text before the first
 * is the lead. The layout shows the lead in the page header and each passage
 * with its "cite this part" control, so the plugin hands the parts over as
 * HTML in the page's metadata (`remarkPluginFrontmatter.pageText`, read by
 * `src/lib/content/page-text.ts`). In an MDX page, whose blocks are
 * components, each heading (`##` and `###`) is wrapped where it stands.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';
import type { Locale } from '../../i18n/locales.ts';
import { entryPath } from '../../i18n/routing.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { pageFileOf } from '../content/collections.ts';
import { anchorAliases, siteRedirectTable, type RedirectTable } from '../content/redirects.ts';

export interface Passage {
  /** The explicit anchor, identical in every language: `article-1`. */
  id: string;
  /** Heading as plain text. */
  heading: string;
  /** Heading's inline HTML (emphasis, `lang` spans…), without the `<h2>`. */
  headingHtml: string;
  /** The heading with its link, as the page shows it. */
  citableHeadingHtml: string;
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

const element = (
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[] = [],
): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

const linkIcon = element(
  'svg',
  { viewBox: '0 0 16 16', className: ['size-4'], ariaHidden: 'true', focusable: 'false' },
  [
    element('path', {
      fill: 'none',
      stroke: 'currentColor',
      strokeWidth: '1.5',
      strokeLinecap: 'round',
      d: 'M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 0 1 3.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 0 1-3.7-3.7L5.3 7.8',
    }),
  ],
);

/** Where a heading stands: the page's public origin, base path, site path and language, and the redirect table. */
interface HeadingPlace {
  site: string;
  base: string;
  path: string;
  locale: Locale;
  redirects: RedirectTable;
  /**
   * A data attribute without a value: `true` in HTML written from Markdown; in MDX, whose elements
   * become components, `true` would be written out as "true", and an empty value is left bare.
   */
  present: true | '';
}

/** A heading with its link, label, printed address and the anchors that moved to it. */
function citableHeading(heading: Readonly<Element>, id: string, text: string, place: HeadingPlace): Element {
  const { site, base, path, locale, redirects, present } = place;
  const size = heading.tagName === 'h2' ? 'text-[1.375rem]' : 'text-[1.125rem]';
  const address = new URL(`${base.replace(/\/$/, '')}${path}#${id}`, site).href;
  const link = element(
    'a',
    {
      href: `#${id}`,
      className: [
        'mt-[0.2em] inline-flex shrink-0 items-center gap-1 rounded px-1 text-[0.875rem] font-medium text-muted no-underline hover:text-accent',
      ],
      dataHeadingLink: present,
      dataPagefindIgnore: present,
    },
    [
      linkIcon,
      element('span', { className: ['sr-only'] }, [
        { type: 'text', value: useTranslations(locale)('heading.linkLabel', { heading: text }) },
      ]),
      element('span', { className: ['hidden'], dataPrintUrl: present }, [{ type: 'text', value: address }]),
    ],
  );
  return element('div', { className: ['group flex items-start gap-2'], dataCitableHeading: present }, [
    ...anchorAliases(redirects, path, id).map((alias) => element('span', { id: alias })),
    element(heading.tagName, { ...heading.properties, className: ['font-bold', size] }, [
      ...heading.children,
    ]),
    link,
  ]);
}

/**
 * A section heading a page writes outside its Markdown (the easy-read page's
 * list of hard words), with the same link as every other, as HTML.
 */
export function citableHeadingHtml({
  id,
  text,
  locale,
  path,
  site,
  base,
}: {
  id: string;
  text: string;
  locale: Locale;
  path: string;
  site: string;
  base: string;
}): string {
  const heading = element('h2', { id }, [{ type: 'text', value: text }]);
  return html([
    citableHeading(heading, id, text, {
      site,
      base,
      path,
      locale,
      redirects: siteRedirectTable(),
      present: true,
    }),
  ]);
}

/** `site`: the public origin; `base`: the deployment base path; `root`: the project, whose redirects are read. */
export function citablePassages({
  site,
  base,
  root,
}: {
  site: string;
  base: string;
  root: string;
}): HastPluginEntry {
  return (factory) => {
    const page = factory.fileURL && pageFileOf(factory.fileURL.pathname);
    const path = page && entryPath(page.collection, page.key, page.locale);
    if (!page || !path) return null;
    const isMarkdown = factory.sourceFormat === 'markdown';
    const place: HeadingPlace = {
      site,
      base,
      path,
      locale: page.locale,
      redirects: siteRedirectTable(root),
      present: isMarkdown ? true : '',
    };
    const citable = (heading: Readonly<Element>, id: string, text: string) =>
      citableHeading(heading, id, text, place);

    /** The headings of a Markdown page as written, in order, for the table of contents and the side-by-side view. */
    const headings: Pick<Passage, 'id' | 'heading' | 'headingHtml'>[] = [];
    return defineHastPlugin({
      name: 'citable-passages',
      element: {
        filter: isMarkdown ? ['h2'] : ['h2', 'h3'],
        visit(heading, ctx) {
          const id = heading.properties.id;
          const text = ctx.textContent(heading);
          if (typeof id !== 'string') {
            throw new Error(
              `${factory.fileURL?.pathname}: the heading "${text}" has no anchor; write it as "## ${text} {#an-id}"`,
            );
          }
          if (isMarkdown) {
            headings.push({ id, heading: text, headingHtml: html(heading.children) });
            return citable(heading, id, text);
          }
          const passage = [
            'passage rounded-lg has-[:target]:bg-accent-soft has-[:target]:outline-8 has-[:target]:outline-accent-soft',
          ];
          return element('div', { className: [...passage, heading.tagName === 'h2' ? 'mt-10' : 'mt-8'] }, [
            citable(heading, id, text),
          ]);
        },
      },
      after(root, ctx) {
        if (!isMarkdown) return;
        const lead: RootContent[] = [];
        const parts: { block: RootContent; body: RootContent[] }[] = [];
        for (const node of root.children) {
          if (node.type === 'element' && 'dataCitableHeading' in node.properties)
            parts.push({ block: node, body: [] });
          else (parts.at(-1)?.body ?? lead).push(node);
        }
        const passages = parts.flatMap(({ block, body }, index): Passage[] => {
          const heading = headings[index];
          return heading ? [{ ...heading, citableHeadingHtml: html([block]), html: html(body) }] : [];
        });
        const pageText: PageText = { leadHtml: html(lead), passages };
        if (ctx.data.astro) ctx.data.astro.frontmatter.pageText = pageText;
      },
    });
  };
}
