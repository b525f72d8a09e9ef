import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The site built from the bundled sample content, once per test run. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
