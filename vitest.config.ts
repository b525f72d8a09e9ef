import { defineConfig } from 'vitest/config';

/**
 * Three kinds of tests (see README "Tests"):
 * - unit: pure modules in src/lib and src/schemas;
 * - build: read the built site in dist/ (built once by tests/global-setup.ts);
 * - e2e: a real headless Chromium against dist/ served locally.
 */
export default defineConfig({
  test: {
    // `npm run test:coverage`: what the unit tests cover of the pure modules. The thresholds sit
    // a little under the coverage measured when they were set, so coverage can only drift so far.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/schemas/**/*.ts'],
      // Modules that need Astro or a built site are covered by the build tests instead.
      exclude: [
        'src/lib/catalogue/catalogue-load.ts',
        'src/lib/views/routes.ts',
        'src/lib/open-data/row-load.ts',
      ],
      reporter: ['text-summary'],
      reportOnFailure: true,
      // Measured on 2026-11-29: lines 90.1%, functions 93.3%, branches 80.5%, statements 89.5%.
      thresholds: { lines: 88, functions: 90, branches: 78, statements: 87 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Type tests (tests/types/*.test-d.ts) run through tsc with the unit tests.
          typecheck: { enabled: true, include: ['tests/types/**/*.test-d.ts'] },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          globalSetup: ['tests/global-setup.ts'],
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // One file at a time: several files run `astro build` on fixture content, and two
          // builds in one project would share its .astro/ folder (generated content modules).
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          globalSetup: ['tests/global-setup.ts'],
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
