/**
 * Builds the site from the bundled sample content once, before the build and browser tests.
 * Set ETALASE_SKIP_BUILD=1 to reuse an existing dist/ (e.g. `npm run test:unit`).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/lib/config/env.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import { npmRun, privateProjectRoot, SITE_CACHE } from './helpers/run.ts';

// Both the build and the e2e project list this setup; the site is built only once per run.
const BUILT = Symbol.for('etalase.siteBuilt');
const state = globalThis as typeof globalThis & { [BUILT]?: boolean };

export default function setup(): void {
  if (config().ETALASE_SKIP_BUILD || state[BUILT]) return;
  state[BUILT] = true;
  const started = Date.now();
  // In a root of its own, like every test build, so `npm run check` (run beside the tests by
  // scripts/test.ts) may write the repository's `.astro/` meanwhile. Into the repository's dist/.
  // It starts from the cache of the last run's build, never the repository's cache, which
  // `npm run check` may be writing right now.
  const root = privateProjectRoot([SITE_CACHE]);
  const result = npmRun('build', [], {
    cwd: root,
    env: { ETALASE_OUT_DIR: join(ROOT, 'dist') },
  });
  if (result.status !== 0 || !existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  // Test builds of the bundled content start from this build's cache (tests/helpers/run.ts).
  rmSync(SITE_CACHE, { recursive: true, force: true });
  cpSync(join(root, 'node_modules/.astro'), SITE_CACHE, { recursive: true });
  process.stdout.write(
    `[global-setup] site built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
