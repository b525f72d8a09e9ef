/**
 * Builds the Pagefind index after the site is written (Starlight does the same): only pages
 * marked `data-pagefind-body` (product pages) are indexed, one index per `<html lang>`. In
 * development, `/pagefind/` is served from the last build so search works in `npm run dev`.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The product pages in both languages (see `productUrl`). */
const PRODUCT_PAGES = '{produk,en/produk}/*/index.html';

export function searchIndex(outDir: string): AstroIntegration {
  return {
    name: 'etalase:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Product pages only: their QR/GS1 copies (src/lib/landings.ts) carry the same markup.
        const added = await index.addDirectory({ path: site, glob: PRODUCT_PAGES });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
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
