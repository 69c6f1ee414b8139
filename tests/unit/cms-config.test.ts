/**
 * The browser editor's configuration and the content schemas describe the
 * same fields: a field added to one and not the other fails here. The
 * configuration is also valid for the pinned Sveltia CMS (its own JSON
 * Schema), and every value in the content is one the editor can show.
 */
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, keptYamlFiles, yamlFormatOf } from '../../src/lib/cms/config.ts';
import {
  dataText,
  declarationText,
  generalPageText,
  pageText,
  redirectText,
  roleText,
  sectorText,
  type FieldText,
} from '../../src/lib/cms/field-text.ts';
import { cmsField, type CmsField } from '../../src/lib/cms/fields.ts';
import { localOnlyRepository } from '../../src/lib/cms/repository.ts';
import { dataCollections, pageCollections } from '../../src/lib/content/collections.ts';
import { redirectSchema, sourceSchema } from '../../src/lib/content/schemas.ts';

const config = cmsConfig({ repository: localOnlyRepository, siteUrl: 'https://example.org/', base: '/' });

type Collection = {
  name: string;
  folder?: string;
  fields?: CmsField[];
  files?: { name: string; file: string; format: string; fields: CmsField[] }[];
};
const collections = config.collections as Collection[];
const byName = (name: string) => collections.find((collection) => collection.name === name);

type Shape = Record<string, { def: { type: string; innerType?: unknown; shape?: Shape; element?: unknown } }>;
const shapeOf = (schema: unknown) => (schema as { def: { shape: Shape } }).def.shape;

/**
 * Field names of an object schema, in the schema's order; the fields of a
 * nested object, or of the objects of a list, as `name.child`.
 */
function schemaPaths(shape: Shape, prefix = ''): string[] {
  return Object.entries(shape).flatMap(([name, schema]) => {
    let inner = schema;
    while (inner.def.innerType) inner = inner.def.innerType as typeof schema;
    const objectShape = inner.def.shape ?? (inner.def.element as typeof schema | undefined)?.def.shape;
    return [`${prefix}${name}`, ...(objectShape ? schemaPaths(objectShape, `${prefix}${name}.`) : [])];
  });
}

function cmsPaths(fields: readonly CmsField[], prefix = ''): string[] {
  return fields.flatMap((field) => [
    `${prefix}${field.name}`,
    ...(field.widget === 'object' || (field.widget === 'list' && field.fields)
      ? cmsPaths(field.fields as CmsField[], `${prefix}${field.name}.`)
      : []),
  ]);
}

function textPaths(texts: Record<string, FieldText>, prefix = ''): string[] {
  return Object.entries(texts).flatMap(([name, text]) => [
    `${prefix}${name}`,
    ...(text.fields ? textPaths(text.fields, `${prefix}${name}.`) : []),
  ]);
}

