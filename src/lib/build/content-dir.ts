import { config } from '../config/env.ts';

/**
 * Where the content lives. `CONTENT_DIR` lets tests and benchmarks build the site from another
 * folder (fixtures, generated products) without touching `content/`.
 */
export function contentDir(): string {
  return config().CONTENT_DIR;
}

/**
 * Astro's cache folder for a content folder: the default one for `content/` (kept between CI
 * runs, see README), and for any other folder (tests, benchmarks) a `.astro-cache` inside it,
 * so entries of one folder never leak into a build of another and the cache goes with it.
 */
export function cacheDirFor(contentDir: string): string {
  return contentDir === 'content'
    ? './node_modules/.astro'
    : `${contentDir.replace(/\/$/, '')}/.astro-cache`;
}
