/** Every built page as a site path, the language chooser and the 404 page aside. */
import { globSync } from 'node:fs';

export function listPages(distDir: string): string[] {
  return globSync('**/index.html', { cwd: distDir })
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .filter((path) => path !== '/')
    .sort();
}
