/**
 * Chooses and fills the JSON-LD of a content page from what it is: the
 * declaration page is an `Article` about the declaration (adopted by its
 * parties), written as `text` in its frontmatter says; a party's role page is
 * about that organisation; section indexes are collections; the background
 * page is an `AboutPage`; anything else is a `WebPage`.
 */
import { defaultLocale, localeCodes, locales, otherLocale, type Locale } from '../../i18n/locales.ts';
import { localizedPath, routes } from '../../i18n/routing.ts';
import {
  declarationData,
  organisation,
  webPageData,
  type OrganisationFacts,
  type PageFacts,
  type PageKind,
} from '../structured-data.ts';
import { declarationEvent, parties } from './data.ts';
import { declarationText } from './declaration-text.ts';
import { localizedPage, parseEntryId, type PageEntry } from './entries.ts';
import { citedSources } from './sources.ts';

type Party = Awaited<ReturnType<typeof parties>>[number];

/** How schema.org names each kind of party; the local firms are not one organisation. */
const partyKinds: Partial<Record<Party['id'], OrganisationFacts['kind']>> = {
  province: 'government',
  city: 'government',
  institute: 'research',
};

export function partyOrganisation(party: Party, locale: Locale) {
  const kind = partyKinds[party.id];
  if (!kind) return undefined;
  const otherNames = [party.shortName[locale], ...localeCodes.filter((code) => code !== locale).map((code) => party.name[code])];
  return organisation({
    kind,
    name: party.name[locale],
    alternateNames: [...new Set(otherNames)].filter((name) => name !== party.name[locale]),
    url: party.url,
  });
}

const pageKinds: Record<string, PageKind> = { about: 'AboutPage', roles: 'CollectionPage', sectors: 'CollectionPage' };

export async function contentStructuredData(options: {
  entry: PageEntry;
  locale: Locale;
  path: string;
  siteName: string;
  /** Absolute URL of a site path. */
  absolute: (sitePath: string) => string;
}) {
  const { entry, locale, path, absolute } = options;
  const facts: PageFacts = {
    url: absolute(path),
    lang: locales[entry.data.lang].lang,
    title: entry.data.title,
    description: entry.data.description,
    lastUpdated: entry.data.lastUpdated,
    site: { name: options.siteName, url: absolute(routes.home(locale)) },
  };
  const key = parseEntryId(entry.id)?.key;
  const allParties = await parties();

  if (entry.collection === 'declaration') {
    const korean = absolute(localizedPath(path, defaultLocale));
    const [event, text, { entry: koreanEntry }] = await Promise.all([
      declarationEvent(),
      declarationText(),
      localizedPage('declaration', 'declaration', defaultLocale),
    ]);
    const reports = await citedSources(entry.data.sources, entry.filePath ?? entry.id);
    const officialUrl = text.officialSource?.url;
    return declarationData({
      ...facts,
      text: text.kind,
      declaration: {
        id: `${korean}#declaration`,
        name: koreanEntry.data.title,
        adopted: event.adopted,
        adoptedBy: allParties
          .filter((party) => party.adopted)
          .flatMap((party) => partyOrganisation(party, locale) ?? []),
        place: event.place[locale],
        officialText: officialUrl,
      },
      basedOn: [
        ...(officialUrl ? [officialUrl] : []),
        ...reports.map((source) => source.url).filter((url) => url !== officialUrl),
      ],
      translationOf: locale === defaultLocale ? undefined : korean,
      translatedAs: locale === defaultLocale ? absolute(localizedPath(path, otherLocale(locale))) : undefined,
    });
  }
  if (entry.collection === 'roles') {
    const party = allParties.find((candidate) => candidate.id === key);
    return webPageData(facts, 'WebPage', party && partyOrganisation(party, locale));
  }
  return webPageData(facts, entry.collection === 'pages' && key ? (pageKinds[key] ?? 'WebPage') : 'WebPage');
}
