/**
 * The Markdown dialect editors write, shared by Astro's pipeline
 * (astro.config.mjs) and by the passage renderer, so both read a file the same
 * way. Headings carry their anchor explicitly: `## 전문 {#preamble}`.
 */
import { defineHastPlugin, type Features } from 'satteri';

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
