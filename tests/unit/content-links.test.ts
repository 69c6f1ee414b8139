/**
 * Links and references the checker follows without a build: every internal
 * link and #anchor must lead to a page and anchor the site publishes, in the
 * page's own language; blocks, sectors and roles must exist. Each case is one
 * mistake in a temporary copy of the content; the message must name the file
 * and the line or field, and no file may change.
 */
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useContentCopy } from '../helpers/content-copy.ts';

const copy = useContentCopy();
const { edit, problemsAfter } = copy;

/** 1-based line of the first line containing `text` in a file of the copy. */
function lineOf(file: string, text: string): number {
  return (
    readFileSync(copy.file(file), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

const hologramKo = 'content/sectors/ko/hologram.md';
const hologramEn = 'content/sectors/en/hologram.md';
const cityEn = 'content/roles/en/city.md';

describe('internal links', () => {
  it('names a sector that does not exist and suggests the right one', async () => {
    const problems = await problemsAfter(() =>
      edit(hologramKo, (t) => t.replace('(/ko/roles/institute/)', '(/ko/sectors/hologramm/)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: hologramKo,
        line: lineOf(hologramKo, '/ko/sectors/hologramm/'),
        en: expect.stringMatching(/no sector 'hologramm'.*Did you mean 'hologram'/),
      }),
    ]);
  });

  it('names a role that does not exist', async () => {
    const problems = await problemsAfter(() =>
      edit(cityEn, (t) => t.replace('(/en/roles/firms/)', '(/en/roles/mayor/)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: cityEn,
        line: lineOf(cityEn, '/en/roles/mayor/'),
        en: expect.stringContaining(
          "There is no role 'mayor'. Known roles: city, firms, institute, province",
        ),
      }),
    ]);
  });

  it('reports an anchor the linked page does not have, listing the ones it has', async () => {
    const problems = await problemsAfter(() =>
      edit(hologramEn, (t) => t.replace('/en/declaration/#article-5', '/en/declaration/#article-9')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: hologramEn,
        line: lineOf(hologramEn, '#article-9'),
        en: expect.stringMatching(/has no anchor '#article-9'.*#preamble, #article-1/),
      }),
    ]);
  });

  it('reports a link to an anchor of the same page that does not exist', async () => {
    const problems = await problemsAfter(() =>
      edit(hologramEn, (t) => t.replace('(/en/sectors/)', '(#overveiw)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: hologramEn,
        line: lineOf(hologramEn, '(#overveiw)'),
        en: expect.stringContaining("Did you mean '#overview'?"),
      }),
    ]);
  });

  it('reports a page that does not exist, with the closest one', async () => {
    const problems = await problemsAfter(() =>
      edit('content/pages/ko/press.mdx', (t) => t.replace('(/ko/sources/)', '(/ko/source/)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/pages/ko/press.mdx',
        line: lineOf('content/pages/ko/press.mdx', '(/ko/source/)'),
        en: expect.stringContaining('there is no page at /ko/source/. Did you mean /ko/sources/?'),
      }),
    ]);
  });

  it('flags a Korean page linking to the English edition, and the reverse', async () => {
    const problems = await problemsAfter(() => {
      edit(hologramKo, (t) => t.replace('(/ko/roles/institute/)', '(/en/roles/institute/)'));
      edit(hologramEn, (t) => t.replace('(/en/sectors/)', '(/ko/sectors/)'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: hologramKo,
          line: lineOf(hologramKo, '(/en/roles/institute/)'),
          ko: expect.stringContaining('/ko/roles/institute/ 로 고치세요'),
        }),
        expect.objectContaining({
          file: hologramEn,
          line: lineOf(hologramEn, '(/ko/sectors/)'),
          en: expect.stringContaining('Link to /en/sectors/ so readers stay in their language'),
        }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('asks for full addresses with the trailing slash and the language', async () => {
    const problems = await problemsAfter(() =>
      edit(hologramEn, (t) =>
        t
          .replace('(/en/sectors/)', '(../sectors/)')
          .replace('(/en/roles/institute/)', '(/en/roles/institute)')
          .replace('(/en/declaration/#article-5)', '(/declaration/#article-5)'),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf(hologramEn, '(../sectors/)'),
        en: expect.stringContaining("The link '../sectors/' is relative"),
      }),
      expect.objectContaining({
        line: lineOf(hologramEn, '(/en/roles/institute)'),
        en: expect.stringContaining(
          "is missing the / at the end of its address. Write '/en/roles/institute/'",
        ),
      }),
      expect.objectContaining({
        line: lineOf(hologramEn, '(/declaration/#article-5)'),
        en: expect.stringContaining('must start with /ko/ or /en/, e.g. /en/declaration/#article-5'),
      }),
    ]);
  });

  it('checks links in the texts of data files, naming the field', async () => {
    const file = 'content/data/timeline.yaml';
    const problems = await problemsAfter(() =>
      edit(file, (t) =>
        t.replace(
          '    en: The first complex was built between 1969 and 1973.',
          '    en: The first complex was built between 1969 and 1973 ([more](/en/about/#history)).',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'detail.en',
        line: lineOf(file, '(/en/about/#history)'),
        en: expect.stringContaining("/en/about/ has no anchor '#history'"),
      }),
    ]);
  });

  it('leaves links to other sites alone', async () => {
    const problems = await problemsAfter(() =>
      edit(hologramEn, (t) => t.replace('(/en/sectors/)', '(https://example.org/nowhere)')),
    );
    expect(problems).toEqual([]);
  });
});

