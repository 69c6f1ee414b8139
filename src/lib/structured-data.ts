/**
 * JSON-LD for search engines, typed against schema.org with `schema-dts`, so a
 * misspelt property or a wrong value type fails `npm run check`. Every page
 * gets one object: the site itself on home pages, the declaration as an
 * `Article`, and a `WebPage` (or a more precise kind) elsewhere. Nodes refer to
 * each other by `@id`, which is always a canonical URL.
 */
import type {
  AboutPage,
  Article,
  CollectionPage,
  GovernmentOrganization,
  IdReference,
  ResearchOrganization,
  WebPage,
  WebSite,
  WithContext,
} from 'schema-dts';

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

/**
 * The declaration page: the declaration as reported, by the bodies that
 * adopted it, dated the day it was adopted. The English edition says it
 * translates the Korean one; the Korean edition points to its translation.
 */
export function declarationData(
  facts: PageFacts & {
    adopted: string;
    authors: readonly (GovernmentOrganization | ResearchOrganization)[];
    /** The reports the text is based on. */
    basedOn: readonly string[];
    translationOf?: string | undefined;
    translatedAs?: string | undefined;
  },
): WithContext<Article> {
  return {
    '@context': context,
    '@type': 'Article',
    ...pageProperties(facts),
    headline: facts.title,
    datePublished: facts.adopted,
    author: [...facts.authors],
    isBasedOn: [...facts.basedOn],
    ...(facts.translationOf && { translationOfWork: { '@id': facts.translationOf } }),
    ...(facts.translatedAs && { workTranslation: { '@id': facts.translatedAs } }),
  };
}

/** JSON for a `<script type="application/ld+json">`, safe to place in HTML. */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
