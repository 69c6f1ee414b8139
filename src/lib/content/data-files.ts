/**
 * A data collection read straight from its YAML file with its schema, for the
 * code that renders Markdown (src/lib/markdown/processor.ts), which runs
 * inside Astro's Markdown pipeline where the content collections cannot be
 * queried. Pages and components use `getCollection()` instead.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';
import { dataCollections, type DataCollectionName } from './collections.ts';

type Items<N extends DataCollectionName> = z.output<(typeof dataCollections)[N]['schema']>[];

const read = new Map<string, { modified: number; items: unknown }>();

/** The items of a data file; read again only after the file has changed (as it may under `npm run dev`). */
export function readDataFile<N extends DataCollectionName>(name: N, root = process.cwd()): Items<N> {
  const { file, schema } = dataCollections[name];
  const absolute = path.join(root, file);
  const modified = statSync(absolute).mtimeMs;
  const known = read.get(absolute);
  if (known?.modified === modified) return known.items as Items<N>;
  const parsed = schema.array().safeParse(parse(readFileSync(absolute, 'utf8')));
  if (!parsed.success) throw new Error(`${file} has a mistake; run \`npm run check\` to see where and how to fix it.`);
  read.set(absolute, { modified, items: parsed.data });
  return parsed.data as Items<N>;
}
