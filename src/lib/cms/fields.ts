/**
 * The browser editor's fields, made from the content schemas: each field of a
 * collection's zod schema becomes a CMS field, in the schema's order (the
 * frontmatter's order), with its constraints (required, lengths, patterns,
 * choices, list sizes) read from the schema and its Korean label and hint from
 * `field-text.ts`. A schema field the text table does not describe, or a kind
 * of schema this file does not know, stops the build with a message naming it.
 */
import type { z } from 'astro/zod';
import { calendarDate, partialDate, sourceId } from '../content/schemas.ts';
import type { FieldText } from './field-text.ts';

/** A CMS field as Sveltia CMS reads it (a subset of its `Field` type, as plain data). */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** Where the source ids come from, for the fields that cite sources. */
const sourcesRelation = {
  widget: 'relation',
  collection: 'data',
  file: 'sources',
  value_field: 'items.*.id',
  display_fields: ['{{items.*.id}} {{items.*.outlet.ko}}'],
  search_fields: ['items.*.id', 'items.*.outlet.ko', 'items.*.outlet.en', 'items.*.title'],
  multiple: true,
  dropdown_threshold: 0,
} as const;

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

interface SchemaDef {
  type: string;
  innerType?: ZodLike;
  element?: ZodLike;
  shape?: Record<string, ZodLike>;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  defaultValue?: unknown;
}

type ZodLike = { def: SchemaDef };

const checksOf = (schema: ZodLike): CheckDef[] => (schema.def.checks ?? []).map((check) => check._zod.def);

/** The schema inside `.optional()` and `.default()`, and whether the field may be left out. */
function unwrap(schema: ZodLike): { inner: ZodLike; required: boolean } {
  let inner = schema;
  let required = true;
  while (inner.def.type === 'optional' || inner.def.type === 'default') {
    required = false;
    inner = inner.def.innerType as ZodLike;
  }
  return { inner, required };
}

function patternOf(schema: ZodLike): RegExp | undefined {
  return checksOf(schema).find((check) => check.check === 'string_format' && check.format === 'regex')
    ?.pattern;
}

function lengths(schema: ZodLike, min: string, max: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const check of checksOf(schema)) {
    if (check.check === 'min_length' && check.minimum !== undefined && check.minimum > 0)
      out[min] = check.minimum;
    if (check.check === 'max_length' && check.maximum !== undefined) out[max] = check.maximum;
  }
  return out;
}

function numberField(schema: ZodLike): { widget: 'number' } & Record<string, unknown> {
  const checks = checksOf(schema);
  const integer = checks.some((check) => check.check === 'number_format' && check.format === 'safeint');
  const lower = checks.find((check) => check.check === 'greater_than');
  const min =
    lower?.value === undefined ? undefined : lower.inclusive || !integer ? lower.value : lower.value + 1;
  return { widget: 'number', value_type: integer ? 'int' : 'float', ...(min === undefined ? {} : { min }) };
}

/** Labels each choice with its Korean text where the table gives one. */
function options(values: readonly string[], text: FieldText) {
  return values.map((value) => (text.options?.[value] ? { label: text.options[value], value } : value));
}

function labelled(path: string, text: FieldText | undefined): FieldText {
  if (!text?.label) throw new Error(`src/lib/cms/field-text.ts: no Korean label for the field ${path}`);
  return text;
}

/**
 * The CMS field for one schema field. `texts` holds the label and hint of
 * each field of the object, by name; nested objects have theirs under
 * `fields`.
 */
export function cmsField(
  path: string,
  name: string,
  schema: ZodLike,
  texts: Record<string, FieldText>,
): CmsField {
  const text = labelled(path, texts[name]);
  const { inner, required } = unwrap(schema);
  const base = {
    name,
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    ...(required ? {} : { required: false }),
  };
  const def = inner.def;

  if (inner === (calendarDate as unknown as ZodLike))
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
  if (inner === (sourceId as unknown as ZodLike)) return { ...base, ...sourcesRelation, multiple: false };
  if (inner === (partialDate as unknown as ZodLike))
    return {
      ...base,
      widget: 'string',
      pattern: ['^\\d{4}(-\\d{2}(-\\d{2})?)?$', text.invalid ?? '2021, 2021-03, 2021-03-15 꼴로 씁니다.'],
    };

  switch (def.type) {
    case 'string': {
      const pattern = patternOf(inner);
      if (pattern && !text.invalid)
        throw new Error(
          `src/lib/cms/field-text.ts: the field ${path} has a pattern but no Korean 'invalid' message`,
        );
      return {
        ...base,
        widget: 'string',
        ...(def.format === 'url' ? { type: 'url' } : {}),
        ...(pattern ? { pattern: [pattern.source, text.invalid] } : {}),
        ...lengths(inner, 'minlength', 'maxlength'),
      };
    }
    case 'number':
      return { ...base, ...numberField(inner) };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(required ? {} : { default: false }) };
    case 'enum':
      return { ...base, widget: 'select', options: options(Object.values(def.entries ?? {}), text) };
    case 'literal':
      return { ...base, widget: 'string', default: def.values?.[0], readonly: true };
    case 'object': {
      const fields = Object.entries(def.shape ?? {}).map(([key, value]) =>
        cmsField(`${path}.${key}`, key, value, text.fields ?? {}),
      );
      return { ...base, widget: 'object', fields };
    }
    case 'array': {
      const element = def.element as ZodLike;
      const size = lengths(inner, 'min', 'max');
      if (element === (sourceId as unknown as ZodLike)) return { ...base, ...sourcesRelation, ...size };
      if (element.def.type === 'enum')
        return {
          ...base,
          widget: 'select',
          multiple: true,
          options: options(Object.values(element.def.entries ?? {}), text),
          ...size,
        };
      // A list of objects (the easy-read page's hard words): each item has the object's fields.
      if (element.def.type === 'object')
        return {
          ...base,
          widget: 'list',
          label_singular: text.itemLabel ?? text.label,
          fields: Object.entries(element.def.shape ?? {}).map(([key, value]) =>
            cmsField(`${path}[].${key}`, key, value, text.fields ?? {}),
          ),
          ...size,
        };
      const item = cmsField(`${path}[]`, name, element, { [name]: { ...text, hint: undefined } });
      return { ...base, widget: 'list', field: { ...item, label: text.itemLabel ?? text.label }, ...size };
    }
    default:
      throw new Error(`src/lib/cms/fields.ts: no CMS field for the schema of ${path} (${def.type})`);
  }
}

/** The CMS fields of every field of an object schema, in the schema's order. */
export function cmsFields(path: string, schema: z.ZodType, texts: Record<string, FieldText>): CmsField[] {
  const shape = (schema as unknown as ZodLike).def.shape;
  if (!shape) throw new Error(`${path}: expected an object schema`);
  return Object.entries(shape).map(([name, field]) => cmsField(`${path}.${name}`, name, field, texts));
}
