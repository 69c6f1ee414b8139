/**
 * Worker threads that draw preview cards (`card-worker.ts`) as they are asked
 * for. A build asks for each card as soon as its page is rendered, so the
 * cards are drawn on the cores the page renderer leaves idle rather than
 * after it: one worker per core but one, which Astro's rendering keeps busy.
 * (On two cores, a second worker made a 2,000-page build 1.5 s slower and
 * 120 MiB larger: three busy threads took turns on two cores.) Each worker
 * loads the fonts once and keeps its painter's frames.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ColourTokens } from '../design-tokens.ts';
import type { CardSpec } from './card-spec.ts';

export interface CardJob {
  spec: CardSpec;
  /** Where the PNG goes. */
  file: string;
}

/** What a worker starts with. */
export interface CardWorkerData {
  projectRoot: string;
  tokens: ColourTokens;
}

/** A worker's answer to a job: it is drawn, or why not. */
export interface CardJobResult {
  id: number;
  error?: string;
}

interface Lane {
  worker: Worker;
  /** Jobs sent to this worker and not yet answered. */
  pending: Map<number, { resolve: () => void; reject: (error: Error) => void; job: CardJob }>;
}

export class CardPool {
  readonly #lanes: Lane[] = [];
  readonly #projectRoot: string;
  readonly #tokens: ColourTokens;
  readonly #size: number;
  #nextId = 0;

  constructor(projectRoot: string, tokens: ColourTokens, size = availableParallelism() - 1) {
    this.#projectRoot = projectRoot;
    this.#tokens = tokens;
    this.#size = Math.max(1, size);
  }

  /** Draws one card; settles when its file is written. */
  draw(job: CardJob): Promise<void> {
    const lane = this.#laneForNextJob();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      lane.pending.set(id, { resolve, reject, job });
      lane.worker.ref();
      lane.worker.postMessage({ id, ...job });
    });
  }

  /** Stops the workers once every card asked for is drawn. */
  async close(): Promise<void> {
    await Promise.all(this.#lanes.map((lane) => lane.worker.terminate()));
    this.#lanes.length = 0;
  }

  /** The least busy worker, started when every worker has work and there is room for another. */
  #laneForNextJob(): Lane {
    const idle = this.#lanes.find((lane) => lane.pending.size === 0);
    if (idle) return idle;
    if (this.#lanes.length < this.#size) return this.#startLane();
    return this.#lanes.reduce((least, lane) => (lane.pending.size < least.pending.size ? lane : least));
  }

  #startLane(): Lane {
    const workerData: CardWorkerData = { projectRoot: this.#projectRoot, tokens: this.#tokens };
    const worker = new Worker(path.join(this.#projectRoot, 'src/lib/cards/card-worker.ts'), {
      workerData,
      // A card's garbage is short-lived: a small young generation keeps each worker ~20 MB leaner, no slower.
      resourceLimits: { maxYoungGenerationSizeMb: 8 },
    });
    const lane: Lane = { worker, pending: new Map() };
    worker.on('message', ({ id, error }: CardJobResult) => {
      const job = lane.pending.get(id);
      lane.pending.delete(id);
      // An idle worker does not keep the process alive, should a build fail before it closes the pool.
      if (lane.pending.size === 0) worker.unref();
      if (error) job?.reject(new Error(`preview card ${job.job.spec.imagePath}: ${error}`));
      else job?.resolve();
    });
    const failAll = (error: Error) => {
      for (const { reject } of lane.pending.values()) reject(error);
      lane.pending.clear();
      this.#lanes.splice(this.#lanes.indexOf(lane), 1);
    };
    worker.once('error', failAll);
    worker.once('exit', (code) => {
      if (lane.pending.size > 0) failAll(new Error(`preview card worker stopped with exit code ${code}`));
    });
    this.#lanes.push(lane);
    return lane;
  }
}
