/** `/robots.txt`: everything may be crawled; the sitemap lists every page with its language versions. */
import type { APIRoute } from 'astro';
import { href, routes } from '../i18n/routing.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href(routes.sitemap()), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
