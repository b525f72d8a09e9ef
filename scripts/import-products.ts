/**
 * `npm run import:products -- <file.xlsx|file.csv> [--photos <folder>] [--dry-run]`: creates
 * or updates product folders from a spreadsheet (the template of `npm run import:template`,
 * or the published /data/products.csv). Every problem of every row is listed in one run; with
 * any problem nothing is written. There is no partial mode. The logic is src/lib/import/.
 */
import { contentDir as contentDirFromEnv } from '../src/lib/build/content-dir.ts';
import { existsSync, statSync } from 'node:fs';
import * as p from '@clack/prompts';
import { formatMessages, summariseNotes } from '../src/lib/import/plan.ts';
import { parseCliWithFiles, type CliUsage } from './lib/cli.ts';
import { applyPlan, planFromFiles } from './lib/import-run.ts';

const usage: CliUsage = {
  command:
    'npm run import:products -- <berkas.xlsx|berkas.csv> [--photos <folder>] [--dry-run] [--content <folder>]',
  id: 'Membuat atau memperbarui produk dari spreadsheet. Semua masalah semua baris dilaporkan sekaligus; bila ada masalah, tidak ada yang ditulis.',
  en: 'Creates or updates products from a spreadsheet. Every problem of every row is reported at once; with any problem, nothing is written.',
  flags: [
    '--photos <folder>   Folder foto; kolom "Foto utama" menyebut nama berkasnya / Photo folder named by the "Foto utama" column',
    '--dry-run           Hanya tampilkan yang akan dibuat/diubah / Only show what would be created/changed',
    '--content <folder>  Folder konten (bawaan: content) / Content folder (default: content)',
  ],
};

const { values, positionals } = parseCliWithFiles(
  {
    photos: { type: 'string' },
    'dry-run': { type: 'boolean' },
    content: { type: 'string' },
  },
  usage,
);
const file = positionals[0];
const fail = (id: string, en: string): never => {
  console.error(`✗ ${id}\n  ${en}`);
  process.exit(2);
};
if (!file || positionals.length > 1) {
  fail(
    `Sebutkan satu berkas spreadsheet. Pemakaian: ${usage.command}`,
    `Name one spreadsheet file. Usage: ${usage.command}`,
  );
}
const sheetFile = file as string;
if (!existsSync(sheetFile) || !statSync(sheetFile).isFile()) {
  fail(`Berkas ${sheetFile} tidak ada.`, `File ${sheetFile} does not exist.`);
}
if (!/\.(xlsx|csv|txt)$/i.test(sheetFile)) {
  fail(
    `${sheetFile}: hanya .xlsx atau .csv yang bisa diimpor. Berkas .xls lama: buka di Excel lalu simpan sebagai .xlsx.`,
    `${sheetFile}: only .xlsx or .csv can be imported. An old .xls file: open it in Excel and save it as .xlsx.`,
  );
}
const photosDir = values.photos;
if (photosDir && (!existsSync(photosDir) || !statSync(photosDir).isDirectory())) {
  fail(`Folder foto ${photosDir} tidak ada.`, `Photo folder ${photosDir} does not exist.`);
}
const contentDir = values.content ?? contentDirFromEnv();
const dryRun = values['dry-run'] === true;

const started = performance.now();
// A bar on a terminal for long sheets; a log or a pipe gets no animation.
let bar: ReturnType<typeof p.progress> | undefined;
const plan = await planFromFiles({
  file: sheetFile,
  contentDir,
  photosDir,
  onProgress: (done, total) => {
    if (total < 50 || !process.stderr.isTTY) return;
    if (!bar) {
      bar = p.progress({ max: total, output: process.stderr });
      bar.start('Memeriksa baris / Checking rows');
    }
    if (done === total) bar.stop(`${total} baris diperiksa / rows checked`);
    else if (done > 0) bar.advance(1, `Baris / Row ${done}/${total}`);
  },
});
const ms = Math.round(performance.now() - started);

if (plan.notes.length) {
  console.log(`Catatan / Notes:\n${formatMessages(summariseNotes(plan.notes))}\n`);
}
if (plan.problems.length) {
  console.error(formatMessages(plan.problems));
  console.error(
    `\n✗ ${plan.problems.length} masalah di ${plan.rows} baris: tidak ada berkas yang ditulis. Perbaiki spreadsheet lalu impor lagi.\n` +
      `✗ ${plan.problems.length} problem(s) in ${plan.rows} rows: nothing was written. Fix the spreadsheet and import again.`,
  );
  process.exit(1);
}

const verb = dryRun
  ? { id: 'akan dibuat', en: 'would be created' }
  : { id: 'dibuat', en: 'created' };
const verbUpdate = dryRun
  ? { id: 'akan diubah', en: 'would change' }
  : { id: 'diubah', en: 'changed' };
for (const c of plan.creates) {
  console.log(
    `+ ${c.slug} (baris/row ${c.row}) ${verb.id} / ${verb.en}${c.photos.length ? `, foto/photo ${c.photos.map((x) => x.to).join(', ')}` : ''}`,
  );
}
for (const u of plan.updates) {
  console.log(
    `~ ${u.slug} (baris/row ${u.row}) ${verbUpdate.id} / ${verbUpdate.en}: ${u.changes.join(', ')}`,
  );
}
if (dryRun) {
  console.log(
    `\nUji coba (--dry-run): ${plan.creates.length} baru, ${plan.updates.length} berubah, ${plan.unchanged.length} tetap; tidak ada yang ditulis (${ms} ms).\n` +
      `Dry run: ${plan.creates.length} new, ${plan.updates.length} changed, ${plan.unchanged.length} unchanged; nothing written (${ms} ms).`,
  );
  process.exit(0);
}
const { assigned, error } = applyPlan(plan, contentDir, photosDir);
if (error) fail(error.id, error.en);
for (const a of assigned) console.log(`✓ QR ${a.slug}: ${a.code}`);
console.log(
  `\n✓ ${plan.creates.length} produk baru, ${plan.updates.length} diubah, ${plan.unchanged.length} tetap (${ms} ms). Periksa dengan: npm run check:content, lalu commit produk dan content/qr-registry.yaml.\n` +
    `✓ ${plan.creates.length} new product(s), ${plan.updates.length} changed, ${plan.unchanged.length} unchanged (${ms} ms). Check with: npm run check:content, then commit the products and content/qr-registry.yaml.`,
);
