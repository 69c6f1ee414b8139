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
import { fallbackIcon, sectorIconName, sectorIconNames } from '../../src/lib/sector-icons.ts';

const table = redirectTable([
  { from: '/sectors/old/', to: '/sectors/sample/' },
  { from: '/sectors/sample/', to: '/sectors/example/' },
  { from: '/sectors/example/#reported', to: '/sectors/example/#activity' },
  { from: '/sectors/example/#history', to: '/sectors/example/' },
]);

describe('redirects', () => {
  it('applies each page redirect to both languages and follows chains to the final page', () => {
    expect([...table.pages]).toEqual([
      ['/ko/sectors/old/', '/ko/sectors/example/'],
      ['/ko/sectors/sample/', '/ko/sectors/example/'],
      ['/en/sectors/old/', '/en/sectors/example/'],
      ['/en/sectors/sample/', '/en/sectors/example/'],
    ]);
  });

  it('gives a moved anchor to the heading it moved to, and none to a removed one', () => {
    expect(anchorAliases(table, '/en/sectors/example/', 'activity')).toEqual(['reported']);
    expect(anchorAliases(table, '/ko/sectors/example/', 'summary')).toEqual([]);
    expect(table.anchors.get('/ko/sectors/example/')?.get('history')).toBe('');
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
      '/site/en/sectors/old/ /site/en/sectors/example/ 301!',
      '/site/en/sectors/old/ /site/en/sectors/example/ 301',
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
      expect(netlifyRedirect(rules, '/ko/sectors/old/', true)).toMatchObject({
        to: '/ko/sectors/example/',
        status: '301!',
      });
    });

    it('Cloudflare Pages: the forced line is skipped as invalid and the plain 301 applies', () => {
      // Cloudflare's parser takes a status only if Number(status) is one of its permitted codes.
      const cloudflare = rules.filter(({ status }) => [301, 302, 303, 307, 308].includes(Number(status)));
      expect(cloudflare.find(({ from }) => from === '/ko/sectors/old/')).toMatchObject({
        to: '/ko/sectors/example/',
        status: '301',
      });
    });
  });

  it('splits an address into page and anchor', () => {
    expect(splitAddress('/sectors/example/#summary')).toEqual({
      page: '/sectors/example/',
      anchor: 'summary',
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

  it('lets a renamed sector keep the icon of its old slug; a new one gets the general icon', () => {
    const [slug = '', icon] = Object.entries(sectorIconNames)[0] ?? [];
    const moves = redirectTable([{ from: `/sectors/${slug}/`, to: '/sectors/example-renamed/' }]);
    expect(sectorIconName('example-renamed', moves)).toBe(icon);
    expect(sectorIconName('example-new', moves)).toBe(fallbackIcon);
    expect(sectorIconName(slug, moves)).toBe(icon);
  });
});
