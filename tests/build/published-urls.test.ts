/**
 * The built site keeps every promise of content/published-urls.json: each
 * address is a page (or a redirect page) and each anchor an element on it.
 * And the checker's idea of the published pages (which works without a
 * build) matches what the build really published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { manifestFile } from '../../src/lib/content-check/rules/url-rules.ts';
import { readRedirects, redirectTable, redirectsFileText } from '../../src/lib/content/redirects.ts';
import { builtPages, distDir, fileOf, load } from '../helpers/site.ts';

const listed: string[] = JSON.parse(readFileSync(manifestFile, 'utf8'));
const isRedirectPage = (sitePath: string) => load(sitePath)('meta[http-equiv="refresh"]').length > 0;

describe('published addresses', () => {
  it('are all still there: every page and file built, every anchor on its page', () => {
    const lost = listed.filter((address) => {
      if (!address.endsWith('/') && !address.includes('#')) return !existsSync(fileOf(address));
      const [page = '', anchor] = address.split('#');
      if (!builtPages().includes(page)) return true;
      return anchor !== undefined && !isRedirectPage(page) && load(page)(`[id="${anchor}"]`).length === 0;
    });
    expect(lost).toEqual([]);
  });

  it('are exactly the pages the checker works out from the content', async () => {
    const { site } = await checkContent('.');
    const built = builtPages().filter((page) => !isRedirectPage(page));
    // A page here but not there means a route the checker does not know: add it to src/lib/content-check/published-site.ts.
    expect(built).toEqual([...site.pages.keys()].sort());
  });

  it('emits _redirects from content/redirects.yaml', () => {
    expect(readFileSync(path.join(distDir, '_redirects'), 'utf8')).toBe(
      redirectsFileText(redirectTable(readRedirects()), process.env.BASE_PATH ?? '/'),
    );
  });

  it.skipIf(process.env.EDIT_BASE_URL)('shows no "edit this page" link when EDIT_BASE_URL is not set', () => {
    expect(load('/ko/declaration/')('a[data-edit-link]').length).toBe(0);
  });
});
