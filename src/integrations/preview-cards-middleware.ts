/**
 * Added by the preview-cards integration to `astro build` only: hands the
 * HTML of each page, as soon as it is rendered, to the integration, which
 * starts drawing the page's card while the next pages render. The card still
 * comes from the page's own `<head>`, exactly as after the build.
 */
import type { MiddlewareHandler } from 'astro';

/** Where the integration listens, for the length of a build. */
const pageListenerKey = Symbol.for('gumi-declaration.preview-cards.page-rendered');

type PageListener = (html: string) => void;
const listeners = globalThis as Record<symbol, PageListener | undefined>;

/** Calls `listener` with the HTML of each page rendered from now on, until the returned function is called. */
export function listenForRenderedPages(listener: PageListener): () => void {
  listeners[pageListenerKey] = listener;
  return () => {
    listeners[pageListenerKey] = undefined;
  };
}

export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  const listener = listeners[pageListenerKey];
  if (!listener || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) {
    return response;
  }
  // Read once and handed on as text: cheaper than teeing the body with clone().
  const html = await response.text();
  listener(html);
  return new Response(html, response);
};
