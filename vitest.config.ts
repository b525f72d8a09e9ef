import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/sequencer.ts';

/**
 * Three kinds of tests (see README "Tests"):
 * - unit: pure modules in src/lib and src/schemas;
 * - build: read the built site in dist/ (built once by tests/global-setup.ts);
 * - e2e: a real headless Chromium against dist/ served locally.
 */
/**
 * Build and browser test files that run at the same time. Measured on this 2-core machine in
 * README.md ("How long the tests take").
 */
const PARALLEL_FILES = 2;

export default defineConfig({
  test: {
    // Build and browser files start longest first (tests/durations.json), so two workers end
    // together instead of one running a long file alone at the end.
    sequence: { sequencer: LongestFirst },
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
          // Each file's fixture builds run in a project root of its own
          // (tests/helpers/run.ts, `privateProjectRoot`), so files may run side by side.
          maxWorkers: PARALLEL_FILES,
          sequence: { groupOrder: 1 },
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
          // In the same group as the build tests: two files at a time, of either kind. A browser
          // test mostly waits (on pages arriving slowly, on the web editor), a build mostly
          // computes, so two share the two cores of these machines well.
          maxWorkers: PARALLEL_FILES,
          sequence: { groupOrder: 1 },
          // A page that waits on the web editor has more than Vitest's default second: the other
          // file running beside it may hold a core.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
