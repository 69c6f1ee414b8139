import type { APIRoute } from 'astro';
import { faviconPng } from '../lib/site-icons.ts';

export const GET: APIRoute = () => new Response(faviconPng(), { headers: { 'Content-Type': 'image/png' } });
