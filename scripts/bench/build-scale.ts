/**
 * Time and peak memory of `npm run build` (content check, pages, preview
 * cards, search index) for the real content and for generated content of a
 * given size, in a throwaway copy of the project. Generated pages reuse the
 * real sector texts (both languages, same anchors), so they weigh what real
 * pages weigh.
 */
import { spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { copyProject, removeProject } from '../lib/project-copy.ts';

export interface BuildTiming {
  seconds: number;
  /** Processor time of every process of the build; unlike `seconds`, it hardly grows when others share the machine. */
  cpuSeconds: number | undefined;
  peakMemoryMiB: number | undefined;
}

export interface BuildRun extends BuildTiming {
  pages: number;
}

function generatePages(root: string, count: number): void {
  const sectorDir = (locale: string) => path.join(root, 'content/sectors', locale);
  const keys = readdirSync(sectorDir('ko')).filter((file) => file.endsWith('.md'));
  if (keys.length === 0) throw new Error('content/sectors/ko/ has no page to copy');
  /** A sector's text and the sources it lists (the check wants every figure's sources listed). */
  const sectorOf = (locale: string, file: string) => {
    const [, frontmatter = '', body = ''] =
      /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path.join(sectorDir(locale), file), 'utf8')) ??
      [];
    const { sources } = parse(frontmatter) as { sources: string[] };
    return { sources, body };
  };
  for (let index = 0; index < count / 2; index++) {
    const file = keys[index % keys.length] ?? '';
    for (const locale of ['ko', 'en']) {
      const { sources, body } = sectorOf(locale, file);
      const page = `---
lang: ${locale}
title: ${locale === 'ko' ? '벤치마크 페이지' : 'Benchmark page'} ${index + 1}
description: ${locale === 'ko' ? '빌드 성능을 재기 위해 만든 페이지입니다.' : 'A page generated to measure build performance.'}
lastUpdated: 2026-11-25
sources:
${sources.map((id) => `  - ${id}`).join('\n')}
---
${body}`;
      writeFileSync(
        path.join(root, 'content/pages', locale, `bench-${String(index + 1).padStart(4, '0')}.md`),
        page,
      );
    }
  }
}

/** Times `npm run build`; GNU time (Debian package `time`) reports processor time and peak memory when present. */
function timedBuild(root: string): BuildTiming {
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  // A large build prints a lot: keep only stderr (errors, and GNU time's figure), with room to spare.
  const options: SpawnSyncOptionsWithStringEncoding = {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 256 * 2 ** 20,
  };
  const result = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', 'npm', 'run', '--silent', 'build'], options)
    : spawnSync('npm', ['run', '--silent', 'build'], options);
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`Build failed in ${root}:\n${result.stderr.slice(-4000)}`);
  const [kibibytes = NaN, user = NaN, system = NaN] = gnuTime
    ? (result.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number)
    : [];
  return {
    seconds,
    cpuSeconds: Number.isFinite(user + system) ? user + system : undefined,
    peakMemoryMiB: Number.isFinite(kibibytes) ? kibibytes / 1024 : undefined,
  };
}

function countPages(root: string): number {
  return (readdirSync(path.join(root, 'dist'), { recursive: true }) as string[]).filter((file) =>
    file.endsWith('.html'),
  ).length;
}

export function measureBuild(generated: number): BuildRun {
  const root = copyProject(`bench-build-${generated}-`);
  try {
    if (generated > 0) generatePages(root, generated);
    const timing = timedBuild(root);
    return { pages: countPages(root), ...timing };
  } finally {
    removeProject(root);
  }
}

export function measureCheck(): number {
  const started = performance.now();
  const result = spawnSync('npm', ['run', '--silent', 'check'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run check failed:\n${result.stdout}\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}
