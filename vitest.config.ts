import { defineConfig } from 'vitest/config';

/**
 * Three layers, all run by `npm test` after the build:
 *   unit   pure functions in src/lib, src/i18n and scripts/ (no build needed)
 *   build  the built site in dist/, read with an HTML parser
 *   e2e    the built site served locally, driven in Debian's Chromium
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/require-build.ts'],
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/require-build.ts', 'tests/helpers/serve-dist.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time keeps the 2-core CI machine responsive.
          fileParallelism: false,
        },
      },
    ],
  },
});
