/** Every built page is valid HTML, checked with the W3C Nu checker (vnu-jar, run with the machine's Java). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, it } from 'vitest';
import { distDir } from '../helpers/site.ts';

const vnu = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

it('every page passes the W3C Nu checker', () => {
  // The checker writes its JSON report to stderr.
  const { stderr, error } = spawnSync(
    'java',
    ['-jar', vnu, '--skip-non-html', '--format', 'json', '--exit-zero-always', distDir],
    {
      encoding: 'utf8',
    },
  );
  if (error) throw new Error(`The W3C checker needs Java 11 or later (README → Test it): ${error.message}`);
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  const errors = messages
    .filter((message) => message.type !== 'info')
    .map(
      (message) =>
        `${path.relative(distDir, new URL(message.url ?? 'file:///').pathname)}:${message.lastLine ?? '?'} ${message.message}`,
    );
  expect(errors).toEqual([]);
});
