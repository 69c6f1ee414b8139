/** The build hands each rendered page to the preview-card integration as soon as it is rendered. */
import type { APIContext } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { listenForRenderedPages, onRequest } from '../../src/integrations/preview-cards-middleware.ts';

const page = '<html lang="ko"><head><meta property="og:title" content="홀로그램"></head></html>';

async function render(body: string, contentType: string, isPrerendered = true): Promise<Response> {
  const context = { isPrerendered } as APIContext;
  const response = await onRequest(context, () =>
    Promise.resolve(new Response(body, { headers: { 'content-type': contentType } })),
  );
  if (!(response instanceof Response)) throw new Error('the middleware returned no response');
  return response;
}

let stop = () => {};
afterEach(() => stop());

describe('preview-cards middleware', () => {
  it('hands each prerendered HTML page to the listener and still returns the whole page', async () => {
    const heard: string[] = [];
    stop = listenForRenderedPages((html) => heard.push(html));
    const response = await render(page, 'text/html; charset=utf-8');
    expect(heard).toEqual([page]);
    expect(await response.text()).toBe(page);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('leaves other files, pages rendered on request, and builds without a listener alone', async () => {
    const heard: string[] = [];
    stop = listenForRenderedPages((html) => heard.push(html));
    await render('{}', 'application/json');
    await render(page, 'text/html', false);
    stop();
    await render(page, 'text/html');
    expect(heard).toEqual([]);
  });
});
