import type { APIRoute } from 'astro';
import { appleTouchIconPng } from '../lib/site-icons.ts';

export const GET: APIRoute = () =>
  new Response(appleTouchIconPng(), { headers: { 'Content-Type': 'image/png' } });
