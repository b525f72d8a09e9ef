/**
 * `npm run import:template [-- --out <file>] [--content <folder>]`: writes templat-produk.xlsx,
 * the spreadsheet `npm run import:products` reads (columns from the product schema, dropdowns,
 * text columns, instructions, NTT's villages). The site publishes the same file at
 * /data/templat-produk.xlsx.
 */
import { contentDir as contentDirFromEnv } from '../src/lib/build/content-dir.ts';
import { writeFileSync } from 'node:fs';
import { loadAreas } from '../src/lib/places/areas-load.ts';
import { TEMPLATE_FILE, writeTemplate } from '../src/lib/import/template.ts';
import { parseCli } from './lib/cli.ts';
import { readCatalogue } from './lib/import-run.ts';

const values = parseCli(
  { out: { type: 'string' }, content: { type: 'string' } },
  {
    command: 'npm run import:template -- [--out <berkas.xlsx>] [--content <folder>]',
    id: `Menulis ${TEMPLATE_FILE}: templat spreadsheet untuk npm run import:products.`,
    en: `Writes ${TEMPLATE_FILE}: the spreadsheet template for npm run import:products.`,
    flags: [
      `--out <file>        Berkas keluaran (bawaan: ${TEMPLATE_FILE}) / Output file`,
      '--content <folder>  Folder konten (bawaan: content) / Content folder (default: content)',
    ],
  },
);
const contentDir = values.content ?? contentDirFromEnv();
const out = values.out ?? TEMPLATE_FILE;
const { categories } = readCatalogue(contentDir);
const areas = await loadAreas();
writeFileSync(out, await writeTemplate({ areas, categories }));
console.log(
  `✓ ${out}: ${categories.length} kategori, ${areas.villages.size} desa. Isi lembar "Produk", lalu: npm run import:products -- ${out}\n` +
    `✓ ${out}: ${categories.length} categories, ${areas.villages.size} villages. Fill in the "Produk" sheet, then: npm run import:products -- ${out}`,
);
