/**
 * Serves the built site for the browser tests with `astro preview`, the same
 * server `npm start` uses, on a free port. The URL reaches tests through
 * `inject('baseUrl')`.
 */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/lib/free-port.ts';

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
