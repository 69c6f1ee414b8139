/** Redirects as the build emits them: both languages, chains followed, anchors kept on their page. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { netlifyRedirect, readRedirectRules } from '../helpers/static-host.ts';
import {
  anchorAliases,
  redirectTable,
  redirectsFile,
  redirectsFileText,
  siteRedirectTable,
  splitAddress,
} from '../../src/lib/content/redirects.ts';

const table = redirectTable([
  { from: '/sectors/holo/', to: '/sectors/holography/' },
  { from: '/sectors/holography/', to: '/sectors/hologram/' },
  { from: '/sectors/hologram/#in-gumi', to: '/sectors/hologram/#activity' },
  { from: '/sectors/hologram/#history', to: '/sectors/hologram/' },
]);

describe('redirects', () => {
  it('applies each page redirect to both languages and follows chains to the final page', () => {
    expect([...table.pages]).toEqual([
      ['/ko/sectors/holo/', '/ko/sectors/hologram/'],
      ['/ko/sectors/holography/', '/ko/sectors/hologram/'],
      ['/en/sectors/holo/', '/en/sectors/hologram/'],
      ['/en/sectors/holography/', '/en/sectors/hologram/'],
    ]);
  });

  it('gives a moved anchor to the heading it moved to, and none to a removed one', () => {
    expect(anchorAliases(table, '/en/sectors/hologram/', 'activity')).toEqual(['in-gumi']);
    expect(anchorAliases(table, '/ko/sectors/hologram/', 'overview')).toEqual([]);
    expect(table.anchors.get('/ko/sectors/hologram/')?.get('history')).toBe('');
  });

  it('refuses a loop', () => {
    expect(() =>
      redirectTable([
        { from: '/a/', to: '/b/' },
        { from: '/b/', to: '/a/' },
      ]),
    ).toThrow(/loop/);
  });

  it('writes _redirects with the base path, as permanent redirects', () => {
    expect(redirectsFileText(table, '/site/').split('\n').slice(1, 3)).toEqual([
      '/site/en/sectors/holo/ /site/en/sectors/hologram/ 301!',
      '/site/en/sectors/holo/ /site/en/sectors/hologram/ 301',
    ]);
    expect(redirectsFileText(redirectTable([]), '/')).toMatch(/^# Generated from content\/redirects\.yaml/);
  });

  describe('_redirects as each host reads it, with the redirect page present at the old address', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'redirects-file-'));
    const file = path.join(dir, '_redirects');
    writeFileSync(file, redirectsFileText(table, '/'));
    const rules = readRedirectRules(file);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('Netlify: the forced rule wins over the file', () => {
      expect(netlifyRedirect(rules, '/ko/sectors/holo/', true)).toMatchObject({
        to: '/ko/sectors/hologram/',
        status: '301!',
      });
    });

    it('Cloudflare Pages: the forced line is skipped as invalid and the plain 301 applies', () => {
      // Cloudflare's parser takes a status only if Number(status) is one of its permitted codes.
      const cloudflare = rules.filter(({ status }) => [301, 302, 303, 307, 308].includes(Number(status)));
      expect(cloudflare.find(({ from }) => from === '/ko/sectors/holo/')).toMatchObject({
        to: '/ko/sectors/hologram/',
        status: '301',
      });
    });
  });

  it('splits an address into page and anchor', () => {
    expect(splitAddress('/sectors/hologram/#overview')).toEqual({
      page: '/sectors/hologram/',
      anchor: 'overview',
    });
    expect(splitAddress('/sectors/')).toEqual({ page: '/sectors/', anchor: undefined });
  });

  it('keeps the site table until content/redirects.yaml changes, as under astro dev', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'redirects-'));
    try {
      const file = path.join(root, redirectsFile);
      mkdirSync(path.dirname(file));
      expect(siteRedirectTable(root).pages.size).toBe(0);
      writeFileSync(file, '- { from: /old/, to: /new/ }\n');
      const first = siteRedirectTable(root);
      expect(first.pages.get('/ko/old/')).toBe('/ko/new/');
      expect(siteRedirectTable(root)).toBe(first);
      writeFileSync(file, '- { from: /old/, to: /newer/ }\n');
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(siteRedirectTable(root).pages.get('/ko/old/')).toBe('/ko/newer/');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
