/**
 * Runs the content checker before Astro reads any content, so a broken file stops the build
 * with the same report as `npm run check:content` — naming file, field and fix — before
 * anything is written to dist/.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { contentCheckOnce } from '../lib/content-check/run.ts';
import { gtin13Of } from '../lib/validators/gtin.ts';
import { redirectsFile } from '../lib/gs1.ts';

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'etalase:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { result, report, ms } = await contentCheckOnce(contentDir);
        if (report) {
          console.error(`\n${report}\n`);
          if (command === 'dev') {
            // Keep the dev server up: the editor fixes the file and reloads.
            logger.error('Content has problems (see above); pages using them will fail.');
            return;
          }
          console.error(
            `Isi konten bermasalah; situs tidak dibangun. / Content has problems; the site was not built.`,
          );
          // Exit here rather than throw: a stack trace would bury the report editors need.
          process.exit(1);
        }
        logger.info(`${result.products.length} products checked in ${Math.round(ms)} ms`);
      },
      // Files static hosts read that no page produces: `_redirects` (Netlify, Cloudflare Pages).
      'astro:build:done': async ({ dir }) => {
        const { result } = await contentCheckOnce(contentDir);
        const products = result.products.map((p) => ({
          qr: p.data.qr,
          gtin14: p.data.gtin?.gtin14,
          gtin13: p.data.gtin ? gtin13Of(p.data.gtin.gtin14) : undefined,
        }));
        writeFileSync(new URL('_redirects', dir), redirectsFile(products));
      },
    },
  };
}
