/** Reading the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './paths.ts';

/** The web editor's folder: an application, not a page of the site (tests/build/web-editor.test.ts). */
const EDITOR_APP = 'admin';

/** Every HTML page of the site in dist/ (the web editor aside), as paths relative to dist/. */
export function htmlFiles(root: string = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory() && dir === root && entry.name === EDITOR_APP) continue;
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.html')) out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

export function readDist(file: string, root: string = DIST): string {
  return readFileSync(join(root, file), 'utf8');
}

/** URL path of an HTML file: `en/index.html` -> `/en/`, `404.html` -> `/404.html`. */
export function urlPathOf(file: string): string {
  return `/${file}`.replace(/index\.html$/, '');
}

/**
 * Pages that stand for themselves: not noindex (404, labels, retired products, redirects) and
 * not a copy whose canonical URL is elsewhere (QR and GS1 landings). These are the pages with
 * language alternates and a place in the sitemap.
 */
export function isIndexablePage(file: string, origin: string, root: string = DIST): boolean {
  const html = readDist(file, root);
  if (/<meta name="robots" content="noindex">/.test(html)) return false;
  const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
  return canonical === `${origin}${urlPathOf(file)}`;
}
