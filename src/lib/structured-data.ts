/**
 * JSON-LD for search engines, typed against schema.org with `schema-dts`, so a
 * misspelt property or a wrong value type fails `npm run check`. Every page
 * gets one object: the site itself on home pages, the declaration page as an
 * `Article` written by the site about the declaration, and a `WebPage` (or a
 * more precise kind) elsewhere. Nodes refer to each other by `@id`, which is
 * always a canonical URL.
 */
import type {
  AboutPage,
  Article,
  CollectionPage,
  CreativeWork,
  GovernmentOrganization,
  IdReference,
  Organization,
  ResearchOrganization,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { DeclarationTextKind } from './content/schemas.ts';

/** What every page states about itself. */
export interface PageFacts {
  /** Canonical URL. */
  url: string;
  /** BCP 47 language of the page. */
  lang: string;
  title: string;
  description: string;
  /** YYYY-MM-DD. */
  lastUpdated?: string | undefined;
  /** The website the page belongs to (its edition's home page). */
  site: { name: string; url: string };
}

export interface OrganisationFacts {
  kind: 'government' | 'research';
  name: string;
  /** Shorter or other-language names. */
  alternateNames: readonly string[];
  url?: string | undefined;
}

const context = 'https://schema.org' as const;

export function websiteId(siteUrl: string): string {
  return `${siteUrl}#website`;
}

function websiteRef(site: PageFacts['site']): IdReference {
  return { '@id': websiteId(site.url) };
}

export function organisation(facts: OrganisationFacts): GovernmentOrganization | ResearchOrganization {
  const common = {
    name: facts.name,
    ...(facts.alternateNames.length > 0 && { alternateName: [...facts.alternateNames] }),
    ...(facts.url && { url: facts.url }),
  };
  return facts.kind === 'government'
    ? { '@type': 'GovernmentOrganization', ...common }
    : { '@type': 'ResearchOrganization', ...common };
}

/** A home page: the website in one language, or both (`/`). */
export function websiteData(facts: {
  name: string;
  url: string;
  description: string;
  langs: readonly [string, ...string[]];
}): WithContext<WebSite> {
  return {
    '@context': context,
    '@type': 'WebSite',
    '@id': websiteId(facts.url),
    name: facts.name,
    url: facts.url,
    description: facts.description,
    inLanguage: facts.langs.length === 1 ? facts.langs[0] : [...facts.langs],
  };
}

function pageProperties(facts: PageFacts) {
  return {
    '@id': facts.url,
    url: facts.url,
    name: facts.title,
    description: facts.description,
    inLanguage: facts.lang,
    ...(facts.lastUpdated && { dateModified: facts.lastUpdated }),
    isPartOf: websiteRef(facts.site),
  };
}

export type PageKind = 'WebPage' | 'AboutPage' | 'CollectionPage';

export function webPageData(
  facts: PageFacts,
  kind: PageKind = 'WebPage',
  about?: GovernmentOrganization | ResearchOrganization,
): WithContext<WebPage | AboutPage | CollectionPage> {
  const properties = { ...pageProperties(facts), ...(about && { about }) };
  switch (kind) {
    case 'AboutPage':
      return { '@context': context, '@type': 'AboutPage', ...properties };
    case 'CollectionPage':
      return { '@context': context, '@type': 'CollectionPage', ...properties };
    default:
      return { '@context': context, '@type': 'WebPage', ...properties };
  }
}

/** The site as the author and publisher of its own pages; who runs it is not stated. */
function siteOrganisation(site: PageFacts['site']): Organization {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

export interface DeclarationFacts {
  /** `@id`: the Korean declaration page's URL with `#declaration`. */
  id: string;
  /** Its Korean title. */
  name: string;
  adopted: string;
  adoptedBy: readonly (GovernmentOrganization | ResearchOrganization)[];
  place: string;
  /** Where the official text was taken from, once the site publishes it. */
  officialText?: string | undefined;
}

/** The declaration itself: a Korean document adopted by its parties on one day. */
export function declarationWork(facts: DeclarationFacts): CreativeWork {
  return {
    '@type': 'CreativeWork',
    '@id': facts.id,
    name: facts.name,
    inLanguage: 'ko',
    dateCreated: facts.adopted,
    creator: [...facts.adoptedBy],
    locationCreated: { '@type': 'Place', name: facts.place },
    ...(facts.officialText && { url: facts.officialText }),
  };
}

/**
 * The declaration page, written and published by the site, about the
 * declaration. Holding the site's restatement, it is the site's work, based on
 * the reports; holding the official text, its author is the bodies that adopted
 * it. The English edition is the site's translation: of the Korean page (a
 * restatement) or of the declaration itself (the official text).
 */
export function declarationData(
  facts: PageFacts & {
    text: DeclarationTextKind;
    declaration: DeclarationFacts;
    /** What the text is based on: the reports, or the source of the official text first. */
    basedOn: readonly string[];
    /** The Korean page, on the English edition. */
    translationOf?: string | undefined;
    /** The English page, on the Korean edition. */
    translatedAs?: string | undefined;
  },
): WithContext<Article> {
  const site = siteOrganisation(facts.site);
  const official = facts.text === 'official';
  return {
    '@context': context,
    '@type': 'Article',
    ...pageProperties(facts),
    headline: facts.title,
    about: declarationWork(facts.declaration),
    author: official ? [...facts.declaration.adoptedBy] : site,
    publisher: site,
    isBasedOn: [...facts.basedOn],
    ...(facts.translationOf && {
      translator: site,
      translationOfWork: { '@id': official ? facts.declaration.id : facts.translationOf },
    }),
    ...(facts.translatedAs && { workTranslation: { '@id': facts.translatedAs } }),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe to place in HTML. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
