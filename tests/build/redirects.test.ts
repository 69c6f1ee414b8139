/**
 * Old addresses, as the build serves them: each moved page of
 * content/redirects.yaml (the source of truth, not the HTML) has a redirect
 * page that leads to the new address with the reader's #anchor (its script a
 * file, under the site's CSP), says noindex, names the canonical address, and
 * is in no sitemap or search index; a `_redirects` line serves it as a 301 on
 * hosts that read that file; and a moved anchor is a second id on the heading
 * it moved to. The browser side (following an old address with its anchor on a
 * static host) is in tests/e2e/hosting.test.ts. Today's content may have no
 * redirect at all: these tests run for each one an editor adds
 * (tests/edits/ adds some).
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOf } from '../../src/i18n/routing.ts';
import { contentSecurityPolicyMeta } from '../../src/lib/security.ts';
import { redirects } from '../helpers/content.ts';
import {
  builtPages,
  distDir,
  fileOf,
  indexedPages,
  load,
  redirectPages,
  sitePathOf,
  withBase,
} from '../helpers/site.ts';

const moved = [...redirectPages()];
const siteRoot = new URL(load('/')('link[rel="canonical"]').attr('href') ?? '');
const absolute = (sitePath: string) => new URL(withBase(sitePath), siteRoot).href;

describe('redirects of content/redirects.yaml', () => {
  it('are the only pages that redirect: one at each old address', () => {
    const refreshing = globSync('**/*.html', { cwd: distDir, exclude: ['404.html'] })
      .map((file) => sitePathOf(path.join(distDir, file)))
      .filter((page) => load(page)('meta[http-equiv="refresh"]').length > 0);
    expect(refreshing.sort()).toEqual(moved.map(([from]) => from).sort());
  });

  it('are in no sitemap and no search index', () => {
    const sitemaps = globSync('sitemap-*.xml', { cwd: distDir })
      .map((file) => readFileSync(path.join(distDir, file), 'utf8'))
      .join('\n');
    const indexed = indexedPages();
    for (const [from] of moved) {
      expect(sitemaps).not.toContain(`${absolute(from)}<`);
      expect(indexed).not.toContain(from);
    }
  });
});

describe.each(moved)('the old address %s', (from, to) => {
  const $ = load(from);
  const target = withBase(to);

  it(`leads to ${to}, a page with content, with and without JavaScript`, () => {
    expect(builtPages()).toContain(to);
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
    expect($('a[data-moved-to]').attr('href')).toBe(target);
  });

  it('names the new address as canonical and asks not to be indexed, in its language', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(absolute(to));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('html').attr('lang')).toBe(localeOf(from));
  });

  it("carries the site's Content-Security-Policy, and its script is a file that keeps the #anchor", () => {
    expect($('head meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      contentSecurityPolicyMeta,
    );
    expect($('script:not([src])')).toHaveLength(0);
    const scripts = $('script[src]')
      .map((_, script) => $(script).attr('src') ?? '')
      .get();
    expect(scripts).toHaveLength(1);
    const file = fileOf(`/${(scripts[0] ?? '').slice(withBase('/').length)}`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('location.hash');
  });

  it('is a forced 301 in _redirects for Netlify, and a plain one for Cloudflare Pages', () => {
    const lines = readFileSync(path.join(distDir, '_redirects'), 'utf8').split('\n');
    expect(lines).toContain(`${withBase(from)} ${target} 301!`);
    expect(lines).toContain(`${withBase(from)} ${target} 301`);
  });
});

describe.each(
  [...redirects.anchors].flatMap(([page, moves]) => [...moves].map(([from, to]) => [page, from, to])),
)('on %s, the moved anchor #%s', (page, from, to) => {
  it.skipIf(!to)(`is a second id of the heading #${to}`, () => {
    const alias = load(page)(`[id="${from}"]`);
    expect(alias).toHaveLength(1);
    expect(alias.closest('[data-citable-heading]').find('h2, h3').attr('id')).toBe(to);
  });
});
