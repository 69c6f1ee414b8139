/** Serves dist/ for measurements with `astro preview`, the server `npm start` uses, on a free port. */
import { preview } from 'astro';
import { freePort } from '../lib/free-port.ts';

export async function serveDist(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
