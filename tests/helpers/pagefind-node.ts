/**
 * Pagefind's browser script (pagefind.js) run in Node against bundle folders:
 * a small `document` for its language detection and a `fetch` that reads each
 * bundle's files from disk. Good for checking the index itself; the search box
 * is tested in Chromium.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchBackend } from '../../src/lib/search/engine.ts';

/** Bundle folders by the base path their Pagefind instance fetches from. */
const bundles = new Map<string, string>();

async function fetchFromBundle(input: string | URL): Promise<Response> {
  const url = String(input).split('?')[0] ?? '';
  const [base, folder] = [...bundles].find(([prefix]) => url.startsWith(prefix)) ?? [];
  if (!base || !folder) return new Response(null, { status: 404 });
  return new Response(await readFile(path.join(folder, url.slice(base.length))));
}

export async function loadPagefindFrom(bundleDir: string): Promise<SearchBackend> {
  const base = `/bundle-${bundles.size}/pagefind/`;
  bundles.set(base, bundleDir);
  Object.assign(globalThis, {
    document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'ko' }) },
    fetch: fetchFromBundle,
  });
  // Each bundle gets its own copy of the module, hence the query string.
  const module = (await import(`${pathToFileURL(path.join(bundleDir, 'pagefind.js')).href}?${base}`)) as {
    createInstance(options: { basePath: string; noWorker: boolean }): SearchBackend;
  };
  return module.createInstance({ basePath: base, noWorker: true });
}
