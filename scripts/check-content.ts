/**
 * `npm run check:content [-- --content <folder>]`: validates all content without building the
 * site and reports every problem in every file at once. Exit code 1 when anything is wrong.
 */
import { config } from '../src/lib/config/env.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';
import { parseCli } from './lib/cli.ts';

const values = parseCli(
  { content: { type: 'string' } },
  {
    command: 'npm run check:content -- [--content <folder>]',
    id: 'Memeriksa semua isi konten tanpa membangun situs dan melaporkan setiap masalah (berkas, kolom, baris).',
    en: 'Checks all content without building the site and reports every problem (file, field, line).',
    flags: [
      '--content <folder>  Folder konten (bawaan: content) / Content folder (default: content)',
    ],
  },
);
const contentDir = values.content ?? config().CONTENT_DIR;

const { result, report, ms } = await runContentCheck(contentDir);
if (report) {
  console.error(report);
  process.exit(1);
}
console.log(
  `✓ ${result.products.length} produk, ${result.categories.length} kategori: tidak ada masalah (${Math.round(ms)} ms).\n` +
    `✓ ${result.products.length} products, ${result.categories.length} categories: no problems (${Math.round(ms)} ms).`,
);
