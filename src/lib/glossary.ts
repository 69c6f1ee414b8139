/**
 * The fixed terms of content/data/glossary.yaml in running text: which terms
 * a text uses, and a Markdown plugin that links the first use of each term to
 * its entry on the glossary page.
 */
import { defineHastPlugin, type HastNode } from 'satteri';
import type { Locale } from '../i18n/locales.ts';
import type { GlossaryData } from './content/schemas.ts';

type Term = Pick<GlossaryData, 'id' | 'term' | 'forms'>;

/** Every written form of a term in one language, longest first. */
export function formsOf(term: Term, locale: Locale): string[] {
  return [term.term[locale], ...(term.forms[locale] ?? [])].sort((a, b) => b.length - a.length);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A pattern for any form of a term: whole words in English (any case), anywhere in Korean. */
export function termPattern(term: Term, locale: Locale): RegExp {
  const alternatives = formsOf(term, locale).map(escape).join('|');
  return locale === 'en' ? new RegExp(`\\b(?:${alternatives})\\b`, 'i') : new RegExp(`(?:${alternatives})`);
}

/** Ids of the glossary terms a text uses. */
export function termsIn(text: string, glossary: readonly Term[], locale: Locale): Set<string> {
  return new Set(glossary.filter((term) => termPattern(term, locale).test(text)).map((term) => term.id));
}

/** Fragment id of a term on the glossary page. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}

/**
 * Links the first use of each term in a page's passages. The lead, before the
 * first `##` heading, introduces the page in plain words and is left alone, as
 * are headings and existing links.
 */
export function linkFirstUse(glossary: readonly Term[], locale: Locale, glossaryPath: string) {
  const patterns = glossary.map((term) => ({ id: term.id, pattern: termPattern(term, locale) }));
  const linked = new Set<string>();
  let passagesStart = Infinity;
  return defineHastPlugin({
    name: 'glossary-first-use',
    before(root) {
      const first = root.children.findIndex((node) => node.type === 'element' && node.tagName === 'h2');
      passagesStart = first < 0 ? Infinity : first;
    },
    text(node, ctx) {
      // Climb to the node's top-level block, leaving alone text inside a link, heading or code.
      let ancestor: Readonly<HastNode> = node;
      for (;;) {
        const parent: Readonly<HastNode> | undefined = ctx.parent(ancestor);
        if (!parent || parent.type === 'root') break;
        if (parent.type === 'element' && /^(a|h[1-6]|code)$/.test(parent.tagName)) return;
        ancestor = parent;
      }
      if ((ctx.indexOf(ancestor) ?? 0) < passagesStart) return;
      const parts: HastNode[] = [];
      let rest = node.value;
      for (;;) {
        const next = patterns
          .filter(({ id }) => !linked.has(id))
          .map(({ id, pattern }) => ({ id, match: pattern.exec(rest) }))
          .filter((found): found is { id: string; match: RegExpExecArray } => found.match !== null)
          .sort((a, b) => a.match.index - b.match.index || b.match[0].length - a.match[0].length)[0];
        if (!next) break;
        linked.add(next.id);
        const word = next.match[0];
        parts.push(
          { type: 'text', value: rest.slice(0, next.match.index) } as HastNode,
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `${glossaryPath}#${termAnchor(next.id)}`, className: ['glossary-term'] },
            children: [{ type: 'text', value: word }],
          } as HastNode,
        );
        rest = rest.slice(next.match.index + word.length);
      }
      if (parts.length === 0) return;
      parts.push({ type: 'text', value: rest } as HastNode);
      ctx.replaceNode(node, parts);
    },
  });
}
