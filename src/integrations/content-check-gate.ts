/**
 * `npm run build` (scripts/build.ts) starts Astro while the content check is
 * still running, so that Astro's start-up (loading the config, syncing the
 * content, about 3 s for a large site) overlaps the check. This integration
 * holds the build at `astro:build:start`, after Astro has read the content
 * and before it empties `dist/`, until the build script says the check has
 * passed. A failed check stops Astro there, before it writes anything.
 *
 * Astro started any other way (`astro build`, the tests) does not wait.
 */
import type { AstroIntegration } from 'astro';

/** Set by the build script in the environment of the Astro it starts with an IPC channel. */
export const waitForContentCheckVariable = 'WAIT_FOR_CONTENT_CHECK';
/** What the build script sends Astro when the check has passed. */
export const contentCheckedMessage = 'content-checked';

function contentChecked(): Promise<void> {
  return new Promise((resolve, reject) => {
    process.once('message', (message) => {
      if (message === contentCheckedMessage) resolve();
      else reject(new Error(`the build script sent an unexpected message: ${JSON.stringify(message)}`));
      // The channel would keep Astro running after its build; closed once Node has finished with this message.
      setImmediate(() => process.disconnect());
    });
    process.once('disconnect', () =>
      reject(new Error('npm run build stopped before the content check had passed')),
    );
  });
}

export function contentCheckGate(): AstroIntegration {
  return {
    name: 'content-check-gate',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        if (process.env[waitForContentCheckVariable] !== '1' || !process.send) return;
        const started = performance.now();
        await contentChecked();
        const waited = (performance.now() - started) / 1000;
        if (waited >= 0.1) logger.info(`waited ${waited.toFixed(1)} s for the content check`);
      },
    },
  };
}
