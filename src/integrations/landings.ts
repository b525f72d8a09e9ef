/**
 * Writes the QR and GS1 landings (`/P/<CODE>/`, `/p/<CODE>/`, `/01/<GTIN-14>/`) after Astro has
 * rendered the product pages: each is a copy of `/produk/<slug>/index.html` (canonical to it),
 * lowercase codes included. See src/lib/links/landings.ts for why copies.
 * In `astro dev` the same addresses are served from the product page by a middleware.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentCheckOnce } from '../lib/content-check/run.ts';
import { isCaseSensitiveFs } from '../lib/build/fs-case.ts';
import { landingPlan, type LandingProduct } from '../lib/links/landings.ts';
import { productUrl } from '../lib/links/urls.ts';

async function landingProducts(contentDir: string): Promise<LandingProduct[]> {
  const { result } = await contentCheckOnce(contentDir);
  return result.products.map((p) => ({
    slug: p.slug,
    qr: p.data.qr,
    gtin14: p.data.gtin?.gtin14,
  }));
}

export function landings(contentDir: string, opts: { placeholder: boolean }): AstroIntegration {
  let caseSensitive = true;
  let building = false;
  return {
    name: 'etalase:landings',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        // Only a build writes landings (dev, preview and check must work on any machine).
        if (!building) return;
        // Where `p` and `P` are one folder (macOS, Windows), /P/<CODE>/ cannot be written.
        caseSensitive = isCaseSensitiveFs(fileURLToPath(config.outDir));
        if (caseSensitive) return;
        if (!opts.placeholder) {
          // QR codes encode /P/<CODE>/: a production build without it would print dead codes.
          throw new Error(
            'Sistem berkas ini tidak membedakan huruf besar/kecil (macOS/Windows): bangun situs produksi di Linux (CI). / ' +
              'This file system is case-insensitive (macOS/Windows): build the production site on Linux (CI), where /P/<CODE>/ can be written.',
          );
        }
        logger.warn(
          'case-insensitive file system: preview build with /p/<CODE>/ short links only.',
        );
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const plan = landingPlan(await landingProducts(contentDir), { caseSensitive });
        for (const { from, to } of plan.copies) {
          const source = join(out, from);
          // Never leave a printed address dead: a missing product page stops the build.
          if (!existsSync(source)) throw new Error(`landing ${to}: ${from} was not built`);
          mkdirSync(dirname(join(out, to)), { recursive: true });
          copyFileSync(source, join(out, to));
        }
        logger.info(
          `${plan.copies.length} QR/GS1 landings in ${Math.round(performance.now() - started)} ms`,
        );
      },
      'astro:server:setup': async ({ server }) => {
        const products = await landingProducts(contentDir);
        const byCode = new Map(products.flatMap((p) => (p.qr ? [[p.qr, p.slug] as const] : [])));
        const byGtin = new Map(
          products.flatMap((p) => (p.gtin14 ? [[p.gtin14, p.slug] as const] : [])),
        );
        // Dev: show the product page at its printed addresses, like the build's copies (a code in
        // lowercase shows it too, where the build redirects). Codes added while the dev server
        // runs need a restart.
        server.middlewares.use((req, _res, next) => {
          const [path = '/', query] = (req.url ?? '/').split('?');
          const code = /^\/[pP]\/([0-9A-Za-z]+)\/?$/.exec(path)?.[1]?.toUpperCase();
          const gtin = /^\/01\/(\d{14})\/?$/.exec(path)?.[1];
          const slug = (code && byCode.get(code)) || (gtin && byGtin.get(gtin));
          if (slug) req.url = productUrl(slug, 'id') + (query === undefined ? '' : `?${query}`);
          next();
        });
      },
    },
  };
}
