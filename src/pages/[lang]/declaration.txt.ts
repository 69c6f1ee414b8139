/** `/ko/declaration.txt`, `/en/declaration.txt`: the declaration as a file (`lib/content/declaration-copies.ts`). */
import type { APIRoute } from 'astro';
import { localeCodes, type Locale } from '../../i18n/locales.ts';
import { declarationCopy } from '../../lib/content/declaration-copies.ts';

export function getStaticPaths() {
  return localeCodes.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = ({ params }) => declarationCopy(params.lang as Locale, 'txt');
