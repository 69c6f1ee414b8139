// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { alternatePaths } from './src/i18n/routing.ts';
import { markdownDataDependencies, siteMarkdown } from './src/lib/markdown/processor.ts';
import { searchStringsModule } from './src/lib/search/strings-module.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { adminScriptFiles } from './src/integrations/admin-script.ts';
import { readRedirects, redirectTable } from './src/lib/content/redirects.ts';
import { cmsRepository } from './src/lib/cms/repository.ts';
import { adminPath } from './src/lib/security.ts';

/**
 * Where the site is published. Both come from the environment so one build
 * recipe serves any host (README → "Deploying").
 *   SITE_URL   absolute origin used in canonical links, sitemaps and cards
 *   BASE_PATH  sub-path the site lives under, e.g. /declaration-site/
 */
const site = process.env.SITE_URL ?? 'https://new-electronics.example';
const base = process.env.BASE_PATH ?? '/';
/** The published root of the site, base path included. */
const siteRoot = new URL(base.replace(/^\/*/, '/').replace(/\/*$/, '/'), site);
const redirects = redirectTable(readRedirects());
/** The repository the browser editor at /admin/ publishes to (README → Configuration). */
const cmsRepo = cmsRepository(process.env.CMS_REPOSITORY);
/** Site path of a page URL, without the base path: the form redirects and alternates are listed in. */
const sitePathOf = (/** @type {string} */ url) => `/${url.slice(siteRoot.href.length)}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: every stylesheet is a file, so the CSP needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: { processor: siteMarkdown({ site, base }) },
  integrations: [
    mdx(),
    adminScriptFiles(),
    sitemap({
      // Old addresses that redirect are not pages of their own; the editor is not for readers.
      filter: (page) => !redirects.pages.has(sitePathOf(page)) && sitePathOf(page) !== adminPath,
      // Each page lists its language versions exactly as its <head> does (ko, en, x-default).
      serialize(item) {
        const links = alternatePaths(sitePathOf(item.url)).map((alternate) => ({
          lang: alternate.hreflang,
          url: new URL(alternate.path.slice(1), siteRoot).href,
        }));
        return { ...item, links };
      },
    }),
    searchIndex(),
    // Last: its _headers covers every file the integrations above write (sitemaps, search index).
    staticHostFiles(redirects, cmsRepo),
  ],
  vite: {
    plugins: [tailwindcss(), markdownDataDependencies(), searchStringsModule()],
    // Scripts are always files, however small: the CSP allows no inline script ('self' only).
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
  env: {
    schema: {
      /** Address that "report a problem with this page" writes to (README → Configuration). */
      FEEDBACK_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
      /** Where "Edit this page" links lead: a repository's edit URL plus the file path. Off when unset. */
      EDIT_BASE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
      /** The repository branch the browser editor (/admin/) publishes to, as its host's web address. */
      CMS_REPOSITORY: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
    },
  },
  devToolbar: { enabled: false },
});