describe('references', () => {
  it('reports a party in parties.yaml without its role page', async () => {
    const problems = await problemsAfter(() => {
      unlinkSync(copy.file('content/roles/ko/firms.md'));
      unlinkSync(copy.file('content/roles/en/firms.md'));
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/data/parties.yaml',
        field: 'id',
        line: lineOf('content/data/parties.yaml', 'id: firms'),
        en: expect.stringContaining("There is no role page for 'firms'"),
      }),
    );
  });

  it('explains a misspelt block in an MDX page and a block in a Markdown page', async () => {
    const problems = await problemsAfter(() => {
      edit('content/pages/en/about.mdx', (t) => t.replace('<Timeline />', '<Timline />'));
      edit(hologramEn, (t) =>
        t.replace('## Overview {#overview}', '<Timeline />\n\n## Overview {#overview}'),
      );
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/pages/en/about.mdx',
        line: lineOf('content/pages/en/about.mdx', '<Timline />'),
        en: expect.stringContaining('There is no block <Timline />. Did you mean <Timeline />?'),
      }),
      expect.objectContaining({
        file: hologramEn,
        line: lineOf(hologramEn, '<Timeline />'),
        en: expect.stringContaining('<Timeline /> works only in .mdx files'),
      }),
    ]);
  });

  it('checks the pages a change-log entry names', async () => {
    const file = 'content/data/changes.yaml';
    const problems = await problemsAfter(() =>
      edit(file, (t) => t.replace('/ko/roles/, /ko/sectors/', '/ko/roles/, /ko/sector/')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'pages',
        line: lineOf(file, '/ko/sector/'),
        en: expect.stringContaining('there is no page at /ko/sector/. Did you mean /ko/sectors/?'),
      }),
    ]);
  });

  it('explains a wrong KeyFigures group', async () => {
    const file = 'content/pages/ko/press.mdx';
    const problems = await problemsAfter(() =>
      edit(file, (t) => t.replace('<KeyFigures group="target" />', '<KeyFigures group="targets" />')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file,
        field: 'group',
        line: lineOf(file, 'group="targets"'),
        en: expect.stringContaining('must be one of: target, target-2030'),
      }),
    ]);
  });

  it('reports a file no page shows and headings the home page would drop', async () => {
    const stray = 'content/declaration/ko/draft-2.md';
    const problems = await problemsAfter(() => {
      writeFileSync(copy.file(stray), readFileSync(copy.file('content/declaration/ko/declaration.md')));
      edit('content/pages/en/home.md', (t) => `${t}\n## More {#more}\n\nText.\n`);
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: stray,
        en: expect.stringContaining('No page of the site shows this file'),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/pages/en/home.md',
        line: lineOf('content/pages/en/home.md', '## More {#more}'),
        en: expect.stringContaining('The home page shows only the text before its first heading'),
      }),
    );
  });
});
