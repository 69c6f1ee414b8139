/**
 * Astro integration: after the build, draws the preview card (`og:image`) of
 * every built page from that page's own metadata (`lib/cards/card-spec.ts`),
 * so any page that names a card gets one, whichever route made it.
 *
 * Cards are cached in `.cache/preview-cards/` under a hash of everything that
 * shapes them (the page's card text, the theme colours, the card code, the
 * versions of satori, resvg, sharp and the font), so a build only draws the cards
 * whose inputs changed, in worker threads (`lib/cards/draw-cards.ts`).
 * Entries no page uses any more are removed.
 *
 * Under `astro dev` a card is drawn when it is asked for, from the page the
 * dev server renders, so the press page shows its card there too.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from '../i18n/routing.ts';
import { loadCardFonts, type CardFonts } from '../lib/cards/card-fonts.ts';
import { cardSpecFromHtml, type CardSpec } from '../lib/cards/card-spec.ts';
import { drawCards } from '../lib/cards/draw-cards.ts';
import { cardPainter } from '../lib/cards/render-card.ts';
import { colourTokens } from '../lib/design-tokens.ts';

/** Sources and packages whose change must redraw every card. */
const designFiles = ['src/lib/cards/*.ts', 'src/lib/site-mark.ts', 'src/lib/design-tokens.ts'];
const designPackages = ['satori', '@resvg/resvg-js', 'sharp', '@fontsource/noto-sans-kr'];

function designFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of globSync(designFiles, { cwd: root }).sort()) {
    hash.update(file).update(readFileSync(path.join(root, file)));
  }
  for (const name of designPackages) {
    // Found rather than imported: sharp's `exports` do not include its package.json.
    const manifest = findPackageJSON(name, path.join(root, 'package.json'));
    if (!manifest) throw new Error(`preview cards: the package ${name} is not installed`);
    hash.update(`${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`);
  }
  return hash.digest('hex');
}

/** Every distinct card the built pages name, by site path of the image. */
function cardsOfBuild(distDir: string, siteRoot: URL): Map<string, Omit<CardSpec, 'imagePath'>> {
  const cards = new Map<string, Omit<CardSpec, 'imagePath'>>();
  for (const file of globSync('**/*.html', { cwd: distDir }).sort()) {
    const spec = cardSpecFromHtml(readFileSync(path.join(distDir, file), 'utf8'), siteRoot);
    if (!spec) continue;
    const { imagePath, ...content } = spec;
    const known = cards.get(imagePath);
    if (known && JSON.stringify(known) !== JSON.stringify(content)) {
      throw new Error(
        `${file} names the preview card ${imagePath}, which another page names with other text`,
      );
    }
    cards.set(imagePath, content);
  }
  return cards;
}

export default function previewCards(): AstroIntegration {
  let root = '';
  let siteRoot = new URL('http://localhost/');
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        siteRoot = new URL(config.base.replace(/\/?$/, '/'), config.site ?? 'http://localhost/');
      },
      'astro:server:setup': ({ server }) => {
        let fonts: Promise<CardFonts> | undefined;
        const base = server.config.base.replace(/\/?$/, '/');
        server.middlewares.use(async (request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://dev.invalid').pathname;
          const page = pathname.startsWith(base)
            ? routes.pageOfPreviewCard(`/${pathname.slice(base.length)}`)
            : undefined;
          if (!page) return next();
          try {
            const html = await (await fetch(`http://${request.headers.host}${base}${page.slice(1)}`)).text();
            const spec = cardSpecFromHtml(html, siteRoot);
            if (!spec) return next();
            fonts ??= loadCardFonts(root);
            const tokens = colourTokens(readFileSync(path.join(root, 'src/styles/global.css'), 'utf8'));
            response.setHeader('Content-Type', 'image/png');
            response.end(await cardPainter(tokens, await fonts).paint(spec));
          } catch (error) {
            next(error);
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        const cacheDir = path.join(root, '.cache', 'preview-cards');
        mkdirSync(cacheDir, { recursive: true });
        const tokens = colourTokens(readFileSync(path.join(root, 'src/styles/global.css'), 'utf8'));
        const fingerprint = designFingerprint(root);
        const cards = cardsOfBuild(distDir, siteRoot);
        const cacheFileOf = new Map<string, string>();
        const missing = new Map<string, { spec: CardSpec; file: string }>();
        for (const [imagePath, content] of cards) {
          const key = createHash('sha256')
            .update(JSON.stringify({ fingerprint, tokens, content }))
            .digest('hex');
          const file = path.join(cacheDir, `${key}.png`);
          cacheFileOf.set(imagePath, file);
          if (!existsSync(file) && !missing.has(file))
            missing.set(file, { spec: { ...content, imagePath }, file });
        }
        await drawCards(root, tokens, [...missing.values()]);
        for (const [imagePath, file] of cacheFileOf) {
          const target = path.join(distDir, imagePath);
          mkdirSync(path.dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
        const used = new Set([...cacheFileOf.values()].map((file) => path.basename(file)));
        for (const entry of readdirSync(cacheDir)) {
          if (!used.has(entry)) rmSync(path.join(cacheDir, entry));
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `${cards.size} preview cards: ${missing.size} drawn, ${cards.size - missing.size} reused (${seconds} s)`,
        );
      },
    },
  };
}
