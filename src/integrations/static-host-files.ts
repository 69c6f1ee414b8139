/**
 * Writes the files static hosts read besides the pages: `_headers` (security
 * and cache headers, src/lib/security.ts; the editor's policy allows the Git
 * host of CMS_REPOSITORY) and `_redirects` (old addresses
 * from content/redirects.yaml; every other host uses the redirect pages).
 */
import { globSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redirectsFileText, type RedirectTable } from '../lib/content/redirects.ts';
import type { CmsRepository } from '../lib/cms/repository.ts';
import { headersFile } from '../lib/security.ts';

export function staticHostFiles(redirects: RedirectTable, repository: CmsRepository): AstroIntegration {
  let base = '/';
  return {
    name: 'static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        // Every route written (pages and endpoints such as feeds); the 404 page is a file, not a folder.
        const pagePaths = pages
          .map(({ pathname }) => `/${pathname}`.replace(/\/{2,}/g, '/'))
          .map((path) => (path === '/404/' ? '/404.html' : path))
          .filter((path) => !path.startsWith('/data/'));
        // Text files made by endpoints (the declaration's copies, robots.txt) are not in `pages`.
        const textFiles = globSync('**/*.{txt,md}', { cwd: fileURLToPath(dir) }).map(
          (file) => `/${file.split(path.sep).join('/')}`,
        );
        // Each top-level file and folder the host serves: `/ko/`, `/og/`, `/404.html`, `/robots.txt`…
        const topLevel = readdirSync(dir, { withFileTypes: true })
          .filter((entry) => !entry.name.startsWith('_'))
          .map((entry) => (entry.isDirectory() ? `/${entry.name}/` : `/${entry.name}`));
        await writeFile(
          new URL('_headers', dir),
          headersFile(base, [...pagePaths, ...textFiles], topLevel, repository),
        );
        await writeFile(new URL('_redirects', dir), redirectsFileText(redirects, base));
      },
    },
  };
}
