/**
 * A page is written the way the browser editor (/admin/) writes it: lists one
 * item per line, empty lists left out, quotation marks only where YAML needs
 * them, one blank line before the text (`src/lib/cms/frontmatter.ts`). Then
 * saving it in the editor changes nothing but what was edited.
 */
import { asTheEditorWritesIt } from '../../cms/frontmatter.ts';
import { say } from '../messages.ts';
import { warning, type Problem } from '../problems.ts';
import type { PageFile } from '../read-files.ts';

/** How many of the editor's lines a message shows at most. */
const shownLines = 6;

export function checkEditorStyle(page: PageFile): Problem[] {
  const expected = asTheEditorWritesIt(page.source);
  if (expected === undefined || expected === page.source) return [];
  const actual = page.source.split('\n');
  const wanted = expected.split('\n');
  let at = 0;
  while (at < actual.length && actual[at] === wanted[at]) at++;
  const emptyList = /^(\w+): \[\]$/.exec(actual[at] ?? '');
  if (emptyList)
    return [
      warning(page.file, say('editorStyle.emptyList', { line: actual[at] ?? '' }), {
        line: at + 1,
        field: emptyList[1],
      }),
    ];
  // The lines the editor writes there, up to the next line both files share.
  const resume = wanted.findIndex((line, i) => i > at && actual.slice(at + 1).includes(line));
  const end = resume < 0 ? at + 3 : resume;
  const lines = wanted.slice(at, Math.min(end, at + shownLines)).map((line) => `\`${line}\``);
  const field = /^(\w+):/.exec(wanted.slice(0, at + 1).findLast((line) => /^\w/.test(line)) ?? '')?.[1];
  return [
    warning(
      page.file,
      say('editorStyle.writeThis', { lines: `${lines.join(' / ')}${end > at + shownLines ? ' / …' : ''}` }),
      { line: at + 1, field },
    ),
  ];
}
