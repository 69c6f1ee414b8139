/**
 * The preview card (`og:image`) of every page: `/og/ko/sectors/5g.png` for
 * `/ko/sectors/5g/`, `/og/index.png` for `/`. Each card shows the title its
 * page shows, read from the same content; `tests/build/sharing.test.ts`
 * checks every page's card against the page's own tags.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routing.ts';
import { dictionaries, useTranslations } from '../../i18n/ui.ts';
import { loadCardFonts } from '../../lib/cards/card-fonts.ts';
import { cardFacts } from '../../lib/cards/card-facts.ts';
import { renderCard, type CardSpec } from '../../lib/cards/render-card.ts';
import { localizedPages } from '../../lib/content/entries.ts';
import { colourTokens } from '../../lib/design-tokens.ts';

interface CardPage {
  path: string;
  locale: Locale;
  title: string;
  section?: string | undefined;
}

async function cardPages(): Promise<CardPage[]> {
  const pages: CardPage[] = [
    {
      path: '/',
      locale: defaultLocale,
      title: localeCodes.map((code) => dictionaries[code]['site.name']).join(' · '),
    },
  ];
  for (const locale of localeCodes) {
    const t = useTranslations(locale);
    pages.push(
      { path: routes.search(locale), locale, title: t('nav.search') },
      { path: routes.bilingualDeclaration(locale), locale, title: t('bilingual.title') },
    );
  }
  // A page not yet translated shows the title of the edition that exists.
  const collectionPages = async (
    collection: 'declaration' | 'roles' | 'sectors' | 'pages',
    path: (locale: Locale, key: string) => string,
    section?: (locale: Locale) => string,
  ) =>
    (await localizedPages(collection)).map(({ locale, key, entry }) => ({
      path: path(locale, key),
      locale,
      title: entry.data.title,
      section: section?.(locale),
    }));
  pages.push(
    ...(await collectionPages('declaration', routes.declaration)),
    ...(await collectionPages('roles', routes.role, (locale) => useTranslations(locale)('nav.roles'))),
    ...(await collectionPages('sectors', routes.sector, (locale) => useTranslations(locale)('nav.sectors'))),
    ...(await collectionPages('pages', (locale, key) =>
      key === 'home' ? routes.home(locale) : routes.page(locale, key),
    )),
  );
  return pages;
}

export const getStaticPaths = (async () => {
  const facts = Object.fromEntries(
    await Promise.all(localeCodes.map(async (locale) => [locale, await cardFacts(locale)] as const)),
  ) as Record<Locale, Awaited<ReturnType<typeof cardFacts>>>;
  return (await cardPages()).map(({ path, locale, title, section }) => {
    const spec: CardSpec = {
      lang: locales[locale].lang,
      siteName: useTranslations(locale)('site.name'),
      title,
      section,
      facts: facts[locale],
    };
    return {
      params: { card: routes.previewCard(path).slice('/og/'.length, -'.png'.length) },
      props: { spec },
    };
  });
}) satisfies GetStaticPaths;

const fonts = loadCardFonts(process.cwd());

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.spec, colourTokens(), await fonts)), {
    headers: { 'Content-Type': 'image/png' },
  });
