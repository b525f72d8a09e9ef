/** Reading the built site. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST } from './paths.ts';

/** Every HTML file in dist/, as paths relative to dist/. */
export function htmlFiles(root: string = DIST): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
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
