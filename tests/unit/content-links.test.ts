/**
 * Links and references the checker follows without a build: every internal
 * link and #anchor must lead to a page and anchor the site publishes, in the
 * page's own language; blocks, sectors and roles must exist. Each case is one
 * mistake in a temporary copy of the tests' made-up site (tests/fixtures/content/);
 * the message must name the file and the line or field, and no file may change.
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

const sectorKo = 'content/sectors/ko/example.md';
const sectorEn = 'content/sectors/en/example.md';
const cityEn = 'content/roles/en/city.md';

describe('internal links', () => {
  it('names a sector that does not exist and suggests the right one', async () => {
    const problems = await problemsAfter(() =>
      edit(sectorKo, (t) => t.replace('(/ko/roles/institute/)', '(/ko/sectors/exampel/)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: sectorKo,
        line: lineOf(sectorKo, '/ko/sectors/exampel/'),
        en: expect.stringMatching(/no sector 'exampel'.*Did you mean 'example'/),
      }),
    ]);
  });

  it('names a role that does not exist', async () => {
    const problems = await problemsAfter(() =>
      edit(cityEn, (t) => t.replace('(/en/roles/institute/)', '(/en/roles/mayor/)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: cityEn,
        line: lineOf(cityEn, '/en/roles/mayor/'),
        en: expect.stringContaining("There is no role 'mayor'. Known roles: city, institute"),
      }),
    ]);
  });

  it('reports an anchor the linked page does not have, listing the ones it has', async () => {
    const problems = await problemsAfter(() =>
      edit(sectorEn, (t) => t.replace('/en/declaration/#part-2', '/en/declaration/#part-9')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: sectorEn,
        line: lineOf(sectorEn, '#part-9'),
        en: expect.stringMatching(/has no anchor '#part-9'.*#part-1, #part-2/),
      }),
    ]);
  });

  it('reports a link to an anchor of the same page that does not exist', async () => {
    const problems = await problemsAfter(() =>
      edit(sectorEn, (t) => t.replace('(/en/sectors/)', '(#overveiw)')),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: sectorEn,
        line: lineOf(sectorEn, '(#overveiw)'),
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
      edit(sectorKo, (t) => t.replace('(/ko/roles/institute/)', '(/en/roles/institute/)'));
      edit(sectorEn, (t) => t.replace('(/en/sectors/)', '(/ko/sectors/)'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: sectorKo,
          line: lineOf(sectorKo, '(/en/roles/institute/)'),
          ko: expect.stringContaining('/ko/roles/institute/ 로 고치세요'),
        }),
        expect.objectContaining({
          file: sectorEn,
          line: lineOf(sectorEn, '(/ko/sectors/)'),
          en: expect.stringContaining('Link to /en/sectors/ so readers stay in their language'),
        }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('asks for full addresses with the trailing slash and the language', async () => {
    const problems = await problemsAfter(() =>
      edit(sectorEn, (t) =>
        t
          .replace('(/en/sectors/)', '(../sectors/)')
          .replace('(/en/roles/institute/)', '(/en/roles/institute)')
          .replace('(/en/declaration/#part-2)', '(/declaration/#part-2)'),
      ),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        line: lineOf(sectorEn, '(../sectors/)'),
        en: expect.stringContaining("The link '../sectors/' is relative"),
      }),
      expect.objectContaining({
        line: lineOf(sectorEn, '(/en/roles/institute)'),
        en: expect.stringContaining(
          "is missing the / at the end of its address. Write '/en/roles/institute/'",
        ),
      }),
      expect.objectContaining({
        line: lineOf(sectorEn, '(/declaration/#part-2)'),
        en: expect.stringContaining('must start with /ko/ or /en/, e.g. /en/declaration/#part-2'),
      }),
    ]);
  });

  it('checks links in the texts of data files, naming the field', async () => {
    const file = 'content/data/timeline.yaml';
    const problems = await problemsAfter(() =>
      edit(file, (t) =>
        t.replace(
          '    en: It had <Figure id="example-members" /> as members.',
          '    en: It had <Figure id="example-members" /> as members ([more](/en/about/#history)).',
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
      edit(sectorEn, (t) => t.replace('(/en/sectors/)', '(https://example.org/nowhere)')),
    );
    expect(problems).toEqual([]);
  });
});

describe('references', () => {
  it('reports a party in parties.yaml without its role page', async () => {
    const problems = await problemsAfter(() => {
      unlinkSync(copy.file('content/roles/ko/institute.md'));
      unlinkSync(copy.file('content/roles/en/institute.md'));
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/data/parties.yaml',
        field: 'id',
        line: lineOf('content/data/parties.yaml', 'id: institute'),
        en: expect.stringContaining("There is no role page for 'institute'"),
      }),
    );
  });

  it('explains a misspelt block in an MDX page and a block in a Markdown page', async () => {
    const problems = await problemsAfter(() => {
      edit('content/pages/en/about.mdx', (t) => t.replace('<Timeline />', '<Timline />'));
      edit(sectorEn, (t) => t.replace('## Overview {#overview}', '<Timeline />\n\n## Overview {#overview}'));
    });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/pages/en/about.mdx',
        line: lineOf('content/pages/en/about.mdx', '<Timline />'),
        en: expect.stringContaining('There is no block <Timline />. Did you mean <Timeline />?'),
      }),
      expect.objectContaining({
        file: sectorEn,
        line: lineOf(sectorEn, '<Timeline />'),
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
