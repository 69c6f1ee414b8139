/**
 * The preview card (`og:image`) of every page: `/og/ko/sectors/5g.png` for
 * `/ko/sectors/5g/`, `/og/index.png` for `/`. Each card shows the title its
 * page shows, read from the same content; `tests/build/sharing.test.ts`
 * checks every page's card against the page's own tags.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { defaultLocale, localeCodes, locales, type Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routing.ts';
import { dictionaries, useTranslations, type UiKey } from '../../i18n/ui.ts';
import { loadCardFonts } from '../../lib/cards/card-fonts.ts';
import { cardFacts } from '../../lib/cards/card-facts.ts';
import { renderCard, type CardSpec } from '../../lib/cards/render-card.ts';
import { pageCollections } from '../../lib/content/collections.ts';
import { localizedPages, type PageCollection } from '../../lib/content/entries.ts';
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
  // Every page of the content, where the route table puts it; a page not yet translated shows the title
  // of the edition that exists.
  const sections: Partial<Record<PageCollection, UiKey>> = { roles: 'nav.roles', sectors: 'nav.sectors' };
  for (const collection of Object.keys(pageCollections) as PageCollection[]) {
    const section = sections[collection];
    for (const { locale, path, entry } of await localizedPages(collection)) {
      pages.push({
        path,
        locale,
        title: entry.data.title,
        section: section && useTranslations(locale)(section),
      });
    }
  }
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
