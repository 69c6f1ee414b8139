/** Every page carries the site's Content-Security-Policy, and `_headers` gives hosts the same policy and cache rules. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cacheControl,
  contentSecurityPolicy,
  contentSecurityPolicyMeta,
  securityHeaders,
} from '../../src/lib/security.ts';
import { builtPages, distDir, load, redirectPages } from '../helpers/site.ts';
import { readHeaderRules } from '../helpers/static-host.ts';

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
  const blocks = new Map(
    readHeaderRules(path.join(distDir, '_headers')).map(
      ([pattern, headers]) => [pattern, headers.map(([name, value]) => `${name}: ${value}`)] as const,
    ),
  );

  it('sends the security headers on every path, and no caching rule there', () => {
    const all = blocks.get('/*') ?? [];
    for (const [name, value] of Object.entries(securityHeaders)) expect(all).toContain(`${name}: ${value}`);
    expect(all.some((line) => line.startsWith('Cache-Control'))).toBe(false);
  });

  it('caches hashed assets for a year and each page for five minutes', () => {
    expect(blocks.get('/_astro/*')).toEqual([`Cache-Control: ${cacheControl.hashed}`]);
    for (const page of [...builtPages(), ...redirectPages().keys()])
      expect(blocks.get(page), page).toEqual([`Cache-Control: ${cacheControl.page}`]);
  });
});
