/**
 * Builds the Pagefind index after the site is written (Starlight does the same): only pages
 * marked `data-pagefind-body` (product pages) are indexed, one index per `<html lang>`. In
 * development, `/pagefind/` is served from the last build so search works in `npm run dev`.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { hashFiles, outputCache } from '../lib/build/output-cache.ts';
import { productFolders } from '../lib/links/urls.ts';

/** The product pages in both languages (see `productUrl`). */
const PRODUCT_FOLDERS = productFolders();
const PRODUCT_PAGES = `{${PRODUCT_FOLDERS.join(',')}}/*/index.html`;

/** The files PRODUCT_PAGES matches: what Pagefind reads, so what its index depends on. */
function productPages(site: string): string[] {
  return PRODUCT_FOLDERS.flatMap((folder) =>
    existsSync(join(site, folder))
      ? readdirSync(join(site, folder))
          .map((name) => `${folder}/${name}/index.html`)
          .filter((file) => existsSync(join(site, file)))
      : [],
  );
}

/** Pagefind's version, so a new Pagefind never reuses an index made by the old one. */
function pagefindVersion(root: string): string {
  try {
    const pkg = JSON.parse(
      readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8'),
    ) as { version: string };
    return pkg.version;
  } catch {
    return `unknown ${Date.now()}`; // never matches: the index is always made
  }
}

/**
 * `cacheDir`: where the index of the last builds is kept. When every page Pagefind reads is
 * byte-identical to a kept build's (a rebuild after changes elsewhere), its index is reused.
 */
export function searchIndex(outDir: string, cacheDir: string): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'etalase:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = productPages(site);
        const key = hashFiles(site, pages, `pagefind ${pagefindVersion(root)} ${PRODUCT_PAGES}`);
        const cache = outputCache(resolve(root, cacheDir, 'etalase-pagefind'));
        if (cache.restore(key, join(site, 'pagefind'))) {
          logger.info(
            `search index: ${pages.length} files unchanged, index reused in ${Math.round(performance.now() - started)} ms`,
          );
          return;
        }
        // Pagefind runs a helper process: closed in `finally`, or a failed index would leave
        // it running and the build would never exit.
        let added: { page_count: number };
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Product pages only: their QR/GS1 copies (src/lib/links/landings.ts) carry the same markup.
          const result = await index.addDirectory({ path: site, glob: PRODUCT_PAGES });
          if (result.errors.length) throw new Error(`Pagefind: ${result.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          added = result;
        } finally {
          await pagefind.close();
        }
        cache.store(key, join(site, 'pagefind'));
        logger.info(
          `search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = join(outDir, 'pagefind');
        if (!existsSync(root)) {
          logger.warn(
            'Pencarian memakai indeks dari build terakhir: jalankan "npm run build" sekali agar /cari/ berfungsi di dev. / ' +
              'Search uses the index from the last build: run "npm run build" once for /cari/ to work in dev.',
          );
        } else {
          logger.info(
            `Search in dev uses the index of the last build (${root}); rebuild to refresh it.`,
          );
        }
        server.middlewares.use('/pagefind', (req, res, next) => {
          const file = join(root, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile())
            return next();
          if (file.endsWith('.js')) res.setHeader('Content-Type', 'text/javascript');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
