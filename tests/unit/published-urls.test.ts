/**
 * URL permanence without a build: every address in content/published-urls.json
 * must still be published or redirected, and the redirects themselves must
 * make sense. Each case changes a temporary copy of the tests' made-up site
 * (tests/fixtures/content/).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { publishedAddresses } from '../../src/lib/content-check/published-site.ts';
import { manifestFile } from '../../src/lib/content-check/rules/url-rules.ts';
import { useContentCopy } from '../helpers/content-copy.ts';

const copy = useContentCopy();
const { edit, problemsAfter } = copy;
const redirectsFile = 'content/redirects.yaml';

function addRedirects(yaml: string): void {
  appendFileSync(copy.file(redirectsFile), `\n${yaml.trim()}\n`);
}

/** Renames the test site's example sector, which no page links to. */
function renameSector(from: string, to: string): void {
  for (const locale of ['ko', 'en']) {
    renameSync(
      copy.file(`content/sectors/${locale}/${from}.md`),
      copy.file(`content/sectors/${locale}/${to}.md`),
    );
  }
}

const errors = (problems: { severity: string }[]) => problems.filter((p) => p.severity === 'error');

describe('the list of published addresses', () => {
  it('lists exactly what the content publishes', async () => {
    const listed: string[] = JSON.parse(readFileSync(copy.file(manifestFile), 'utf8'));
    const { site } = await checkContent(copy.root);
    expect([...listed].sort()).toEqual([...new Set(publishedAddresses(site))].sort());
    expect(listed).toContain('/ko/declaration/#part-1');
    expect(listed).toContain('/en/sources/#source-s90');
  });

  it('names the lost addresses of a deleted page and the file to restore', async () => {
    const problems = await problemsAfter(() => {
      unlinkSync(copy.file('content/sectors/ko/trial.md'));
      unlinkSync(copy.file('content/sectors/en/trial.md'));
    });
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        file: redirectsFile,
        en: expect.stringMatching(
          /Published address\(es\) no longer exist: \/en\/sectors\/trial\/, \/ko\/sectors\/trial\/\..*"- from: \/sectors\/trial\/".*restore content\/sectors\/en\/trial\.md, content\/sectors\/ko\/trial\.md/,
        ),
      }),
    ]);
  });

  it('accepts a renamed sector once a redirect keeps its old address, and fails naming it without one', async () => {
    const withoutRedirect = await problemsAfter(() => renameSector('example', 'sample'));
    expect(errors(withoutRedirect)).toEqual([
      expect.objectContaining({
        file: redirectsFile,
        en: expect.stringContaining('no longer exist: /en/sectors/example/, /ko/sectors/example/'),
      }),
    ]);

    const withRedirect = await problemsAfter(() =>
      addRedirects('- from: /sectors/example/\n  to: /sectors/sample/'),
    );
    expect(withRedirect).toEqual([
      expect.objectContaining({
        file: manifestFile,
        severity: 'warning',
        en: expect.stringContaining('Run npm run urls:update'),
      }),
    ]);
  });

  it('names a removed anchor in each language, and accepts it once redirected', async () => {
    const removed = await problemsAfter(() => {
      edit('content/sectors/ko/example.md', (t) => t.replace('{#activity}', '{#reported}'));
      edit('content/sectors/en/example.md', (t) => t.replace('{#activity}', '{#reported}'));
    });
    expect(errors(removed)).toEqual([
      expect.objectContaining({
        file: 'content/sectors/en/example.md',
        en: expect.stringContaining('The published anchor /en/sectors/example/#activity no longer exists'),
      }),
      expect.objectContaining({
        file: 'content/sectors/ko/example.md',
        ko: expect.stringContaining('이미 게시된 앵커 /ko/sectors/example/#activity 가 없어졌습니다'),
      }),
    ]);

    const redirected = await problemsAfter(() =>
      addRedirects('- from: /sectors/example/#activity\n  to: /sectors/example/#reported'),
    );
    expect(errors(redirected)).toEqual([]);
  });

  it('warns about a link that goes through a redirect', async () => {
    const problems = await problemsAfter(() => {
      renameSector('example', 'sample');
      addRedirects('- from: /sectors/example/\n  to: /sectors/sample/');
      edit('content/roles/ko/institute.md', (t) => t.replace('(/ko/sectors/)', '(/ko/sectors/example/)'));
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'content/roles/ko/institute.md',
        severity: 'warning',
        en: expect.stringContaining('Link straight to /ko/sectors/sample/'),
      }),
    );
  });
});

describe('content/redirects.yaml', () => {
  it.each([
    {
      mistake: 'a redirect from a page that still exists',
      yaml: '- from: /sectors/example/\n  to: /sectors/',
      field: 'from',
      message: "The page '/sectors/example/' still exists",
    },
    {
      mistake: 'a redirect to nowhere',
      yaml: '- from: /sectors/old/\n  to: /sectors/exampel/',
      field: 'to',
      message: "Did you mean '/sectors/example/'?",
    },
    {
      mistake: 'an address with its language',
      yaml: '- from: /ko/sectors/old/\n  to: /sectors/example/',
      field: 'from',
      message: 'leave out /ko/ or /en/',
    },
    {
      mistake: 'a loop',
      yaml: '- from: /sectors/a/\n  to: /sectors/b/\n- from: /sectors/b/\n  to: /sectors/a/',
      field: 'to',
      message: 'go round in a loop',
    },
    {
      mistake: 'an anchor sent to another page',
      yaml: '- from: /sectors/example/#history\n  to: /about/#the-plan',
      field: 'to',
      message: 'An anchor can only lead to another anchor on the same page',
    },
    {
      mistake: 'a misspelt field',
      yaml: '- from: /sectors/old/\n  too: /sectors/example/',
      field: 'too',
      message: "Did you mean 'to'?",
    },
  ])('explains $mistake on its line', async ({ yaml, field, message }) => {
    const problems = await problemsAfter(() => addRedirects(yaml));
    const found = problems.find((p) => p.en.includes(message));
    expect(found).toMatchObject({ file: redirectsFile, field, severity: 'error' });
    const fieldLines = readFileSync(copy.file(redirectsFile), 'utf8')
      .split('\n')
      .flatMap((line, index) => (line.trim().replace(/^- /, '').startsWith(`${field}:`) ? [index + 1] : []));
    expect(fieldLines).toContain(found?.line);
  });

  it('follows a chain of redirects to the page that exists', async () => {
    const problems = await problemsAfter(() => {
      renameSector('example', 'sample');
      addRedirects(
        '- from: /sectors/example/\n  to: /sectors/example-2/\n- from: /sectors/example-2/\n  to: /sectors/sample/',
      );
    });
    expect(errors(problems)).toEqual([]);
  });
});

describe('npm run urls:update', () => {
  it('adds new addresses, keeps every old one, and then the check passes', async () => {
    renameSector('example', 'sample');
    addRedirects('- from: /sectors/example/\n  to: /sectors/sample/');
    const before: string[] = JSON.parse(readFileSync(copy.file(manifestFile), 'utf8'));
    const output = execFileSync(process.execPath, ['scripts/update-urls.ts', copy.root], {
      encoding: 'utf8',
    });
    const after: string[] = JSON.parse(readFileSync(copy.file(manifestFile), 'utf8'));

    expect(output).toContain('+ /ko/sectors/sample/#overview');
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).toContain('/ko/sectors/example/');
    expect(after).toContain('/en/sectors/sample/#activity');
    expect(after).toEqual([...after].sort());
    expect((await checkContent(copy.root)).problems).toEqual([]);
  });
});
