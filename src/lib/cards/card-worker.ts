/**
 * A worker thread that draws a batch of preview cards and writes each PNG to
 * its file (see `draw-cards.ts`). Ending the thread when the batch is done
 * also frees resvg's native image memory, which the garbage collector does not
 * see and so would otherwise pile up over thousands of cards.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import type { ColourTokens } from '../design-tokens.ts';
import { loadCardFonts } from './card-fonts.ts';
import type { CardSpec } from './card-spec.ts';
import { renderCard } from './render-card.ts';

export interface CardBatch {
  projectRoot: string;
  tokens: ColourTokens;
  jobs: { spec: CardSpec; file: string }[];
}

const { projectRoot, tokens, jobs } = workerData as CardBatch;
const fonts = await loadCardFonts(projectRoot);
for (const { spec, file } of jobs) {
  // Written aside and renamed, so an interrupted build never leaves half a card in the cache.
  writeFileSync(`${file}.part`, await renderCard(spec, tokens, fonts));
  renameSync(`${file}.part`, file);
}
