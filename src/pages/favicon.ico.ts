import type { APIRoute } from 'astro';
import { faviconIco } from '../lib/site-icons.ts';

export const GET: APIRoute = () =>
  new Response(faviconIco(), { headers: { 'Content-Type': 'image/x-icon' } });
