/**
 * `npm run check:content`: checks every file in content/ and explains each
 * mistake in Korean and English with its file, line and field
 * (`src/lib/content-check/`). It only reads; it never changes or deletes
 * content.
 *
 * Exit code 1 on any error or warning. With `--allow-warnings` (what
 * `npm run build` uses) warnings are shown but do not stop publishing: a page
 * not yet translated is published with a notice in the other language.
 *
 *   node scripts/check-content.ts [--allow-warnings] [project folder]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/content-check/index.ts';
import { say } from '../src/lib/content-check/messages.ts';
import { formatProblems } from '../src/lib/content-check/problems.ts';

const { values, positionals } = parseArgs({
  options: { 'allow-warnings': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const started = performance.now();
const { problems, pageCount } = await checkContent(path.resolve(positionals[0] ?? '.'));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
const lines = (text: { ko: string; en: string }) => `${text.ko}\n${text.en}`;

if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);

if (errors > 0) {
  console.error(lines(say('summary.errors', { errors, warnings })));
  process.exitCode = 1;
} else if (warnings > 0 && !values['allow-warnings']) {
  console.error(lines(say('summary.warnings', { warnings })));
  process.exitCode = 1;
} else {
  const summary = say(warnings > 0 ? 'summary.publishedWithWarnings' : 'summary.passed', { warnings });
  const log = warnings > 0 ? console.warn : console.log;
  log(`${summary.ko} · ${summary.en} (${pageCount} pages, ${seconds}s)`);
}
