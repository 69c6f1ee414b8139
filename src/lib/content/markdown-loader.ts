/**
 * Loads Markdown pages as data: frontmatter checked by the collection's
 * schema, and the raw body kept for the passage renderer
 * (src/lib/markdown/passages.ts). Unlike Astro's `glob()` loader it does not
 * make a renderable module of every file, which the site never uses for `.md`
 * pages and which made large builds slow and memory-hungry. `.mdx` files, which
 * Astro does render, still go through `glob()`.
 */
import { readFile } from 'node:fs/promises';
import { glob as findFiles } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** `ko/hologram.md` → `ko/hologram`: the language folder and the translation key. */
export const entryId = (relativePath: string) => relativePath.split(path.sep).join('/').replace(/\.mdx?$/, '');

async function loadFile(context: LoaderContext, baseDir: string, relativePath: string): Promise<string> {
  const absolute = path.join(baseDir, relativePath);
  const filePath = path.relative(fileURLToPath(context.config.root), absolute).split(path.sep).join('/');
  const text = await readFile(absolute, 'utf8');
  const match = frontmatterPattern.exec(text);
  if (!match) throw new Error(`${filePath}: the file must start with frontmatter between --- lines`);
  const frontmatter: unknown = parseYaml(match[1] ?? '');
  const id = entryId(relativePath);
  const data = await context.parseData({ id, data: (frontmatter ?? {}) as Record<string, unknown>, filePath });
  context.store.set({ id, data, body: text.slice(match[0].length), filePath, digest: context.generateDigest(text) });
  return id;
}

export function markdownPages(options: { base: string; withMdx?: boolean }): Loader {
  return {
    name: 'markdown-pages',
    load: async (context) => {
      const baseDir = fileURLToPath(new URL(`${options.base.replace(/\/?$/, '/')}`, context.config.root));
      if (options.withMdx) {
        // glob() removes the entries it did not see, so it runs first and the Markdown pages are added after.
        await glob({
          base: options.base,
          pattern: '**/[^_]*.mdx',
          generateId: ({ entry }) => entryId(entry),
          deferRender: true,
        }).load(context);
      }
      const seen = new Set<string>();
      for await (const relativePath of findFiles('**/[^_]*.md', { cwd: baseDir })) {
        seen.add(await loadFile(context, baseDir, relativePath));
      }
      for (const id of context.store.keys()) {
        if (!seen.has(id) && context.store.get(id)?.filePath?.endsWith('.md')) context.store.delete(id);
      }

      // Live preview: reload a Markdown page when an editor saves it.
      context.watcher?.on('all', async (event, changed) => {
        const relativePath = path.relative(baseDir, changed);
        if (relativePath.startsWith('..') || !relativePath.endsWith('.md') || path.basename(relativePath).startsWith('_')) return;
        try {
          if (event === 'unlink') context.store.delete(entryId(relativePath));
          else if (event === 'add' || event === 'change') await loadFile(context, baseDir, relativePath);
        } catch (error) {
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
