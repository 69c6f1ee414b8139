/**
 * A worker thread of the card pool (`card-pool.ts`): draws each card it is
 * sent, one after another, and writes the PNG to its file.
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
import { parentPort, workerData } from 'node:worker_threads';
import { loadCardFonts } from './card-fonts.ts';
import type { CardJob, CardJobResult, CardWorkerData } from './card-pool.ts';
import { cardPainter } from './render-card.ts';

const collectEvery = 5;
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options: { type: 'minor' }) => void;

const { projectRoot, tokens } = workerData as CardWorkerData;
const painter = loadCardFonts(projectRoot).then((fonts) => cardPainter(tokens, fonts));
let drawn = 0;
let previous: Promise<void> = Promise.resolve();

async function draw({ spec, file }: CardJob): Promise<void> {
  // Written aside and renamed, so an interrupted build never leaves half a card in the cache.
  writeFileSync(`${file}.part`, await (await painter).paint(spec));
  renameSync(`${file}.part`, file);
  if (++drawn % collectEvery === 0) {
    collectGarbage({ type: 'minor' });
    await new Promise((resolve) => setImmediate(resolve));
  }
}

parentPort?.on('message', ({ id, ...job }: CardJob & { id: number }) => {
  previous = previous.then(async () => {
    const result: CardJobResult = { id };
    try {
      await draw(job);
    } catch (error) {
      result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    }
    parentPort?.postMessage(result);
  });
});
