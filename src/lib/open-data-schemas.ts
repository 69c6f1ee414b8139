/**
 * The site's content as open data: one JSON file per set, each described by a
 * JSON Schema generated from the zod schemas below, so the published schema and
 * the files can never drift apart. Pure functions of the loaded content.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../i18n/locales.ts';
import { declarationTextKinds } from './content/schemas.ts';

/** Bumped when a file's shape changes incompatibly. */
export const openDataVersion = 1;

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);
const bilingual = z.strictObject({ ko: z.string(), en: z.string() });
const sourceIds = z.array(z.string());

const passage = z.strictObject({
  id: z.string().describe('Anchor, identical in both languages'),
  heading: z.string(),
  markdown: z.string().describe('The passage text in Markdown, figures written out'),
});

const edition = z.strictObject({
  lang: z.enum(localeCodes),
  title: z.string(),
  description: z.string(),
  lastUpdated: isoDate,
  url: z.url(),
  lead: z.string().describe('Markdown before the first passage'),
  passages: z.array(passage),
});

const editions = z
  .strictObject({ ko: edition, en: edition.optional() })
  .describe('Korean is the reference edition; English is a translation');

const envelope = <Shape extends z.ZodRawShape>(shape: Shape) =>
  z.strictObject({ $schema: z.string(), version: z.literal(openDataVersion), license: z.string(), ...shape });

export const openDataSchemas = {
  declaration: envelope({
    text: z
      .strictObject({
        kind: z.enum(declarationTextKinds),
        officialSource: z.string().optional().describe('Id of the source the official text was taken from'),
      })
      .describe(
        "What the editions hold: this site's restatement of the declaration from press reports (restatement), not the official text, or the official text (official)",
      ),
    adopted: isoDate,
    sources: sourceIds,
    editions,
  }),
  roles: envelope({
    items: z.array(z.strictObject({ id: z.string(), order: z.number(), sources: sourceIds, editions })),
  }),
  sectors: envelope({
    items: z.array(z.strictObject({ id: z.string(), order: z.number(), sources: sourceIds, editions })),
  }),
  figures: envelope({
    items: z.array(
      z.strictObject({
        id: z.string(),
        value: z.number(),
        unit: z.string(),
        bound: z.enum(['at-least', 'about']).optional(),
        group: z.string(),
        label: bilingual,
        text: bilingual.describe('The figure as each edition writes it'),
        sources: sourceIds,
      }),
    ),
  }),
  timeline: envelope({
    items: z.array(
      z.strictObject({
        id: z.string(),
        date: isoDate,
        title: bilingual,
        detail: bilingual.optional(),
        highlight: z.boolean(),
        sources: sourceIds,
      }),
    ),
  }),
  parties: envelope({
    items: z.array(
      z.strictObject({
        id: z.string(),
        name: bilingual,
        shortName: bilingual,
        adopted: z.boolean(),
        url: z.url().optional(),
        gives: z
          .strictObject({ what: bilingual, to: z.array(z.string()) })
          .describe(
            'What the party took on in the division of roles (what), and where this site reads it as leading (to: party ids, or targets); the reports do not name the receivers',
          ),
        sources: sourceIds,
      }),
    ),
  }),
  sources: envelope({
    items: z.array(
      z.strictObject({
        id: z.string(),
        outlet: bilingual,
        title: z.string().optional(),
        published: isoDate.optional(),
        url: z.url(),
      }),
    ),
  }),
  glossary: envelope({
    items: z.array(z.strictObject({ id: z.string(), term: bilingual, definition: bilingual })),
  }),
} as const;

export type OpenDataName = keyof typeof openDataSchemas;
export type OpenData<Name extends OpenDataName> = z.output<(typeof openDataSchemas)[Name]>;
export const openDataNames = Object.keys(openDataSchemas) as OpenDataName[];

/** JSON Schema (draft 2020-12) of one file, with its public `$id`. */
export function jsonSchemaOf(name: OpenDataName, id: string): object {
  return {
    ...z.toJSONSchema(openDataSchemas[name], { target: 'draft-2020-12' }),
    $id: id,
    title: `${name}.json`,
  };
}

export type Edition = z.output<typeof edition>;

/** The licence of the site's own text and data. */
export const license =
  'KOGL Type 1 (Korea Open Government License, attribution) · 공공누리 제1유형(출처표시)';
