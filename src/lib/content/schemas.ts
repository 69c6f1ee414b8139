/**
 * One schema per collection. `src/content.config.ts` gives them to Astro, and
 * `npm run check` uses the same ones to explain mistakes to editors, so the
 * rules live only here. Every object is strict: a misspelt field is an error,
 * not silently ignored.
 */
import { z } from 'astro/zod';
import { localeCodes } from '../../i18n/locales.ts';
import { schemaMessages } from '../content-check/messages.ts';

/** A calendar day, written `2020-11-20` (YAML reads it as a date or a string). */
export const calendarDate = z
  .union([z.date(), z.string()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      ctx.addIssue({ code: 'custom', message: schemaMessages.date });
      return z.NEVER;
    }
    return text;
  });

/**
 * A date known to the year, the month or the day: `2019`, `2019-07`,
 * `2019-07-25`. Reports often give only a month.
 */
export const partialDate = z
  .union([z.date(), z.string(), z.number().int()])
  .transform((value, ctx) => {
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(text)) {
      ctx.addIssue({ code: 'custom', message: schemaMessages.partialDate });
      return z.NEVER;
    }
    return text;
  });

export const localeField = z.enum(localeCodes);

/** An id made of lowercase letters, digits and hyphens: `jobs-target`. */
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, schemaMessages.slug);

/** Source ids as listed in `content/data/sources.yaml`, e.g. `S0`, `S13a`. */
export const sourceId = z.string().regex(/^S\d+[a-z]?$/, schemaMessages.sourceId);

/** Text given in both languages inside one data file. */
export const bilingualText = z.strictObject({ ko: z.string().min(1), en: z.string().min(1) });

/** Fields every page (Markdown file) has. */
const pageFields = {
  /** Language of this file; must match its folder (`ko/` or `en/`). */
  lang: localeField,
  /** Page title, shown as the main heading and in the browser tab. */
  title: z.string().trim().min(1).max(120),
  /** One or two sentences for search engines and link previews. */
  description: z.string().trim().min(10).max(240),
  /** Day the text was last changed by an editor. */
  lastUpdated: calendarDate,
  /** Ids of the sources the page's facts come from. */
  sources: z.array(sourceId).default([]),
};

/** `text.kind` of the declaration: what its Korean page holds. */
export const declarationTextKinds = ['restatement', 'official'] as const;
export type DeclarationTextKind = (typeof declarationTextKinds)[number];

/**
 * What the declaration page holds: this site's restatement of the declaration
 * from the reports, or the official text, taken from `officialSource` (an id of
 * content/data/sources.yaml). Written once, in the Korean file; every notice,
 * label, file name, citation and JSON-LD node about the text follows it.
 */
export const declarationTextSchema = z.strictObject({
  kind: z.enum(declarationTextKinds),
  officialSource: sourceId.optional(),
});

export const declarationSchema = z
  .strictObject({
    ...pageFields,
    text: declarationTextSchema.optional(),
  })
  .superRefine((page, ctx) => {
    if (page.lang !== 'ko') {
      if (page.text) ctx.addIssue({ code: 'custom', path: ['text'], message: schemaMessages.declarationTextKoreanOnly });
      return;
    }
    if (!page.text) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: schemaMessages.declarationTextMissing });
    } else if (page.text.kind === 'official' && !page.text.officialSource) {
      ctx.addIssue({ code: 'custom', path: ['text', 'officialSource'], message: schemaMessages.officialSourceMissing });
    } else if (page.text.kind === 'restatement' && page.text.officialSource) {
      ctx.addIssue({ code: 'custom', path: ['text', 'officialSource'], message: schemaMessages.officialSourceUnused });
    } else if (page.text.officialSource && !page.sources.includes(page.text.officialSource)) {
      ctx.addIssue({ code: 'custom', path: ['text', 'officialSource'], message: schemaMessages.officialSourceNotListed });
    }
  });

export const roleSchema = z.strictObject({
  ...pageFields,
  /** Position on the roles index (1 = first). */
  order: z.number().int().positive(),
  /** One sentence shown on the roles index. */
  summary: z.string().trim().min(1).max(200),
});

export const sectorSchema = z.strictObject({
  ...pageFields,
  /** Position on the sectors index (1 = first). */
  order: z.number().int().positive(),
  /** One sentence shown on the sectors index. */
  summary: z.string().trim().min(1).max(200),
  /** Other names the sector is reported under. */
  aliases: z.array(z.string().trim().min(1)).default([]),
});

/** A hard word of the easy-read page and the plain words that explain it where it is first used. */
export const hardWordSchema = z.strictObject({
  term: z.string().trim().min(1),
  means: z.string().trim().min(1),
});

export const pageSchema = z.strictObject({
  ...pageFields,
  /** Easy-read page only: the hard words it uses, each explained at its first use and listed at the end. */
  terms: z.array(hardWordSchema).optional(),
});

export const sourceSchema = z.strictObject({
  id: sourceId,
  /** Name of the publication. */
  outlet: bilingualText,
  /** Title of the article, where it is known. */
  title: z.string().trim().min(1).optional(),
  /** Publication date, where it is known. */
  published: partialDate.optional(),
  url: z.url({ protocol: /^https?$/ }),
});

