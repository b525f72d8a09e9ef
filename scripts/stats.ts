/**
 * `npm run stats -- <access.log …> [--out <dir>] [--since YYYY-MM-DD] [--content <dir>]`
 * Counts QR scans, typed short links, GS1 Digital Link resolutions, product page views and
 * searches per product and per WITA day from nginx access logs (plain or gzip-rotated), and
 * writes the totals (JSON, CSV) and the report page (Indonesian and English) to --out.
 * The logic is in src/lib/stats/; this file reads files and writes files.
 */
import { existsSync, statSync } from 'node:fs';
import { witaDayStart } from '../src/lib/stats/wita.ts';
import { parseCliWithFiles, type CliUsage } from './lib/cli.ts';
import { loadStatsCatalogue } from './lib/stats-catalogue.ts';
import { runStats } from './lib/stats-run.ts';

const usage: CliUsage = {
  command: 'npm run stats -- <access.log …> [--out <folder>] [--since YYYY-MM-DD]',
  id: 'Menghitung pindaian QR, tautan pendek, GS1, kunjungan produk dan pencarian per hari (WITA) dari log akses nginx (biasa atau .gz), lalu menulis angka (JSON, CSV) dan halaman laporan.',
  en: 'Counts QR scans, short links, GS1 resolutions, product views and searches per WITA day from nginx access logs (plain or .gz), and writes the totals (JSON, CSV) and the report page.',
  flags: [
    '--out <folder>        Folder hasil (bawaan stats) / Output folder (default stats)',
    '--since YYYY-MM-DD    Hanya sejak hari ini (WITA) / Only from this WITA day on',
    '--content <folder>    Folder konten (bawaan content) / Content folder (default content)',
  ],
};

const { values, positionals: files } = parseCliWithFiles(
  {
    out: { type: 'string', default: 'stats' },
    since: { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
  usage,
);
const fail = (id: string, en: string, code = 2): never => {
  console.error(`✗ ${id}\n  ${en}`);
  process.exit(code);
};
let since: number | undefined;
if (values.since !== undefined) {
  since = witaDayStart(values.since);
  if (since === undefined)
    fail(
      `--since harus tanggal YYYY-MM-DD, mis. 2026-12-01 (bukan "${values.since}").`,
      `--since must be a date YYYY-MM-DD, e.g. 2026-12-01 (not "${values.since}").`,
    );
}

if (files.length === 0)
  fail(
    'Sebutkan berkas log akses, mis. npm run stats -- /var/log/nginx/etalase.access.log*',
    'Name the access log files, e.g. npm run stats -- /var/log/nginx/etalase.access.log*',
  );
for (const f of files)
  if (!existsSync(f) || !statSync(f).isFile())
    fail(`Berkas log tidak ada: ${f}`, `Log file not found: ${f}`);
const started = performance.now();
const catalogue = await loadStatsCatalogue(values.content).catch((error: unknown) =>
  fail(
    `Konten di ${values.content} tidak bisa dibaca: ${(error as Error).message}`,
    `The content in ${values.content} cannot be read (see above).`,
  ),
);
const { totals, damaged } = await runStats({
  files,
  out: values.out,
  since,
  catalogue,
  onDamage: (file, error) =>
    console.error(
      `! ${file}: berkas rusak atau terpotong (${error.message}); baris sebelum kerusakan tetap dihitung.\n  ${file}: damaged or cut-off file; the lines before the damage are counted.`,
    ),
});

const qr = totals.daily.reduce((n, d) => n + d.qr, 0);
console.log(
  `✓ ${totals.lines} baris / lines, ${qr} pindaian QR / QR scans, ${totals.from || '–'} … ${totals.to || '–'} (WITA) → ${values.out}/ (${Math.round(performance.now() - started)} ms)`,
);
if (damaged) process.exit(1);
