/**
 * `npm run catalogue:pdf -- [--lang id|en] [--size A4|A5] [--out file.pdf] [--preview]`
 * Prints the catalogue for exhibitions (`/katalog-cetak/`, `/en/katalog-cetak/`) from the built
 * site to PDF through Chromium, like `npm run labels`. Page numbers of the contents and the index
 * are learnt from a first print (Poppler's `pdftotext` finds the page of each product's short
 * link) and written into the page before the final print. Refuses a build whose SITE_URL is the
 * placeholder (its QR codes would lead nowhere) unless told it is a preview, and a build with an
 * active product that has no QR code yet.
 */
import { config } from '../src/lib/config/env.ts';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { t } from '../src/i18n/index.ts';
import { LOCALES, type Locale } from '../src/lib/text/locales.ts';
import { pagesOfMarkers, splitPdfText } from '../src/lib/views/print-catalogue.ts';
import { printCatalogueUrl } from '../src/lib/links/urls.ts';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { parseCli } from './lib/cli.ts';
import { ensurePopplerTool } from './lib/poppler.ts';
import { printablePage } from './lib/print-guard.ts';
import { serveDist } from './lib/static-server.ts';

const SIZES = ['A4', 'A5'] as const;

const values = parseCli(
  {
    lang: { type: 'string', default: 'id' },
    size: { type: 'string', default: 'A4' },
    out: { type: 'string' },
    preview: { type: 'boolean', default: false },
    dist: { type: 'string', default: config().ETALASE_OUT_DIR },
  },
  {
    command: 'npm run catalogue:pdf -- [--lang id|en] [--size A4|A5] [--out file.pdf] [--preview]',
    id: 'Mencetak katalog pameran (sampul, pengantar, daftar isi, semua produk aktif dengan kode QR, indeks) dari situs yang sudah dibangun ke PDF.',
    en: 'Prints the exhibition catalogue (cover, introduction, contents, every active product with its QR code, index) from the built site to PDF.',
    flags: [
      '--lang id|en      Bahasa katalog (bawaan id) / Catalogue language (default id)',
      '--size A4|A5      Ukuran kertas (bawaan A4) / Paper size (default A4)',
      '--out <file.pdf>  Nama berkas PDF / PDF file name',
      '--preview         PDF pratinjau dari build tanpa SITE_URL / Preview PDF from a build without SITE_URL',
      '--dist <folder>   Folder hasil build (bawaan dist) / Built site folder (default dist)',
    ],
  },
);
const lang = values.lang ?? 'id';
if (!(LOCALES as readonly string[]).includes(lang)) {
  console.error('✗ --lang harus id atau en. / --lang must be id or en.');
  process.exit(1);
}
const locale = lang as Locale;
const size = (values.size ?? 'A4').toUpperCase();
if (!(SIZES as readonly string[]).includes(size)) {
  console.error('✗ --size harus A4 atau A5. / --size must be A4 or A5.');
  process.exit(1);
}
const dist = values.dist ?? 'dist';
const path = printCatalogueUrl(locale);
const file = join(dist, path, 'index.html');
const html = printablePage(file, values.preview === true);
const isPreviewBuild = html.includes('data-preview');
// Every product in a printed catalogue needs its permanent code (assigned before a deploy by
// publish:prepare, locally by qr:assign): without one it would print without a QR.
const uncoded = [...html.matchAll(/data-product="([^"]+)" data-no-code/g)].map((m) => m[1]);
if (uncoded.length) {
  console.error(
    `✗ Produk tanpa kode QR: ${uncoded.join(', ')}. Jalankan npm run qr:assign, lalu npm run build.\n` +
      `  Products without a QR code: ${uncoded.join(', ')}. Run npm run qr:assign, then npm run build.`,
  );
  process.exit(1);
}
const out = values.out ?? `katalog-${locale}-${size.toLowerCase()}.pdf`;

/** Prints the page as it is now. */
function print(page: Page): Promise<Buffer> {
  // The page's own @page rule gives the margins and the page numbers; the size is chosen here.
  return page.pdf({ format: size, printBackground: true, outline: true, tagged: true });
}

/** The text of each page of a PDF, by Poppler's pdftotext (what a print shop's tools read). */
function pdfPages(pdf: Buffer, dir: string): string[] {
  const where = join(dir, 'pass.pdf');
  writeFileSync(where, pdf);
  const r = spawnSync(ensurePopplerTool('pdftotext'), ['-layout', where, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`pdftotext failed: ${r.stderr}`);
  return splitPdfText(r.stdout);
}

/**
 * Learns each product's page from a print and writes it into the page's empty slots. Returns
 * true when every slot already showed the page it now has (the layout has settled).
 */
async function fillPageNumbers(page: Page, pages: string[], locale: Locale): Promise<boolean> {
  const markers = await page.$$eval('[data-marker]', (els) =>
    els.filter((e) => e.tagName === 'P').map((e) => e.textContent?.trim() ?? ''),
  );
  const found = pagesOfMarkers(pages, markers);
  const missing = markers.filter((m) => !found.has(m));
  if (missing.length) {
    throw new Error(
      `Short links missing from the printed text (cut or hidden?): ${missing.join(', ')}`,
    );
  }
  // The index starts on the page after the last product.
  const last = Math.max(...found.values());
  const heading = t(locale, 'printCatalogue.index');
  const index = pagesOfMarkers(pages.slice(last), [heading]).get(heading);
  const numbers: Record<string, number> = Object.fromEntries(found);
  if (index) numbers['#index'] = index + last;
  return page.$$eval(
    '[data-page-of]',
    (slots, numbers) => {
      let settled = true;
      for (const slot of slots) {
        const n = numbers[slot.getAttribute('data-page-of') ?? ''];
        const text = n === undefined ? '' : String(n);
        if (slot.textContent !== text) settled = false;
        slot.textContent = text;
      }
      return settled;
    },
    numbers,
  );
}

/** Prints, fills in the page numbers, prints again until they hold; writes the PDF. */
async function printCatalogue(page: Page): Promise<void> {
  let pdf = await print(page);
  // Writing the numbers cannot move a product (each slot keeps its width), so a second print
  // settles it; a third pass only checks.
  for (let pass = 0; pass < 3; pass++) {
    if (await fillPageNumbers(page, pdfPages(pdf, work), locale)) break;
    pdf = await print(page);
  }
  writeFileSync(out, pdf);
  const pages = pdfPages(pdf, work).length;
  const mb = (statSync(out).size / 1024 / 1024).toFixed(1);
  console.log(
    `✓ ${out}: ${pages} halaman / pages, ${mb} MB${isPreviewBuild ? ' (PRATINJAU / PREVIEW)' : ''}`,
  );
}

// resolve(): --dist may be absolute (a test's build) or relative to the project.
const server = await serveDist(resolve(dist));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const work = mkdtempSync(join(tmpdir(), 'etalase-catalogue-'));
try {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.origin + path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await printCatalogue(page);
} finally {
  rmSync(work, { recursive: true, force: true });
  await browser.close();
  await server.close();
}
