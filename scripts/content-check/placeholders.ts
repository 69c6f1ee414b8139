/**
 * `npm run new` fills a new page with placeholders that say what to write:
 * `[작성: 분야 이름]` in Korean files, `[write: the sector's name]` in English
 * ones. Until every one is replaced, the page is not ready to publish.
 */
import type { Locale } from '../../src/i18n/locales.ts';
import { stringsIn } from './checks.ts';
import type { PageFile } from './files.ts';
import { problem, type Problem } from './problems.ts';

const placeholderPattern = /\[(?:작성|write): ([^\]]*)\]/g;

export function placeholder(locale: Locale, instruction: string): string {
  return locale === 'ko' ? `[작성: ${instruction}]` : `[write: ${instruction}]`;
}

export interface PlaceholderCheck {
  problems: Problem[];
  /** Frontmatter fields still holding a placeholder; their schema errors would only repeat this. */
  fields: Set<string>;
}

export function checkPlaceholders(page: PageFile): PlaceholderCheck {
  const problems: Problem[] = [];
  const fields = new Set<string>();
  const data: unknown = page.frontmatter?.doc.toJS();
  if (data && typeof data === 'object' && page.frontmatter?.doc.errors.length === 0) {
    for (const { path, text } of stringsIn(data)) {
      for (const match of text.matchAll(placeholderPattern)) {
        const field = path.map(String).join('.');
        fields.add(String(path[0]));
        problems.push(
          problem(
            page.file,
            `'${path[0]}' 항목을 아직 채우지 않았습니다. 쓸 내용: ${match[1]}. [ ]까지 모두 지우고 실제 내용을 쓰세요.`,
            `'${path[0]}' is not filled in yet. What to write: ${match[1]}. Replace the whole [ … ] with the real text.`,
            { line: page.frontmatter.lineOf(path), field },
          ),
        );
      }
    }
  }
  page.body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(placeholderPattern)) {
      problems.push(
        problem(
          page.file,
          `본문에 아직 쓰지 않은 곳이 있습니다. 쓸 내용: ${match[1]}. [ ]까지 모두 지우고 실제 내용을 쓰세요.`,
          `The text has a part not written yet. What to write: ${match[1]}. Replace the whole [ … ] with the real text.`,
          { line: page.bodyLine + index },
        ),
      );
    }
  });
  return { problems, fields };
}