describe('the CMS configuration and the schemas', () => {
  it('has every page collection, with the schema’s fields in frontmatter order, then the text', () => {
    for (const [name, spec] of Object.entries(pageCollections)) {
      const collection = byName(name);
      expect(collection?.folder, name).toBe(`content/${spec.folder}`);
      expect(cmsPaths(collection?.fields ?? []), name).toEqual([
        ...schemaPaths(shapeOf(spec.schema)),
        'body',
      ]);
    }
    // .mdx pages are a collection of their own, with the same fields.
    expect(cmsPaths(byName('pages-mdx')?.fields ?? [])).toEqual(cmsPaths(byName('pages')?.fields ?? []));
  });

  it('has every data file, each a list of items with the schema’s fields, written in the comment-keeping format', () => {
    const files = byName('data')?.files ?? [];
    expect(files.map((file) => file.file)).toEqual(Object.values(dataCollections).map((spec) => spec.file));
    for (const [name, spec] of Object.entries(dataCollections)) {
      const file = files.find((entry) => entry.name === name);
      const [list] = file?.fields ?? [];
      expect(list, name).toMatchObject({ widget: 'list', root: true });
      expect(cmsPaths(list?.fields as CmsField[]), name).toEqual(schemaPaths(shapeOf(spec.schema)));
      expect(file?.format).toBe(yamlFormatOf(spec.file));
      expect(keptYamlFiles).toContain(spec.file);
    }
    const redirects = byName('addresses')?.files?.find((file) => file.name === 'redirects');
    expect(cmsPaths(redirects?.fields[0]?.fields as CmsField[])).toEqual(
      schemaPaths(shapeOf(redirectSchema)),
    );
  });

  it('says nothing in Korean about a field no schema has', () => {
    const pageFieldPaths = Object.values(pageCollections).flatMap((spec) =>
      schemaPaths(shapeOf(spec.schema)),
    );
    for (const path of textPaths({
      ...pageText,
      ...declarationText,
      ...generalPageText,
      ...roleText,
      ...sectorText,
    }))
      expect([...pageFieldPaths, 'body'], path).toContain(path);
    for (const [name, text] of Object.entries(dataText)) {
      const spec = dataCollections[name as keyof typeof dataCollections];
      expect(spec, name).toBeDefined();
      for (const path of textPaths(text.fields))
        expect(schemaPaths(shapeOf(spec.schema)), `${name}: ${path}`).toContain(path);
    }
    expect(textPaths(redirectText)).toEqual(schemaPaths(shapeOf(redirectSchema)));
  });

  it('stops on a schema field that has no Korean label', () => {
    const { title: _title, ...withoutTitle } = dataText.sources?.fields ?? {};
    expect(() =>
      cmsField('sources.title', 'title', shapeOf(sourceSchema).title as never, withoutTitle),
    ).toThrow('no Korean label for the field sources.title');
  });

  it('keeps the schema’s constraints: patterns, lengths, choices, required fields and source ids', () => {
    const sectorFields = byName('sectors')?.fields ?? [];
    const field = (name: string) => sectorFields.find((f) => f.name === name);
    expect(field('title')).toMatchObject({ widget: 'string', maxlength: 120, i18n: true });
    expect(field('description')).toMatchObject({ minlength: 10, maxlength: 240 });
    expect(field('lastUpdated')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' });
    expect(field('sources')).toMatchObject({
      widget: 'relation',
      file: 'sources',
      value_field: 'items.*.id',
      required: false,
      i18n: 'duplicate',
    });
    expect(field('order')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, i18n: 'duplicate' });
    expect(field('lang')).toMatchObject({ widget: 'hidden', default: '{{locale}}' });

    const figures = byName('data')?.files?.find((file) => file.name === 'figures')?.fields[0]
      ?.fields as CmsField[];
    const figureField = (name: string) => figures.find((f) => f.name === name);
    expect(figureField('id')?.pattern).toEqual(['^[a-z0-9][a-z0-9-]*$', expect.any(String)]);
    expect(figureField('unit')?.options).toContainEqual({ label: '원 (krw)', value: 'krw' });
    expect(figureField('bound')).toMatchObject({ widget: 'select', required: false });
    expect(figureField('sources')).toMatchObject({ widget: 'relation', multiple: true, min: 1 });
    expect(figureField('label')).toMatchObject({
      widget: 'object',
      fields: [{ name: 'ko' }, { name: 'en' }],
    });
  });

  it('keeps the declaration’s text in the Korean file only, its source chosen from the sources', () => {
    const text = byName('declaration')?.fields?.find((f) => f.name === 'text');
    expect(text).toMatchObject({ widget: 'object', required: false, i18n: false });
    const [kind, officialSource] = (text?.fields ?? []) as CmsField[];
    expect(kind).toMatchObject({
      name: 'kind',
      widget: 'select',
      options: [
        { label: '정리본 (restatement)', value: 'restatement' },
        { label: '공식 문안 (official)', value: 'official' },
      ],
    });
    expect(officialSource).toMatchObject({
      name: 'officialSource',
      widget: 'relation',
      file: 'sources',
      multiple: false,
      required: false,
    });
  });

  it('gives general pages the easy-read list of hard words, each language its own, items included', () => {
    for (const name of ['pages', 'pages-mdx']) {
      const terms = byName(name)?.fields?.find((f) => f.name === 'terms');
      expect(terms, name).toMatchObject({ widget: 'list', required: false, i18n: true });
      // Sub-fields of a field of its own in each language are each language's own, or the English side could not change them.
      expect((terms?.fields as CmsField[]).map((f) => [f.name, f.widget, f.i18n])).toEqual([
        ['term', 'string', true],
        ['means', 'string', true],
      ]);
    }
    const aliases = byName('sectors')?.fields?.find((f) => f.name === 'aliases');
    expect(aliases).toMatchObject({ widget: 'list', i18n: true, field: { widget: 'string', i18n: true } });
  });

  it('offers every value the content uses in its selects', () => {
    for (const file of byName('data')?.files ?? []) {
      const items = parse(readFileSync(file.file, 'utf8')) as Record<string, unknown>[];
      for (const field of (file.fields[0]?.fields ?? []) as CmsField[]) {
        if (field.widget !== 'select') continue;
        const allowed = (field.options as (string | { value: string })[]).map((o) =>
          typeof o === 'string' ? o : o.value,
        );
        for (const item of items) {
          const values = ([] as unknown[]).concat(item[field.name] ?? []);
          for (const value of values) expect(allowed, `${file.file}: ${field.name}`).toContain(value);
        }
      }
    }
  });

  it('is valid for the pinned Sveltia CMS', () => {
    const schema = JSON.parse(
      readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
    ) as object;
    const validate = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(schema);
    expect(validate(JSON.parse(JSON.stringify(config))), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });
});
