/**
 * `npm run import:template` and `npm run import:products` as an editor runs them, on a copy of
 * a content folder: the filled template (an .xlsx with the usual spreadsheet damage) creates
 * products that `npm run check:content` accepts; a sheet with a problem writes nothing; a
 * dry run writes nothing; a second import of the same sheet changes no byte.
 */
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/lib/import/columns.ts';
import { makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

let content: string;
let work: string;

/** A fingerprint of every file under a folder (path + bytes). */
function snapshot(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${p}\0`).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

const col = (key: string): number => COLUMNS.findIndex((c) => c.key === key) + 1;

beforeAll(async () => {
  content = await makeContentDir({ 'madu-hutan-uji': { source: VALID_PRODUCT } });
  work = mkdtempSync(join(tmpdir(), 'etalase-import-cli-'));
  mkdirSync(join(work, 'foto'));
  for (const [name, w, h] of [
    ['IMG 0001.JPG', 1600, 1200],
    ['kopi2.jpg', 1300, 1300],
    ['kecil.jpg', 640, 480],
  ] as const) {
    await sharp({ create: { width: w, height: h, channels: 3, background: '#5a3a22' } })
      .jpeg({ quality: 60 })
      .toFile(join(work, 'foto', name));
  }
}, 120_000);
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Fills the generated template's product sheet and saves it under `name`. */
async function fillTemplate(
  name: string,
  rows: Record<string, ExcelJS.CellValue>[],
  edit?: (ws: ExcelJS.Worksheet) => void,
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(work, 'templat-produk.xlsx'));
  const ws = wb.getWorksheet('Produk') as ExcelJS.Worksheet;
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) ws.getCell(i + 2, col(key)).value = value;
  });
  edit?.(ws);
  const file = join(work, name);
  await wb.xlsx.writeFile(file);
  return file;
}

const GOOD_ROWS: Record<string, ExcelJS.CellValue>[] = [
  {
    'name.id': 'Kopi Arabika Impor Uji',
    'tagline.id': 'Kopi dari lereng gunung.',
    category: 'kopi',
    'village.name': 'desa  tiworiwu',
    'village.regency': 'Kabupaten Ngada',
    'producer.name': 'Kelompok Tani Uji',
    'producer.owner': 'Penguji (fiktif)',
    // Typed into a number cell: Excel dropped the 0.
    'producer.whatsapp': 81234567890,
    // A date cell, and an Excel serial number in a number-formatted cell.
    'producer.consent': new Date(Date.UTC(2025, 4, 20)),
    added: 45804,
    'offer.price.min': 'Rp 45.000',
    'offer.unit.id': 'per bungkus 250 g',
    'programme.stage': 'Siap Pasar',
    'programme.checklist.packaging': 'selesai',
    'hero.src': 'IMG 0001.JPG',
    'hero.alt.id': 'Bungkus kopi di atas meja.',
  },
  {
    'name.id': 'Madu Hutan Impor Uji',
    'tagline.id': 'Madu dari hutan.',
    category: 'madu',
    village: '53.11.01.2012',
    'producer.name': 'UMKM Madu Uji',
    'producer.owner': 'Penguji (fiktif)',
    'producer.whatsapp': '0812-3456-7891',
    'producer.consent': '20/05/2025',
    'offer.price.min': '25.000,00',
    'offer.price.max': 'Rp 60.000',
    'offer.unit.id': 'per botol',
    'programme.stage': 'transisi',
    'hero.src': 'kopi2.jpg',
    'hero.alt.id': 'Botol madu.',
  },
];

describe('import:template and import:products', () => {
  it('writes the template', () => {
    const r = npmRun('import:template', [
      '--out',
      join(work, 'templat-produk.xlsx'),
      '--content',
      content,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('3442');
  });

  it('writes nothing when any row has a problem, and lists every problem', async () => {
    const file = await fillTemplate('salah.xlsx', [
      { ...GOOD_ROWS[0], 'hero.src': 'kecil.jpg' },
      { ...GOOD_ROWS[1], village: '53.11.01.9999' },
      // The same product twice.
      { ...GOOD_ROWS[1], 'offer.price.min': 30000 },
    ]);
    const before = snapshot(content);
    const r = npmRun('import:products', [
      file,
      '--photos',
      join(work, 'foto'),
      '--content',
      content,
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'Row 2, column "Foto utama (nama berkas) *": Photo "kecil.jpg" is too small',
    );
    expect(r.stderr).toContain('Row 3, column "Kode desa": Village code "53.11.01.9999"');
    expect(r.stderr).toContain(
      'Row 4, column "Nama produk *": This row and row 3 are the same product',
    );
    expect(r.stderr).toContain('nothing was written');
    expect(snapshot(content)).toBe(before);
  }, 120_000);

  it('a dry run says what it would do and writes nothing', async () => {
    const file = await fillTemplate('produk.xlsx', GOOD_ROWS, (ws) => {
      // A hidden row the office keeps for later, and a merged note column.
      ws.getCell(4, col('name.id')).value = 'Produk Belum Siap';
      ws.getRow(4).hidden = true;
    });
    const before = snapshot(content);
    const r = npmRun('import:products', [
      file,
      '--photos',
      join(work, 'foto'),
      '--content',
      content,
      '--dry-run',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      '+ kopi-arabika-impor-uji (baris/row 2) akan dibuat / would be created',
    );
    expect(r.stdout).toContain('Hidden rows skipped (not imported): 4');
    expect(r.stdout).toContain('dropped its leading 0; read as 081234567890');
    expect(r.stdout).toContain('Dry run: 2 new, 0 changed, 0 unchanged');
    expect(snapshot(content)).toBe(before);
  }, 120_000);

  it('creates products the content check accepts; the same sheet again changes no byte', async () => {
    const file = join(work, 'produk.xlsx');
    const r = npmRun('import:products', [
      file,
      '--photos',
      join(work, 'foto'),
      '--content',
      content,
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(join(content, 'products/kopi-arabika-impor-uji/index.md'), 'utf8');
    expect(text).toMatch(/^qr: '[0-9A-HJKMNP-TV-Z]{4,}' # /m);
    expect(text).toContain("village: '53.09.12.2002'");
    expect(text).toContain("whatsapp: '081234567890'");
    expect(text).toContain('consent: 2025-05-20');
    expect(text).toContain('added: 2025-05-27');
    expect(text).toContain('src: ./img-0001.jpg');
    expect(text).toContain('packaging: selesai');
    expect(readFileSync(join(content, 'products/madu-hutan-impor-uji/index.md'), 'utf8')).toContain(
      'price:\n    min: 25000\n    max: 60000',
    );
    expect(readFileSync(join(content, 'qr-registry.yaml'), 'utf8')).toContain(
      "product: 'kopi-arabika-impor-uji'",
    );
    const check = npmRun('check:content', ['--content', content]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    const before = snapshot(content);
    const again = npmRun('import:products', [
      file,
      '--photos',
      join(work, 'foto'),
      '--content',
      content,
    ]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('0 new product(s), 0 changed, 2 unchanged');
    expect(snapshot(content)).toBe(before);
  }, 180_000);

  it('updates by QR code only what the CSV carries (semicolons, Windows-1252)', () => {
    const file = join(work, 'harga.csv');
    const text =
      'Kode QR;Harga (Rp);Kalimat promosi\r\nZ000;Rp 80.000;Madu untuk pengujian, rasa café.\r\n;;\r\n';
    // Older Excel saves CSV in the Windows code page: é is the single byte 0xE9.
    writeFileSync(file, Buffer.from(text, 'latin1'));
    const path = join(content, 'products/madu-hutan-uji/index.md');
    const before = readFileSync(path, 'utf8');
    const r = npmRun('import:products', [file, '--content', content]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('read as Windows-1252');
    expect(r.stdout).toContain(
      '~ madu-hutan-uji (baris/row 2) diubah / changed: Harga (Rp), Kalimat promosi',
    );
    expect(readFileSync(path, 'utf8')).toBe(
      before
        .replace('price: 75000', 'price: 80000')
        .replace('id: Madu untuk pengujian.', 'id: Madu untuk pengujian, rasa café.'),
    );
    expect(npmRun('check:content', ['--content', content]).status).toBe(0);
  }, 120_000);

  it('explains a missing file and a bad flag in one line', () => {
    const r = npmRun('import:products', [join(work, 'tidak-ada.xlsx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('does not exist');
    const flag = npmRun('import:products', ['--foto', 'x']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('Unknown option --foto');
  });
});
