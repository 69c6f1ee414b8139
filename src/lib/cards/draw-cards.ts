/**
 * Draws many preview cards at once: in batches, each in a worker thread of its
 * own (`card-worker.ts`), as many at a time as the machine has cores, so a
 * cold build of thousands of pages uses every core and keeps its memory flat.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardBatch } from './card-worker.ts';

/** Cards per worker: large enough to pay for starting it, small enough to bound its memory. */
const batchSize = 100;

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
  const workerFile = path.join(projectRoot, 'src/lib/cards/card-worker.ts');
  const batches: CardBatch[] = [];
  for (let start = 0; start < jobs.length; start += batchSize) {
    batches.push({ projectRoot, tokens, jobs: jobs.slice(start, start + batchSize) });
  }
  let next = 0;
  const lanes = Math.max(1, Math.min(availableParallelism(), batches.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      for (let batch = batches[next++]; batch; batch = batches[next++]) await runBatch(workerFile, batch);
    }),
  );
}
