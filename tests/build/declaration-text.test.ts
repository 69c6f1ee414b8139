/**
 * What the declaration page holds is said once, by `text` in the Korean
 * declaration's frontmatter, and every notice, label, file name, citation,
 * description and JSON-LD node about the text follows it (each marks itself
 * with `data-declaration-text`).
 *
 * As published, the page holds the site's restatement: no page calls it the
 * original or the official text. Then, in a temporary copy of the project, the
 * official text replaces it the way the editing guide says (a source added,
 * the field switched, the text pasted into both files) and the copy is built:
 * no page calls the text a restatement any more.
 */
import { globSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyProject, removeProject, runScript } from '../../scripts/lib/project-copy.ts';
import { localeCodes } from '../../src/i18n/locales.ts';
import { adminPath } from '../../src/lib/security.ts';
import { distDir } from '../helpers/site.ts';

/** The words the site keeps for its own restatement, and the ones it must never use for it. */
const restatementWords = /정리본|restat/i;
const originalWords = /원문|\boriginal\b/i;
/** "Official" is said of the restatement only to deny it. */
const deniedOfficial =
  /(공동선언문의 )?공식 문안(이 아닙니다| 아님|이 아니[며고])|(is )?not (for )?the official text|Neither is the official text/g;

/**
 * Every text the build publishes for readers, by its path in `dir`; the JSON
 * Schemas describe the format, not the page, and the editor at /admin/ (its
 * field labels, its fonts' licences) is for staff.
 */
