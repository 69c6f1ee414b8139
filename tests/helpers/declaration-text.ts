/**
 * Reading what a built site says its declaration text is: every element marked
 * `data-declaration-text`, and the words the site keeps for its restatement.
 * Used on the real build (tests/build/declaration-text.test.ts) and on the
 * copy switched to the official text (tests/edits/).
 */
import { globSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { adminPath } from '../../src/lib/security.ts';

/** The words the site keeps for its own restatement, and the ones it must never use for it. */
export const restatementWords = /정리본|restat/i;
export const originalWords = /원문|\boriginal\b/i;
/** "Official" is said of the restatement only to deny it. */
export const deniedOfficial =
  /(공동선언문의 )?공식 문안(이 아닙니다| 아님|이 아니[며고])|(is )?not (for )?the official text|Neither is the official text/g;

/**
 * Every text the build publishes for readers, by its path in `dir`; the JSON
 * Schemas describe the format, not the page, and the editor at /admin/ (its
 * field labels, its fonts' licences) is for staff.
 */
export function publishedTexts(dir: string): Map<string, string> {
  const editorFolder = adminPath.slice(1);
  return new Map(
    globSync('**/*', { cwd: dir })
      .filter((file) => /\.(html|txt|md|json|xml)$/.test(file))
      .filter(
        (file) =>
          !file.startsWith('pagefind/') &&
          !file.startsWith(path.join('data', 'schema')) &&
          !file.startsWith(editorFolder),
      )
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every element that says what the text is, on every page, with the page it is on. */
export function markedTexts(texts: Map<string, string>) {
  return [...texts]
    .filter(([file]) => file.endsWith('.html'))
    .flatMap(([file, html]) => {
      const $ = cheerio.load(html);
      return $('[data-declaration-text]')
        .map((_, element) => ({
          file,
          kind: $(element).attr('data-declaration-text'),
          text: clean($(element).text()),
        }))
        .get();
    });
}

export function jsonLd(html: string): Record<string, unknown> {
  return JSON.parse(cheerio.load(html)('script[type="application/ld+json"]').text()) as Record<
    string,
    unknown
  >;
}
