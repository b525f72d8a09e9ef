/**
 * Builds the site from the bundled sample content once, before the build and browser tests.
 * Set ETALASE_SKIP_BUILD=1 to reuse an existing dist/ (e.g. `npm run test:unit`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../src/lib/config/env.ts';
import { DIST, ROOT } from './helpers/paths.ts';
import { npmRun } from './helpers/run.ts';

// Both the build and the e2e project list this setup; the site is built only once per run.
const BUILT = Symbol.for('etalase.siteBuilt');
const state = globalThis as typeof globalThis & { [BUILT]?: boolean };

export default function setup(): void {
  if (config().ETALASE_SKIP_BUILD || state[BUILT]) return;
  state[BUILT] = true;
  const started = Date.now();
  const result = npmRun('build', [], { cwd: ROOT });
  if (result.status !== 0 || !existsSync(join(DIST, 'index.html'))) {
    throw new Error(
      `npm run build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  process.stdout.write(
    `[global-setup] site built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
