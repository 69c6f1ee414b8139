/** `/data/schema/<name>.schema.json`: JSON Schema of each open-data file, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { href } from '../../../i18n/routing.ts';
import { jsonSchemaOf, openDataNames, type OpenDataName } from '../../../lib/open-data-schemas.ts';

export function getStaticPaths() {
  return openDataNames.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params, site }) => {
  const name = params.file as OpenDataName;
  const id = new URL(href(`/data/schema/${name}.schema.json`), site).href;
  return new Response(`${JSON.stringify(jsonSchemaOf(name, id), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
