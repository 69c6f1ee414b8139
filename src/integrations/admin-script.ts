/**
 * The browser editor's script, `/admin/cms.js` with its chunks and assets
 * beside it: `src/lib/cms/admin.ts` and Sveltia CMS, bundled with esbuild
 * (the bundler Astro itself uses for server code) while Astro builds the
 * site, and written into `dist/admin/` at the end; served from memory under
 * `npm run dev`. Kept apart from Vite's bundle of the reader pages' scripts:
 * there the CMS (a 2 MB module that can load 300 more) doubled the build's
 * memory and changed how the readers' own scripts were split into files.
 *
 * On the way, two things the site does not want:
 * - Fonts from a CDN: the CMS registers its fonts from the files it ships,
 *   but its interface styles also declare them at cdn.jsdelivr.net as a
 *   fallback, which the admin page's policy would block on every visit.
 *   Those `@font-face` rules are removed; the build fails if a CDN address
 *   would be left behind.
 * - Syntax-highlighting grammars: the CMS can load any of Shiki's 240
 *   languages and 60 themes for code fields and code blocks. The
 *   configuration has neither (src/lib/cms/config.ts), so each is an empty
 *   module.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin } from 'esbuild';
import { adminPath } from '../lib/security.ts';

const cdnFontFace = /@font-face\s*\{[^}]*https:\/\/cdn\.jsdelivr\.net\/fontsource\/[^}]*\}/g;

/** The CMS's main module with the CDN fonts taken out; throws if one would stay. */
export function withoutCdnFonts(code: string, file: string): string {
  const stripped = code.replace(cdnFontFace, '');
  if (stripped.includes('cdn.jsdelivr.net/fontsource'))
    throw new Error(
      `${file}: a font is still loaded from cdn.jsdelivr.net; update src/integrations/admin-script.ts`,
    );
  return stripped;
}

const forTheSite: Plugin = {
  name: 'sveltia-for-the-site',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^@shikijs\/(?:langs|themes)\// }, () => ({
      path: 'none',
      namespace: 'no-highlighting',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'no-highlighting' }, () => ({
      contents: 'export default [];',
    }));
    esbuild.onLoad({ filter: /[\\/]@sveltia[\\/]cms[\\/]npm[\\/]index\.js$/ }, (args) => ({
      contents: withoutCdnFonts(readFileSync(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};

/** Every file of the editor's script, by its path below `/admin/`. */
export async function bundleAdminScript(root: URL): Promise<Map<string, Uint8Array>> {
  const result = await build({
    entryPoints: { cms: fileURLToPath(new URL('src/lib/cms/admin.ts', root)) },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    chunkNames: 'chunks/[name]-[hash]',
    outdir: 'admin',
    write: false,
    logLevel: 'error',
    plugins: [forTheSite],
  });
  const files = new Map(result.outputFiles.map((file) => [path.relative('admin', file.path), file.contents]));
  // Fonts and codecs the CMS finds next to its module (`new URL('assets/…', import.meta.url)`).
  const shipped = path.join(
    path.dirname(createRequire(new URL('package.json', root)).resolve('@sveltia/cms')),
    'assets',
  );
  for (const name of readdirSync(shipped).filter((file) => !file.endsWith('.map')))
    files.set(`assets/${name}`, readFileSync(path.join(shipped, name)));
  return files;
}

export function adminScriptFiles(): AstroIntegration {
  let root = new URL('.', import.meta.url);
  let bundling: Promise<Map<string, Uint8Array>> | undefined;
  const files = () => (bundling ??= bundleAdminScript(root));
  return {
    name: 'admin-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
      },
      // Bundled beside Astro's own build, written at its end.
      'astro:build:start': () => {
        void files();
      },
      'astro:build:done': async ({ dir }) => {
        for (const [name, contents] of await files()) {
          const target = new URL(`.${adminPath}${name}`, dir);
          await mkdir(new URL('.', target), { recursive: true });
          await writeFile(target, contents);
        }
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const url = new URL(request.url ?? '/', 'http://dev');
          const base = server.config.base.replace(/\/$/, '');
          const name = url.pathname.startsWith(`${base}${adminPath}`)
            ? url.pathname.slice(`${base}${adminPath}`.length)
            : '';
          const contents = name ? (await files()).get(name) : undefined;
          if (!contents) return next();
          const types: Record<string, string> = {
            '.js': 'text/javascript',
            '.wasm': 'application/wasm',
            '.woff2': 'font/woff2',
          };
          const type = types[path.extname(name)];
          response.writeHead(200, type ? { 'Content-Type': type } : {});
          response.end(contents);
        });
      },
    },
  };
}