function publishedTexts(dir: string): Map<string, string> {
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
function markedTexts(texts: Map<string, string>) {
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

function jsonLd(html: string): Record<string, unknown> {
  return JSON.parse(cheerio.load(html)('script[type="application/ld+json"]').text()) as Record<
    string,
    unknown
  >;
}

const adoptedBy = (parse(readFileSync('content/data/parties.yaml', 'utf8')) as { adopted: boolean }[]).filter(
  (party) => party.adopted,
).length;
const [{ adopted }] = parse(readFileSync('content/data/event.yaml', 'utf8')) as [{ adopted: string }];

describe('the restatement, as published', () => {
  const texts = publishedTexts(distDir);
  const marked = markedTexts(texts);

  it('is never called the original', () => {
    const offending = [...texts].filter(([, text]) => originalWords.test(text)).map(([file]) => file);
    expect(offending).toEqual([]);
  });

  it('is called a restatement, not the official text, wherever the site says what the text is', () => {
    for (const locale of localeCodes) {
      expect(
        marked.filter((element) => element.file === `${locale}/declaration/index.html`).length,
      ).toBeGreaterThan(1);
      expect(
        marked.filter((element) => element.file === `${locale}/press/index.html`).length,
      ).toBeGreaterThan(3);
    }
    for (const element of marked) {
      expect(element.kind, element.file).toBe('restatement');
      expect(element.text, element.file).toMatch(restatementWords);
      expect(element.text.replace(deniedOfficial, ''), element.file).not.toMatch(/공식|official/i);
    }
  });

  it.each(localeCodes)(
    'is described as a restatement in %s: bilingual view, files, JSON-LD, open data',
    (locale) => {
      const description = cheerio
        .load(texts.get(`${locale}/declaration/bilingual/index.html`) ?? '')('meta[name="description"]')
        .attr('content');
      expect(description).toMatch(restatementWords);
      expect(description?.replace(deniedOfficial, '')).not.toMatch(/공식|official/i);

      const press = cheerio.load(texts.get(`${locale}/press/index.html`) ?? '');
      const names = press('[data-declaration-text] a[download]')
        .map((_, link) => press(link).attr('download'))
        .get();
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toContain('restatement');

      const page = jsonLd(texts.get(`${locale}/declaration/index.html`) ?? '');
      expect(page['author']).toMatchObject({ '@type': 'Organization' });
      expect(page['publisher']).toEqual(page['author']);
      expect(page).not.toHaveProperty('datePublished');
      const about = page['about'] as Record<string, unknown>;
      expect(about).toMatchObject({ '@type': 'CreativeWork', dateCreated: adopted });
      expect(about['creator']).toHaveLength(adoptedBy);
      expect(about).not.toHaveProperty('url');
    },
  );

  it('says so in the open data', () => {
    expect(JSON.parse(texts.get('data/declaration.json') ?? '{}')).toMatchObject({
      text: { kind: 'restatement' },
    });
  });
});

describe('the official text, once it replaces the restatement', () => {
  let root = '';
  let texts = new Map<string, string>();
  const official = { id: 'S999', url: 'https://official.example/declaration', outlet: '경상북도' };

  beforeAll(() => {
    root = copyProject('declaration-text-');
    const sources = path.join(root, 'content/data/sources.yaml');
    writeFileSync(
      sources,
      `${readFileSync(sources, 'utf8')}- id: ${official.id}\n  outlet: { ko: ${official.outlet}, en: Gyeongsangbuk-do }\n  title: 신전자산업 육성을 위한 공동선언문\n  url: ${official.url}\n`,
    );
    const anchors = readFileSync('content/declaration/ko/declaration.md', 'utf8').matchAll(
      /\{#([a-z0-9-]+)\}/g,
    );
    const sections = [...anchors].map(([, anchor]) => anchor ?? '');
    for (const locale of localeCodes) {
      const file = path.join(root, 'content/declaration', locale, 'declaration.md');
      const head = readFileSync(file, 'utf8').match(/^---\n(?:lang|title): .*\n(?:lang|title): .*\n/)?.[0];
      expect(head, file).toBeTruthy();
      writeFileSync(
        file,
        [
          `${head}description: ${locale === 'ko' ? '시험용으로 붙여 넣은 공동선언문 공식 문안입니다.' : 'A test paste of the official text of the joint declaration, in translation.'}`,
          'lastUpdated: 2026-12-06',
          'sources:',
          `  - ${official.id}`,
          ...(locale === 'ko' ? ['text:', '  kind: official', `  officialSource: ${official.id}`] : []),
          '---',
          '',
          locale === 'ko' ? '시험용 공식 문안의 머리글입니다.' : 'The opening of the test text.',
          ...sections.flatMap((anchor, index) => [
            '',
            `## ${locale === 'ko' ? '항목' : 'Part'} ${index + 1} {#${anchor}}`,
            '',
            locale === 'ko'
              ? `시험용 공식 문안의 ${index + 1}번째 부분입니다.`
              : `Part ${index + 1} of the test text.`,
          ]),
          '',
        ].join('\n'),
      );
    }
    const build = runScript(root, 'build');
    expect(build.code, build.output).toBe(0);
    texts = publishedTexts(path.join(root, 'dist'));
  }, 240_000);

  afterAll(() => removeProject(root));

  it('is called a restatement nowhere', () => {
    const offending = [...texts].filter(([, text]) => restatementWords.test(text)).map(([file]) => file);
    expect(offending).toEqual([]);
  });

  it('is called the official text wherever the site says what the text is, with its source', () => {
    const marked = markedTexts(texts);
    expect(marked.length).toBeGreaterThan(0);
    for (const element of marked) expect(element.kind, element.file).toBe('official');
    for (const locale of localeCodes) {
      const $ = cheerio.load(texts.get(`${locale}/declaration/index.html`) ?? '');
      expect($(`[role="note"][data-declaration-text] a[href="${official.url}"]`)).toHaveLength(1);
    }
  });

  it('names its files, JSON-LD and open data for the official text', () => {
    const press = cheerio.load(texts.get('en/press/index.html') ?? '');
    const names = press('[data-declaration-text] a[download]')
      .map((_, link) => press(link).attr('download'))
      .get();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toContain('official-text');

    const korean = jsonLd(texts.get('ko/declaration/index.html') ?? '');
    expect(korean['author']).toHaveLength(adoptedBy);
    expect(korean['about']).toMatchObject({ url: official.url });
    expect([korean['isBasedOn']].flat()[0]).toBe(official.url);
    const english = jsonLd(texts.get('en/declaration/index.html') ?? '');
    expect(english['translationOfWork']).toEqual({ '@id': (korean['about'] as { '@id': string })['@id'] });

    expect(JSON.parse(texts.get('data/declaration.json') ?? '{}')).toMatchObject({
      text: { kind: 'official', officialSource: official.id },
    });
  });
});
