import { fileURLToPath } from 'node:url';
import { config } from '../../src/lib/config/env.ts';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The site built from the bundled sample content, once per test run. `ETALASE_DIST` points the
 * build and browser tests at another built site (e.g. a deliberately broken copy).
 */
export const DIST = config().ETALASE_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url));
