/**
 * The browser editor's page in the built site: its own policy and robots
 * rule, its configuration, and nothing of it anywhere a reader goes (no link,
 * no byte of its script, no entry in the sitemap, the search index or the
 * list of published addresses).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { localOnlyRepository } from '../../src/lib/cms/repository.ts';
import { adminContentSecurityPolicyMeta, adminPath, adminScript } from '../../src/lib/security.ts';
import { builtPages, distDir, load } from '../helpers/site.ts';

const admin = load(adminPath);

describe('the admin page', () => {
  it('carries its own policy first, is kept out of search engines, and is in Korean', () => {
    const meta = admin('head meta[http-equiv="Content-Security-Policy"]');
    expect(meta.attr('content')).toBe(adminContentSecurityPolicyMeta(localOnlyRepository));
    expect(admin('head > *').index(meta)).toBe(1);
    expect(admin('meta[name="robots"]').attr('content')).toBe('noindex, nofollow');
    expect(admin('html').attr('lang')).toBe('ko');
    expect(admin('[data-pagefind-body]')).toHaveLength(0);
  });

  it('hands the CMS the configuration made from the schemas', () => {
    const { config } = JSON.parse(admin('#cms-config').text()) as { config: { site_url: string } };
    const made = cmsConfig({ repository: localOnlyRepository, siteUrl: config.site_url, base: '/' });
    expect(config).toEqual(JSON.parse(JSON.stringify(made)));
  });

  it('loads one script, the CMS bundled apart into the editor’s own folder', () => {
    const scripts = admin('script[src]')
      .map((_, element) => admin(element).attr('src'))
      .get();
    expect(scripts).toEqual([adminScript]);
    expect(admin('script[src]').attr('type')).toBe('module');
    expect(globSync('admin/chunks/*.js', { cwd: distDir }).length).toBeGreaterThan(30);
    expect(globSync('admin/assets/*.woff2', { cwd: distDir })).toHaveLength(3);
  });
});

describe('readers never meet the editor', () => {
  it.each(builtPages())('%s neither links to it nor loads any of its files', (page) => {
    const $ = load(page);
    expect($(`a[href*="${adminPath}"]`)).toHaveLength(0);
    const loaded = $('script[src], link[href]')
      .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
      .get();
    expect(loaded.filter((url) => url.startsWith(adminPath))).toEqual([]);
  });

  it('is not in the sitemap, the search index or the published addresses', () => {
    const sitemap = globSync('sitemap-*.xml', { cwd: distDir })
      .map((file) => readFileSync(path.join(distDir, file), 'utf8'))
      .join('');
    expect(sitemap).not.toContain(adminPath);
    // The search index takes only pages with data-pagefind-body (src/integrations/search-index.ts).
    expect(admin('[data-pagefind-body]')).toHaveLength(0);
    const published = JSON.parse(readFileSync('content/published-urls.json', 'utf8')) as string[];
    expect(published.filter((address) => address.startsWith(adminPath))).toEqual([]);
  });
});
