/**
 * Astro integration: draws the preview card (`og:image`) of every built page
 * from that page's own metadata (`lib/cards/card-spec.ts`), so any page that
 * names a card gets one, whichever route made it.
 *
 * Drawing starts as each page is rendered (a middleware hands the page to
 * this integration) in worker threads (`lib/cards/card-pool.ts`), so the
 * cards of a large first build are drawn while the rest of the site renders.
 * After the build every page's card is read again from the written HTML;
 * any card not yet drawn is drawn then, and all are put into `dist/`.
 *
 * Cards are cached in `.cache/preview-cards/` under a hash of everything that
 * shapes them (the page's card text, the theme colours, the card code, the
 * versions of satori, resvg, the font and Node's zlib), so a build only draws the
 * cards whose inputs changed. Entries no page uses any more are removed.
 *
 * Under `astro dev` a card is drawn when it is asked for, from the page the
 * dev server renders, so the press page shows its card there too.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  globSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { findPackageJSON } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { routes } from '../i18n/routing.ts';
import { loadCardFonts, type CardFonts } from '../lib/cards/card-fonts.ts';
import { cardSpecFromHtml, type CardSpec } from '../lib/cards/card-spec.ts';
import { CardPool } from '../lib/cards/card-pool.ts';
import { cardPainter } from '../lib/cards/render-card.ts';
import { colourTokens, type ColourTokens } from '../lib/design-tokens.ts';
import { listenForRenderedPages } from './preview-cards-middleware.ts';

/** Sources and packages whose change must redraw every card (and Node's zlib, below). */
const designFiles = ['src/lib/cards/*.ts', 'src/lib/site-mark.ts', 'src/lib/design-tokens.ts'];
const designPackages = ['satori', '@resvg/resvg-js', '@fontsource/noto-sans-kr'];

function designFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of globSync(designFiles, { cwd: root }).sort()) {
    hash.update(file).update(readFileSync(path.join(root, file)));
  }
  for (const name of designPackages) {
    // Found rather than imported: a package's `exports` need not include its package.json.
    const manifest = findPackageJSON(name, path.join(root, 'package.json'));
    if (!manifest) throw new Error(`preview cards: the package ${name} is not installed`);
    hash.update(`${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`);
  }
  // The PNGs are compressed with Node's zlib: another version may write other bytes.
  hash.update(`zlib@${process.versions.zlib}`);
  return hash.digest('hex');
}

/**
 * Puts a cached card into `dist/` as a hard link to the cache file: no bytes
 * to copy and no file to create, which for thousands of cards saves most of
 * a second. The cache never changes a file in place (each is written aside
 * and renamed), so the two stay the same. Where a link cannot be made (the
 * cache on another file system), the card is copied.
 */
function placeCard(cacheFile: string, target: string): void {
  try {
    linkSync(cacheFile, target);
  } catch {
    copyFileSync(cacheFile, target);
  }
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

/**
 * The preview cards of one build: each card is drawn at most once, into the
 * cache, under a hash of everything that shapes it, unless the cache has it.
 */
class CardRun {
  readonly #cacheDir: string;
  readonly #tokens: ColourTokens;
  readonly #fingerprint: string;
  readonly #pool: CardPool;
  /** Cache file → the drawing of it, for the cards this build draws. */
  readonly #drawing = new Map<string, Promise<void>>();

  constructor(root: string) {
    this.#cacheDir = path.join(root, '.cache', 'preview-cards');
    mkdirSync(this.#cacheDir, { recursive: true });
    this.#tokens = colourTokens(readFileSync(path.join(root, 'src/styles/global.css'), 'utf8'));
    this.#fingerprint = designFingerprint(root);
    this.#pool = new CardPool(root, this.#tokens);
  }

  get drawingCount(): number {
    return this.#drawing.size;
  }

  /** The cache file of `spec`'s card, drawn there unless it already is (or is being). */
  request(spec: CardSpec): string {
    const { imagePath: _imagePath, ...content } = spec;
    const key = createHash('sha256')
      .update(JSON.stringify({ fingerprint: this.#fingerprint, tokens: this.#tokens, content }))
      .digest('hex');
    const file = path.join(this.#cacheDir, `${key}.png`);
    if (!this.#drawing.has(file) && !existsSync(file)) {
      const drawing = this.#pool.draw({ spec, file });
      // Reported by ready() after the build; not an unhandled rejection while the pages are still rendering.
      drawing.catch(() => undefined);
      this.#drawing.set(file, drawing);
    }
    return file;
  }

  /** Settles when the cache file of a card `request` returned is there. */
  async ready(file: string): Promise<void> {
    await this.#drawing.get(file);
  }

  /** Removes cache entries no page uses any more. */
  keepOnly(files: Set<string>): void {
    const used = new Set([...files].map((file) => path.basename(file)));
    for (const entry of readdirSync(this.#cacheDir)) {
      if (!used.has(entry)) rmSync(path.join(this.#cacheDir, entry));
    }
  }

  close(): Promise<void> {
    return this.#pool.close();
  }
}

export default function previewCards(): AstroIntegration {
  let root = '';
  let siteRoot = new URL('http://localhost/');
  /** The cards of the build under way, and how to stop hearing of its pages. */
  let build: { run: CardRun; stopListening: () => void } | undefined;
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') {
          addMiddleware({
            entrypoint: new URL('./preview-cards-middleware.ts', import.meta.url),
            order: 'post',
          });
        }
      },
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
      'astro:build:start': () => {
        const run = new CardRun(root);
        build = {
          run,
          stopListening: listenForRenderedPages((html) => {
            // A page whose card cannot be made is reported after the build, with its file name.
            try {
              const spec = cardSpecFromHtml(html, siteRoot);
              if (spec) run.request(spec);
            } catch {
              return;
            }
          }),
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        build?.stopListening();
        const run = build?.run ?? new CardRun(root);
        build = undefined;
        const started = performance.now();
        const distDir = fileURLToPath(dir);
        try {
          const cards = cardsOfBuild(distDir, siteRoot);
          const drawnEarly = run.drawingCount;
          const cacheFileOf = new Map(
            [...cards].map(([imagePath, content]) => [imagePath, run.request({ ...content, imagePath })]),
          );
          // Each card is put in place as soon as it is there, while the workers draw the rest.
          await Promise.all(
            [...cacheFileOf].map(async ([imagePath, file]) => {
              await run.ready(file);
              const target = path.join(distDir, imagePath);
              mkdirSync(path.dirname(target), { recursive: true });
              placeCard(file, target);
            }),
          );
          run.keepOnly(new Set(cacheFileOf.values()));
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `${cards.size} preview cards: ${run.drawingCount} drawn (${drawnEarly} of them as their pages rendered), ` +
              `${cards.size - run.drawingCount} reused (${seconds} s after the pages)`,
          );
        } finally {
          await run.close();
        }
      },
    },
  };
}
