/**
 * Where the content lives. `CONTENT_DIR` lets tests and benchmarks build the site from another
 * folder (fixtures, generated products) without touching `content/`.
 */
export const CONTENT_DIR: string = process.env['CONTENT_DIR'] ?? 'content';
