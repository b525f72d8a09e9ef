/**
 * Runs the content checker before Astro reads any content, so a broken file stops the build
 * with the same report as `npm run check:content` — naming file, field and fix — before
 * anything is written to dist/.
 */
import type { AstroIntegration } from 'astro';
import { contentCheckOnce } from '../lib/content-check/run.ts';

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
    },
  };
}
