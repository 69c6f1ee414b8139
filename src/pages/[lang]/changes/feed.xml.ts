/** `/<lang>/changes/feed.xml`: the change log as an Atom feed in one language. */
import type { APIRoute } from 'astro';
import { localeCodes, locales, type Locale } from '../../../i18n/locales.ts';
import { href, routes } from '../../../i18n/routing.ts';
import { useTranslations } from '../../../i18n/ui.ts';
import { atomFeed } from '../../../lib/atom.ts';
import { changes } from '../../../lib/content/data.ts';
import { license } from '../../../lib/open-data-schemas.ts';

export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const locale = params.lang as Locale;
  const t = useTranslations(locale);
  const absolute = (path: string) => new URL(href(path), site).href;
  const page = absolute(routes.changes(locale));
  const body = atomFeed({
    id: page,
    title: `${t('site.name')} · ${t('changes.title')}`,
    lang: locales[locale].lang,
    link: page,
    self: absolute(routes.changesFeed(locale)),
    rights: license,
    author: t('site.name'),
    entries: (await changes()).map((change) => ({
      id: `${page}#change-${change.id}`,
      title: change.title[locale],
      updated: change.date,
      link: `${page}#change-${change.id}`,
      summary: change.detail?.[locale],
    })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
