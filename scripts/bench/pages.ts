/** Every built page for readers as a site path, the language chooser, the 404 page and the editor aside. */
import { globSync } from 'node:fs';
import { adminPath } from '../../src/lib/security.ts';

export function listPages(distDir: string): string[] {
  return globSync('**/index.html', { cwd: distDir })
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => path !== '/' && path !== adminPath)
    .sort();
}
