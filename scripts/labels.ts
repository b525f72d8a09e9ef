/**
 * `npm run labels [-- --code ABCD] [--size 20|25|30] [--out labels.pdf] [--preview]`
 * Prints the A4 label sheet (or one product's label) from the built site to PDF through
 * Chromium, for the print shop. Refuses to make a print file from a build whose SITE_URL is the
 * placeholder (its QR codes would lead nowhere) unless told it is a preview.
 */
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { config } from '../src/lib/config/env.ts';
import { labelSheetUrl, labelUrl } from '../src/lib/links/urls.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { parseCli } from './lib/cli.ts';
import { printablePage } from './lib/print-guard.ts';
import { serveDist } from './lib/static-server.ts';

const values = parseCli(
  {
    code: { type: 'string' },
    size: { type: 'string', default: '20' },
    out: { type: 'string' },
    preview: { type: 'boolean', default: false },
    dist: { type: 'string', default: config().ETALASE_OUT_DIR },
  },
  {
    command: 'npm run labels -- [--code ABCD] [--size 20|25|30] [--out file.pdf] [--preview]',
    id: 'Mencetak lembar label A4 (atau label satu produk) dari situs yang sudah dibangun ke PDF.',
    en: "Prints the A4 label sheet (or one product's label) from the built site to PDF.",
    flags: [
      '--code <KODE>     Satu produk saja / One product only',
      '--size 20|25|30   Lebar kode QR dalam mm (bawaan 20) / QR width in mm (default 20)',
      '--out <file.pdf>  Nama berkas PDF / PDF file name',
      '--preview         PDF pratinjau dari build tanpa SITE_URL / Preview PDF from a build without SITE_URL',
      '--dist <folder>   Folder hasil build (bawaan dist) / Built site folder (default dist)',
    ],
  },
);
const dist = values.dist ?? 'dist';
const size = values.size ?? '20';
if (!['20', '25', '30'].includes(size)) {
  console.error('✗ --size harus 20, 25 atau 30 (mm). / --size must be 20, 25 or 30 (mm).');
  process.exit(1);
}
const code = values.code?.trim().toUpperCase();
const path = code ? labelUrl(code) : labelSheetUrl();
const file = join(dist, path, 'index.html');
const isPreviewBuild = printablePage(file, values.preview === true, {
  id: 'dan periksa kodenya',
  en: 'and check the code',
}).includes('data-preview');
const out =
  values.out ?? (values.code ? `label-${values.code}-${size}mm.pdf` : `labels-${size}mm.pdf`);

// resolve(): --dist may be absolute (a test's build) or relative to the project.
const server = await serveDist(resolve(dist));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.origin + path);
  await page.check(`#qr-${size}`);
  await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
  console.log(`✓ ${out}${isPreviewBuild ? ' (PRATINJAU / PREVIEW)' : ''}`);
} finally {
  await browser.close();
  await server.close();
}