/** The four parties; each is also the file name of its role page. */
export const partyIds = ['province', 'city', 'institute', 'firms'] as const;

/** What a party gives in the division of roles, drawn on the roles diagram. */
export const partyGivesSchema = z.strictObject({
  /** A short noun phrase for the diagram's arrow: "행정·재정 지원". */
  what: bilingualText,
  /** Who receives it: other parties, or `targets` (the declaration's targets). */
  to: z.array(z.enum([...partyIds, 'targets'])).min(1),
});

export const partySchema = z.strictObject({
  /** Same as the role page's file name: province, city, institute, firms. */
  id: z.enum(partyIds),
  /** Position wherever the parties are listed (1 = first). */
  order: z.number().int().positive(),
  name: bilingualText,
  shortName: bilingualText,
  /** True for the bodies that adopted the declaration; false for those that pledged alongside. */
  adopted: z.boolean(),
  url: z.url({ protocol: /^https?$/ }).optional(),
  gives: partyGivesSchema,
  sources: z.array(sourceId).min(1),
});

export const figureUnits = [
  'jobs',
  'people',
  'firms',
  'rights',
  'fields',
  'projects',
  'years',
  'krw',
  'usd',
  'percent',
  'km2',
] as const;

export const figureSchema = z.strictObject({
  id: slug,
  /** The number in full: 6 trillion is 6000000000000. */
  value: z.number().nonnegative(),
  unit: z.enum(figureUnits),
  /** `at-least` for targets stated as "or more"; `about` for approximate figures. */
  bound: z.enum(['at-least', 'about']).optional(),
  group: z.enum(['target', 'target-2030', 'context', 'programme']),
  label: bilingualText,
  sources: z.array(sourceId).min(1),
});

export const relatedFieldSchema = z.strictObject({
  id: slug,
  order: z.number().int().positive(),
  name: bilingualText,
  /** What the reports say about the field. */
  note: bilingualText,
  sources: z.array(sourceId).min(1),
});

export const eventSchema = z.strictObject({
  id: z.literal('declaration'),
  /** Day the declaration was adopted. */
  adopted: calendarDate,
  place: bilingualText,
  placeSources: z.array(sourceId).min(1),
  /** How the ceremony was named in the reports. */
  ceremony: bilingualText,
  ceremonySources: z.array(sourceId).min(1),
  sources: z.array(sourceId).min(1),
});

export const timelineSchema = z.strictObject({
  id: slug,
  /** As precise as the sources allow: 2019, 2019-07 or 2019-07-25. */
  date: partialDate,
  title: bilingualText,
  /** One or two sentences more, optional. */
  detail: bilingualText.optional(),
  /** Marks the declaration itself on the timeline. */
  highlight: z.boolean().default(false),
  sources: z.array(sourceId).min(1),
});

/**
 * Words a reader may search for that the pages write differently
 * (`content/data/search-aliases.yaml`). A page that uses any term of a group is
 * also found by the others: GERI ↔ 구미전자정보기술원, 이모빌리티 ↔ e모빌리티.
 */
export const searchAliasSchema = z.strictObject({
  id: slug,
  /** Two or more ways of writing the same thing, in either language. */
  terms: z.array(z.string().trim().min(1)).min(2, schemaMessages.twoTerms),
});

const termForms = z.strictObject({ ko: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() });

export const glossarySchema = z.strictObject({
  id: slug,
  /** The term as the glossary shows it, in each language. */
  term: bilingualText,
  /** Other forms to find in text: plurals, other spellings. */
  forms: termForms.default({}),
  definition: bilingualText,
});

export const changeSchema = z.strictObject({
  id: slug,
  /** Day the change was published. */
  date: calendarDate,
  title: bilingualText,
  detail: bilingualText.optional(),
  /** Site paths of the Korean pages concerned, e.g. /ko/declaration/. */
  pages: z.array(z.string().regex(/^\/ko\/([a-z0-9-]+\/)*$/, schemaMessages.koreanPath)).default([]),
});

export type ChangeData = z.output<typeof changeSchema>;
export type GlossaryData = z.output<typeof glossarySchema>;
export type TimelineData = z.output<typeof timelineSchema>;
export type FigureData = z.output<typeof figureSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type PartyData = z.output<typeof partySchema>;
export type SearchAliasData = z.output<typeof searchAliasSchema>;

/**
 * An address on the site without its language: `/sectors/hologram/`, or one
 * of its anchors: `/sectors/hologram/#overview`.
 */
export const siteAddress = z
  .string()
  .trim()
  .regex(
    /^\/(?:[a-z0-9][a-z0-9-]*\/)*(?:#[a-z0-9][a-z0-9-]*)?$/,
    schemaMessages.address,
  )
  .refine(
    (address) => !/^\/(?:ko|en)\//.test(address),
    schemaMessages.addressWithLanguage,
  );

/** One entry of `content/redirects.yaml`: an old address and where it now leads. */
export const redirectSchema = z.strictObject({
  /** The address that was published and no longer exists. */
  from: siteAddress,
  /** Where readers of the old address should land instead. */
  to: siteAddress,
});

export type RedirectData = z.output<typeof redirectSchema>;
