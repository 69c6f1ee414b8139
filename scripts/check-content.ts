/**
 * `npm run check:content`: checks every file in content/ and explains each
 * mistake in Korean and English with its file, line and field. It only reads;
 * it never changes or deletes content.
 *
 * Exit code 1 on any error or warning. With `--allow-warnings` (what
 * `npm run build` uses) warnings are shown but do not stop publishing: a page
 * not yet translated is published with a notice in the other language.
 *
 *   node scripts/check-content.ts [--allow-warnings] [project folder]
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from './content-check/index.ts';
import { formatProblems } from './content-check/problems.ts';

const { values, positionals } = parseArgs({
  options: { 'allow-warnings': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const root = path.resolve(positionals[0] ?? '.');
const started = performance.now();
const { problems, pageCount } = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;

if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);

if (errors > 0) {
  console.error(
    `내용 점검: 오류 ${errors}건, 경고 ${warnings}건. 오류를 위 안내대로 고친 뒤 다시 실행하세요. 오류가 있으면 사이트를 만들지 않습니다.\n` +
      `Content check: ${errors} error(s), ${warnings} warning(s). Fix the errors as described above and run the check again; the site is not built while there are errors.`,
  );
  process.exitCode = 1;
} else if (warnings > 0 && !values['allow-warnings']) {
  console.error(
    `내용 점검: 경고 ${warnings}건. 사이트는 만들 수 있지만, 마무리하지 않은 일입니다. 위 안내대로 마무리하세요.\n` +
      `Content check: ${warnings} warning(s). The site can still be built, but this work is unfinished; finish it as described above.`,
  );
  process.exitCode = 1;
} else if (warnings > 0) {
  console.warn(
    `내용 점검: 오류 없음, 경고 ${warnings}건(게시는 계속합니다) · Content check: no errors, ${warnings} warning(s) (publishing anyway) (${pageCount} pages, ${seconds}s)`,
  );
} else {
  console.log(`내용 점검 통과 · Content check passed (${pageCount} pages, ${seconds}s)`);
}
