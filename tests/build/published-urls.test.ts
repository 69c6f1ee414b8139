/**
 * The built site keeps every promise of content/published-urls.json: each
 * address is a page, or an old address whose redirect page leads to a page
 * that has the anchor (content/redirects.yaml). And the checker's idea of the
 * published pages (which works without a build) matches what the build really
 * published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { manifestFile } from '../../src/lib/content-check/rules/url-rules.ts';
import {
  readRedirects,
  redirectTable,
  redirectsFileText,
  splitAddress,
} from '../../src/lib/content/redirects.ts';
import { isRemoval, redirects } from '../helpers/content.ts';
import { builtPages, distDir, fileOf, load } from '../helpers/site.ts';

const listed: string[] = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Where a reader of a published address lands: the page (after a move) and the anchor (after a rename). */
function landing(address: string): { page: string; anchor: string | undefined } {
  const { page, anchor } = splitAddress(address);
  const target = redirects.pages.get(page) ?? page;
  const moved = anchor === undefined ? undefined : redirects.anchors.get(target)?.get(anchor);
  return { page: target, anchor: moved === undefined ? anchor : moved || undefined };
}

describe('published addresses', () => {
  it('are all still there: every file built, every page or its redirect, every anchor on the page it lands on', () => {
    const content = builtPages();
    const lost = listed.filter((address) => {
      if (!address.endsWith('/') && !address.includes('#')) return !existsSync(fileOf(address));
      if (!existsSync(fileOf(splitAddress(address).page))) return true;
      const { page, anchor } = landing(address);
      if (!content.includes(page)) return true;
      // A removed page's passages are gone: its readers land on the index it belonged to.
      if (isRemoval(splitAddress(address).page, page)) return false;
      return anchor !== undefined && load(page)(`[id="${anchor}"]`).length === 0;
    });
    expect(lost).toEqual([]);
  });

  it('are exactly the pages the checker works out from the content', async () => {
    const { site } = await checkContent('.');
    // A page here but not there means a route the checker does not know: add it to src/lib/content-check/published-site.ts.
    expect(builtPages()).toEqual([...site.pages.keys()].sort());
  });

  it('emits _redirects from content/redirects.yaml', () => {
    expect(readFileSync(path.join(distDir, '_redirects'), 'utf8')).toBe(
      redirectsFileText(redirectTable(readRedirects()), process.env.BASE_PATH ?? '/'),
    );
  });

  it.skipIf(process.env.EDIT_BASE_URL)('shows no "edit this page" link when EDIT_BASE_URL is not set', () => {
    expect(builtPages().filter((page) => load(page)('a[data-edit-link]').length > 0)).toEqual([]);
  });
});
