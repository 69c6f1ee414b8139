// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { defaultLocale, localeCodes, locales } from './src/i18n/locales.ts';
import { markdownFeatures, markKoreanInEnglishFiles, prefixBasePath } from './src/lib/markdown/features.ts';
import { figureParticles } from './src/lib/markdown/figure-particles.ts';
import { staticHostFiles } from './src/integrations/static-host-files.ts';
import { readRedirects, redirectTable } from './src/lib/content/redirects.ts';

/**
 * Where the site is published. Both come from the environment so one build
 * recipe serves any host (README → "Deploying").
 *   SITE_URL   absolute origin used in canonical links, sitemaps and cards
 *   BASE_PATH  sub-path the site lives under, e.g. /declaration-site/
 */
const site = process.env.SITE_URL ?? 'https://new-electronics.example';
const base = process.env.BASE_PATH ?? '/';
const redirects = redirectTable(readRedirects());
/** Site path of a page URL, without the base path: the form redirects are listed in. */
const sitePathOf = (/** @type {string} */ url) =>
  `/${new URL(url).pathname.slice(`/${base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/').length)}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // No inline <style>: every stylesheet is a file, so the CSP needs no hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: satteri({
      features: markdownFeatures,
      hastPlugins: [prefixBasePath(base), markKoreanInEnglishFiles],
    }),
  },
  integrations: [
    mdx(),
    staticHostFiles(redirects),
    sitemap({
      // Old addresses that redirect are not pages of their own.
      filter: (page) => !redirects.pages.has(sitePathOf(page)),
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(localeCodes.map((code) => [code, locales[code].lang])),
      },
    }),
  ],
  vite: { plugins: [tailwindcss(), figureParticles()] },
  env: {
    schema: {
      /** Address that "report a problem with this page" writes to (README → Configuration). */
      FEEDBACK_EMAIL: envField.string({ context: 'server', access: 'public', optional: true }),
      /** Where "Edit this page" links lead: a repository's edit URL plus the file path. Off when unset. */
      EDIT_BASE_URL: envField.string({ context: 'server', access: 'public', optional: true, url: true }),
    },
  },
  devToolbar: { enabled: false },
});
