/** Serves dist/ for measurements with `astro preview`, the server `npm start` uses, on a free port. */
import { createServer } from 'node:net';
import { preview } from 'astro';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export async function serveDist(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, stop: () => server.stop() };
}
