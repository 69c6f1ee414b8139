/**
 * Draws many preview cards at once: one worker thread (`card-worker.ts`) per
 * core, each with an equal share of the cards, so a cold build of thousands of
 * pages uses every core and loads the fonts once per core.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardBatch } from './card-worker.ts';

/** Fewer cards than this are not worth starting another worker (and loading the fonts again) for. */
const minimumShare = 20;

function runBatch(workerFile: string, batch: CardBatch): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { workerData: batch });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`preview card worker stopped with exit code ${code}`)),
    );
  });
}

export async function drawCards(
  projectRoot: string,
  tokens: CardBatch['tokens'],
  jobs: CardBatch['jobs'],
): Promise<void> {
  if (jobs.length === 0) return;
  const workerFile = path.join(projectRoot, 'src/lib/cards/card-worker.ts');
  const lanes = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / minimumShare)));
  const share = Math.ceil(jobs.length / lanes);
  const batches: CardBatch[] = [];
  for (let start = 0; start < jobs.length; start += share) {
    batches.push({ projectRoot, tokens, jobs: jobs.slice(start, start + share) });
  }
  await Promise.all(batches.map((batch) => runBatch(workerFile, batch)));
}
