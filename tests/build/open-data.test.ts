/** The open data: each file valid against its published schema, and the declaration rebuilt from JSON equal to the page. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n/locales.ts';
import { openDataNames } from '../../src/lib/open-data-schemas.ts';
import { siteMarkdown } from '../../src/lib/markdown/processor.ts';
import { distDir, load } from '../helpers/site.ts';

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(distDir, file), 'utf8'));
const textOf = (html: string) => load.fromHtml(html).text().replace(/\s+/g, ' ').trim();
const renderer = await siteMarkdown({ site: 'https://new-electronics.example', base: '/' }).createRenderer(
  {},
);
/** Markdown from the JSON, rendered by the site's pipeline as part of the declaration in `locale`. */
const rendered = async (markdown: string, locale: string) =>
  (
    await renderer.render(markdown, {
      fileURL: pathToFileURL(`content/declaration/${locale}/declaration.md`),
    })
  ).code;

describe.each(openDataNames)('/data/%s.json', (name) => {
  const data = readJson(`data/${name}.json`);
  const schema = readJson(`data/schema/${name}.schema.json`);

  it('validates against its JSON Schema', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('points to its schema and says its version and licence', () => {
    expect(new URL(String(data.$schema)).pathname).toBe(`/data/schema/${name}.schema.json`);
    expect(data.version).toBe(1);
    expect(String(data.license)).toContain('공공누리');
  });
});

describe('declaration.json', () => {
  type Passage = { id: string; heading: string; markdown: string };
  const declaration = readJson('data/declaration.json') as {
    editions: Record<string, { passages: Passage[] }>;
  };

  it.each(localeCodes)('rebuilds the %s page passage for passage', async (locale) => {
    const page = load(`/${locale}/declaration/`);
    const fromPage = page('main .passage')
      .map((_, section) => ({
        id: page(section).find('h2').attr('id'),
        heading: page(section).find('h2').text().trim(),
        text: page(section).find('.prose').text().replace(/\s+/g, ' ').trim(),
      }))
      .get();
    const fromJson = await Promise.all(
      (declaration.editions[locale]?.passages ?? []).map(async (passage) => ({
        id: passage.id,
        heading: passage.heading,
        text: textOf(await rendered(passage.markdown, locale)),
      })),
    );
    expect(fromJson).toEqual(fromPage);
  });
});
