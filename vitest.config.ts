import { defineConfig } from 'vitest/config';

/**
 * Four layers, all run by `npm test` after the build, one after another
 * (`sequence.groupOrder`):
 *   unit   pure functions in src/lib, src/i18n and scripts/ (no build needed)
 *   build  the built site in dist/, read with an HTML parser
 *   e2e    the built site served locally, driven in Debian's Chromium
 *   edits  every edit of the editing guide applied to one copy of the project,
 *          which is then checked, built and put through the unit, build and
 *          browser tests above (its setup, tests/edits/setup.ts, does the work)
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
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'edits',
          include: ['tests/edits/**/*.test.ts'],
          globalSetup: ['tests/helpers/require-build.ts', 'tests/edits/setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
