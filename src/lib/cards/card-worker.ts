/**
 * A worker thread that draws its share of the preview cards and writes each
 * PNG to its file (see `draw-cards.ts`).
 *
 * resvg keeps each rendered image in native memory that V8 does not count, so
 * the garbage collector sees no reason to run and memory grows by the size of
 * an image per card. A minor collection every few cards, with a turn of the
 * event loop so the native finalisers run, keeps a worker's memory flat. (A
 * full collection does too, but cost a third of the drawing time.)
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { workerData } from 'node:worker_threads';
import type { ColourTokens } from '../design-tokens.ts';
import { loadCardFonts } from './card-fonts.ts';
import type { CardSpec } from './card-spec.ts';
import { cardPainter } from './render-card.ts';

export interface CardBatch {
  projectRoot: string;
  tokens: ColourTokens;
  jobs: { spec: CardSpec; file: string }[];
}

const collectEvery = 5;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;

const { projectRoot, tokens, jobs } = workerData as CardBatch;
const painter = cardPainter(tokens, await loadCardFonts(projectRoot));
for (const [index, { spec, file }] of jobs.entries()) {
  // Written aside and renamed, so an interrupted build never leaves half a card in the cache.
  writeFileSync(`${file}.part`, await painter.paint(spec));
  renameSync(`${file}.part`, file);
  if (index % collectEvery === collectEvery - 1) {
    collectGarbage({ type: 'minor' });
    await new Promise((resolve) => setImmediate(resolve));
  }
}
