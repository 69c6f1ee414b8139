/**
 * `npm run screenshots -- /ko/declaration/ /en/sectors/`: full-page PNGs of
 * built pages at phone and desktop widths, light and dark, in
 * test-results/screenshots/ — for looking at what was built. Needs `npm run build`.
 * `--fold` shoots only the first screen.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'astro';
import { launchChromium } from './lib/chromium.ts';

const paths = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const fullPage = !process.argv.includes('--fold');
const targets = paths.length > 0 ? paths : ['/ko/declaration/', '/en/declaration/'];
const outDir = path.resolve('test-results/screenshots');
mkdirSync(outDir, { recursive: true });

const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port: 4399 } });
const browser = await launchChromium();
try {
  for (const target of targets) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          viewport: { width, height: 900 },
          colorScheme,
          locale: 'ko-KR',
        });
        const page = await context.newPage();
        await page.goto(`http://127.0.0.1:${server.port}${target}`, { waitUntil: 'networkidle' });
        const name = `${target.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'root'}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(outDir, name), fullPage });
        await context.close();
        console.log(path.join('test-results/screenshots', name));
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
