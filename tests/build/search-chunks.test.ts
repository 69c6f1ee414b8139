/**
 * The index is split into small chunks so a first search downloads little
 * (scripts/build-search-index.ts). Checks that the search box's way of loading
 * chunks (`searchIndex` in engine.ts) finds, for every word of the site, the
 * same pages as the same index built in one piece.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ranking, vocabularyFile, type Vocabulary } from '../../src/lib/search/lexicon.ts';
import { searchIndex } from '../../src/lib/search/engine.ts';
import { loadPagefindFrom } from '../helpers/pagefind-node.ts';
import { distDir } from '../helpers/site.ts';

const whole = mkdtempSync(path.join(tmpdir(), 'search-whole-'));
afterAll(() => rmSync(whole, { recursive: true, force: true }));

it('finds the same pages through the chunks as through one whole index, for every word of the site', async () => {
  execFileSync(process.execPath, ['scripts/build-search-index.ts', whole], {
    env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '100000000' },
    stdio: 'pipe',
  });
  const chunked = await loadPagefindFrom(path.join(distDir, 'pagefind'));
  const reference = await loadPagefindFrom(whole);
  const vocabulary = JSON.parse(readFileSync(path.join(whole, vocabularyFile), 'utf8')) as Vocabulary;
  const words = vocabulary.words.split(' ');
  expect(words.length).toBeGreaterThan(500);

  const lost: string[] = [];
  let withResults = 0;
  for (const word of words) {
    const exactDiacritics = /[가-힣]/.test(word);
    await chunked.options({ exactDiacritics, ranking });
    await reference.options({ exactDiacritics, ranking });
    const [found, expected] = await Promise.all([searchIndex(chunked, word), reference.search(word)]);
    if (expected?.results.length) withResults++;
    if (found?.results.length !== expected?.results.length) {
      lost.push(`${word}: ${found?.results.length} of ${expected?.results.length} pages`);
    }
  }
  expect(withResults).toBeGreaterThan(words.length * 0.9);
  expect(lost).toEqual([]);
}, 120_000);
