/**
 * Every page carries the site's Content-Security-Policy, and `_headers` gives
 * hosts the same policy and cache rules; the editor at /admin/ has a policy of
 * its own, and no path gets two (hosts join two values of a header into one).
 */
import { globSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsRepository, localOnlyRepository } from '../../src/lib/cms/repository.ts';
import {
  adminContentSecurityPolicy,
  adminPath,
  cacheControl,
  contentSecurityPolicy,
  contentSecurityPolicyMeta,
  securityHeaders,
} from '../../src/lib/security.ts';
import { builtPages, distDir, load, redirectPages } from '../helpers/site.ts';
import { headersFor, readHeaderRules } from '../helpers/static-host.ts';

describe('Content-Security-Policy', () => {
  it('allows only the site itself, and WebAssembly for search', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-inline|https?:|\*/);
    expect(contentSecurityPolicyMeta).not.toContain('frame-ancestors');
  });

  it.each([...builtPages(), ...redirectPages().keys(), '/404.html'])(
    '%s carries it as the first thing after the encoding',
    (page) => {
      const $ = load(page);
      const meta = $('head meta[http-equiv="Content-Security-Policy"]');
      expect(meta.attr('content')).toBe(contentSecurityPolicyMeta);
      expect($('head > *').index(meta)).toBe(1);
      expect($('script:not([src]):not([type="application/ld+json"]), style, [style]')).toHaveLength(0);
    },
  );
});

describe('_headers', () => {
  const rules = readHeaderRules(path.join(distDir, '_headers'));
  const blocks = new Map(
    rules.map(
      ([pattern, headers]) => [pattern, headers.map(([name, value]) => `${name}: ${value}`)] as const,
    ),
  );
  const policyOf = (sitePath: string) => headersFor(rules, sitePath).get('Content-Security-Policy');

  it('sends the security headers on every path, and no caching rule and no policy there', () => {
    const all = blocks.get('/*') ?? [];
    for (const [name, value] of Object.entries(securityHeaders)) expect(all).toContain(`${name}: ${value}`);
    expect(all.some((line) => line.startsWith('Cache-Control'))).toBe(false);
    expect(all.some((line) => line.startsWith('Content-Security-Policy'))).toBe(false);
  });

  it('gives every reader page and the search index the readers’ policy, exactly once', () => {
    for (const page of [...builtPages(), '/404.html', '/ko/no-such-page/', '/pagefind/pagefind.js'])
      expect(policyOf(page), page).toBe(contentSecurityPolicy);
  });

  it('gives every other file of the site the readers’ policy too, exactly once', () => {
    const files = globSync('**/*', { cwd: distDir, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map(
        (entry) =>
          `/${path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`,
      )
      .filter((file) => !file.startsWith(adminPath) && !file.startsWith('/_'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(policyOf(file), file).toBe(contentSecurityPolicy);
  });

  it('gives the editor its own policy and no other, and keeps it out of search engines', () => {
    const header = headersFor(rules, adminPath);
    expect(header.get('Content-Security-Policy')).toBe(adminContentSecurityPolicy(localOnlyRepository));
    expect(header.get('X-Robots-Tag')).toBe('noindex');
    expect(policyOf(`${adminPath}index.html`)).toBe(adminContentSecurityPolicy(localOnlyRepository));
  });

  it('caches hashed assets for a year and each page for five minutes', () => {
    expect(blocks.get('/_astro/*')).toEqual([`Cache-Control: ${cacheControl.hashed}`]);
    const [chunk] = globSync('admin/chunks/*.js', { cwd: distDir });
    expect(headersFor(rules, `/${chunk}`).get('Cache-Control')).toBe(cacheControl.hashed);
    for (const page of [...builtPages(), ...redirectPages().keys(), adminPath])
      expect(headersFor(rules, page).get('Cache-Control'), page).toBe(cacheControl.page);
  });
});

describe('the editor’s policy', () => {
  it('allows inline styles and blob:/data: images, but no script but the site’s own', () => {
    const policy = adminContentSecurityPolicy(localOnlyRepository);
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self' 'unsafe-inline'");
    expect(policy).toContain("img-src 'self' data: blob:;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-eval|https?:/);
  });

  it('reaches the Git host of CMS_REPOSITORY, and nothing else', () => {
    const policy = adminContentSecurityPolicy(cmsRepository('https://github.com/org/site/tree/main'));
    expect(policy).toContain(
      "connect-src 'self' data: blob: https://api.github.com https://www.githubstatus.com;",
    );
    expect(policy).toContain('https://avatars.githubusercontent.com');
    const selfHosted = adminContentSecurityPolicy(
      cmsRepository('https://git.example.kr/web/site/src/branch/main'),
    );
    expect(selfHosted).toContain("connect-src 'self' data: blob: https://git.example.kr;");
  });
});
