/**
 * `npm run build`: the content check, then the Astro build, then the search
 * index (`build-search-index.ts`). A step that fails stops the build with its
 * exit code, so a mistake in content stops it before anything is built.
 *
 * Astro runs with glibc's `MALLOC_ARENA_MAX=2`. The preview-card workers draw
 * with native code (resvg, and sharp on libuv's threads); with glibc's
 * default of many allocation arenas per core, the memory those threads free
 * stays scattered across arenas, and a first build of 2,000 pages peaked
 * about 80 MiB higher. Other C libraries ignore the variable.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const bin = (name: string) => path.resolve('node_modules', '.bin', name);

const steps: { command: string; args: string[]; env?: Record<string, string> }[] = [
  { command: process.execPath, args: ['scripts/check-content.ts', '--allow-warnings'] },
  { command: bin('astro'), args: ['build'], env: { MALLOC_ARENA_MAX: '2' } },
  { command: process.execPath, args: ['scripts/build-search-index.ts'] },
];

for (const { command, args, env } of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}
