/**
 * `npm run build` starts Astro beside the content check; Astro waits at the
 * start of its build until the build script says the check has passed
 * (src/integrations/content-check-gate.ts).
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contentCheckedMessage,
  waitForContentCheckVariable,
} from '../../src/integrations/content-check-gate.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'content-check-gate-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A process that runs the gate's hook as Astro would, and says when the build goes on. */
const astroLike = path.join(folder, 'astro-like.ts');
writeFileSync(
  astroLike,
  `import { contentCheckGate } from ${JSON.stringify(path.resolve('src/integrations/content-check-gate.ts'))};
const hook = contentCheckGate().hooks['astro:build:start'];
const logger = { info: (message) => console.log('info:', message) };
try {
  await hook({ logger });
  console.log('building');
} catch (error) {
  console.log('stopped:', error.message);
  process.exitCode = 1;
}
`,
);

function start(wait: boolean) {
  const child = fork(astroLike, {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, [waitForContentCheckVariable]: wait ? '1' : '' },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output: () => output, exited };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('content check gate', () => {
  it('holds the build until the check has passed, then lets Astro finish and exit', async () => {
    const astro = start(true);
    await pause(500);
    expect(astro.output()).not.toContain('building');
    astro.child.send(contentCheckedMessage);
    expect(await astro.exited).toBe(0);
    expect(astro.output()).toMatch(/info: waited \d+\.\d s for the content check\nbuilding/);
  });

  it('stops the build if the build script goes away before the check has passed', async () => {
    const astro = start(true);
    await pause(300);
    astro.child.disconnect();
    expect(await astro.exited).toBe(1);
    expect(astro.output()).toContain('stopped: npm run build stopped before the content check had passed');
  });

  it('does not wait when Astro is started any other way', async () => {
    const astro = start(false);
    expect(await astro.exited).toBe(0);
    expect(astro.output()).toBe('building\n');
  });
});
