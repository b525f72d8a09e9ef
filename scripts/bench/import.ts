/**
 * `npm run bench:import [-- --n 1000]`: times `npm run import:products` on a generated sheet of
 * N new products (half the villages by code, half by name and regency, prices as "Rp 25.000",
 * phone numbers stored as numbers) in a throw-away copy of content/:
 *   1. dry run (read, match villages, validate, plan; nothing written);
 *   2. the import (writes N product folders and N QR codes; every row names one shared photo);
 *   3. the same sheet again (nothing changes);
 *   4. a price update of every product, by QR code, without photos.
 * The time is the whole command, as an editor waits for it (Node start and area data included).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { COLUMNS } from '../../src/lib/import/columns.ts';

const { values } = parseArgs({
  options: { n: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } },
});
const N = Number(values.n);
if (!Number.isInteger(N) || N < 1) throw new Error('--n must be a positive whole number');

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'etalase-bench-import-'));
const content = join(work, 'content');
cpSync(join(ROOT, 'content'), content, { recursive: true });
mkdirSync(join(work, 'foto'));
await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#8a2b1d' } })
  .jpeg({ quality: 50 })
  .toFile(join(work, 'foto', 'foto.jpg'));

const areas = await loadAreas();
const villages = [...areas.villages.values()];
const nameCount = new Map<string, number>();
for (const v of villages) {
  const k = `${v.regency.code} ${v.name}`;
  nameCount.set(k, (nameCount.get(k) ?? 0) + 1);
}
const byName = villages.filter((v) => nameCount.get(`${v.regency.code} ${v.name}`) === 1);
const categories = ['kopi', 'madu', 'kain-tenun'];
const col = (key: string) => COLUMNS.findIndex((c) => c.key === key) + 1;

async function writeSheet(file: string, rows: Record<string, ExcelJS.CellValue>[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Produk');
  COLUMNS.forEach((c, i) => (ws.getCell(1, i + 1).value = c.id));
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) ws.getCell(i + 2, col(key)).value = value;
  });
  await wb.xlsx.writeFile(file);
}

const rows = Array.from({ length: N }, (_, i) => {
  const n = String(i + 1).padStart(4, '0');
  const v = (i % 2 ? byName : villages)[(i * 7) % (i % 2 ? byName.length : villages.length)];
  if (!v) throw new Error('no village');
  return {
    'name.id': `Produk Bench ${n}`,
    'tagline.id': `Produk uji nomor ${n}.`,
    category: categories[i % categories.length] ?? 'kopi',
    ...(i % 2
      ? { 'village.name': `Desa ${v.name}`, 'village.regency': v.regency.officialName }
      : { village: v.code }),
    'producer.name': `UMKM Bench ${n}`,
    'producer.owner': 'Penguji (fiktif)',
    'producer.whatsapp': 81200000000 + i,
    'producer.consent': '20/05/2025',
    sample: 'ya',
    'offer.price.min': `Rp ${(25 + (i % 50)).toString()}.000`,
    'offer.unit.id': 'per bungkus',
    'programme.stage': 'pendampingan',
    'hero.src': 'foto.jpg',
    'hero.alt.id': `Foto produk ${n}.`,
  } satisfies Record<string, ExcelJS.CellValue>;
});
const sheet = join(work, 'produk.xlsx');
await writeSheet(sheet, rows);

function run(label: string, args: string[]): number {
  const started = performance.now();
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/import-products.ts'), ...args, '--content', content],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  );
  const ms = performance.now() - started;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-3000), r.stderr.slice(-3000));
    throw new Error(`${label} failed (exit ${r.status}) in ${work}`);
  }
  console.log(`${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s`);
  return ms;
}

console.log(`import:products, ${N} rows (${process.platform}, Node ${process.version})`);
run('1. dry run, new products', [sheet, '--photos', join(work, 'foto'), '--dry-run']);
run('2. import, new products (+ QR codes)', [sheet, '--photos', join(work, 'foto')]);
const created = readdirSync(join(content, 'products')).length;
run('3. same sheet again (no change)', [sheet, '--photos', join(work, 'foto')]);

// Every product's price, by QR code, without photos.
const codes = new Map<string, string>();
for (const line of readFileSync(join(content, 'qr-registry.yaml'), 'utf8').split('\n')) {
  const m = /code: '([^']+)', product: '([^']+)'/.exec(line);
  if (m?.[1] && m[2]) codes.set(m[2], m[1]);
}
const updates = rows.map((_, i) => ({
  qr: codes.get(`produk-bench-${String(i + 1).padStart(4, '0')}`) ?? '',
  'offer.price.min': `Rp ${(30 + (i % 50)).toString()}.000`,
}));
const updateSheet = join(work, 'harga.xlsx');
await writeSheet(updateSheet, updates);
run('4. price update by QR code, no photos', [updateSheet]);
console.log(`${created} product folders in the copy${values.keep ? `: ${work}` : '; removed'}.`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
