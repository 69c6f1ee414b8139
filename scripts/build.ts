/**
 * `npm run build`: the content check, the Astro build into `dist/`, then the
 * search index (`build-search-index.ts`). A step that fails stops the build
 * with its exit code, so a mistake in content stops it before anything is
 * built.
 *
 * Astro starts while the content check runs, and waits for it at the start of
 * its build (`src/integrations/content-check-gate.ts`): until then it only
 * loads its config and syncs the content, which would otherwise add about 3 s
 * to a large build. Its output is held back until the check has passed; if
 * the check fails, Astro is stopped and only the check's findings are shown.
 *
 * Astro runs with glibc's `MALLOC_ARENA_MAX=2`. The preview-card workers draw
 * with native code (resvg) on threads of their own; with glibc's default of
 * many allocation arenas per core, the memory those threads free stays
 * scattered across arenas, and a first build of 2,000 pages peaked higher.
 * Other C libraries ignore the variable.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import {
  contentCheckedMessage,
  waitForContentCheckVariable,
} from '../src/integrations/content-check-gate.ts';

/** Settles with the exit code of `child` (1 if a signal stopped it); rejects if it could not start. */
function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

function run(args: string[]): Promise<number> {
  return exitOf(spawn(process.execPath, args, { stdio: 'inherit' }));
}

const check = run(['scripts/check-content.ts', '--allow-warnings']);

const astro = spawn(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  env: {
    ...process.env,
    MALLOC_ARENA_MAX: '2',
    [waitForContentCheckVariable]: '1',
    // Astro's output passes through a pipe; keep its colours where the build's own output has them.
    ...(process.stdout.isTTY && { FORCE_COLOR: '1' }),
  },
});
const astroExit = exitOf(astro);
let heldBack: [NodeJS.WriteStream, Buffer][] | undefined = [];
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const) {
  from?.on('data', (chunk: Buffer) => (heldBack ? heldBack.push([to, chunk]) : to.write(chunk)));
}

const checkCode = await check;
if (checkCode !== 0) {
  astro.kill();
  process.exit(checkCode);
}
for (const [to, chunk] of heldBack) to.write(chunk);
heldBack = undefined;
if (astro.connected) astro.send(contentCheckedMessage);

const astroCode = await astroExit;
if (astroCode !== 0) process.exit(astroCode);
const indexCode = await run(['scripts/build-search-index.ts']);
if (indexCode !== 0) process.exit(indexCode);
