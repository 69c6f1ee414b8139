/** `/data/<name>.json`: the content as open data, checked against its schema before it is written. */
import type { APIRoute } from 'astro';
import { buildOpenData } from '../../lib/content/build-open-data.ts';
import { openDataNames, openDataSchemas, type OpenDataName } from '../../lib/open-data-schemas.ts';

export function getStaticPaths() {
  return openDataNames.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.file as OpenDataName;
  if (!site) throw new Error('Set `site` in astro.config.mjs (SITE_URL) to publish open data');
  const data = openDataSchemas[name].parse(await buildOpenData(name, site));
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
};
