/**
 * `npm run check:content`: checks every file in content/ and explains each
 * mistake in Korean and English with its file, line and field. It only reads;
 * it never changes or deletes content. Exit code 1 when anything is wrong.
 */
import path from 'node:path';
import { checkContent } from './content-check/index.ts';
import { formatProblems } from './content-check/problems.ts';

const root = path.resolve(process.argv[2] ?? '.');
const started = performance.now();
const { problems, pageCount } = await checkContent(root);
const seconds = ((performance.now() - started) / 1000).toFixed(1);

if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(
    `\n내용 점검: 문제 ${problems.length}건. 위 안내대로 고친 뒤 다시 실행하세요.\nContent check: ${problems.length} problem(s). Fix them as described above and run the check again.`,
  );
  process.exitCode = 1;
} else {
  console.log(`내용 점검 통과 · Content check passed (${pageCount} pages, ${seconds}s)`);
}
