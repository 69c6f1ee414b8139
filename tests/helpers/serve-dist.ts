/**
 * Serves the built site for the browser tests with `astro preview`, the same
 * server `npm start` uses, on a free port. The URL reaches tests through
 * `inject('baseUrl')`.
 */
import { createServer } from 'node:net';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

export async function freePort(): Promise<number> {
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

export default async function serveDist(project: TestProject) {
  const port = await freePort();
  const server = await preview({ logLevel: 'error', server: { host: '127.0.0.1', port } });
  const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  project.provide('baseUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => {
    await server.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
