/**
 * Spreadsheet import (src/lib/import/): cells, villages, sheet readers, the plan against a
 * catalogue, the template, and the open-data round trip. Spreadsheets are made in the test
 * with exceljs, or as CSV bytes the way Indonesian-locale Excel writes them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import sharp from 'sharp';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import type { AreaIndex } from '../../src/lib/places/areas.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import {
  booleanCell,
  choiceCell,
  dateCell,
  digitsCell,
  phoneLeadingZero,
  priceCell,
  quantityCell,
} from '../../src/lib/import/cells.ts';
import { COLUMNS, columnOf, DERIVED_COLUMNS } from '../../src/lib/import/columns.ts';
import { applyToText, keepLayout } from '../../src/lib/import/merge.ts';
import {
  formatMessages,
  photoFileName,
  summariseNotes,
  type Plan,
} from '../../src/lib/import/plan.ts';
import { readCsv, readXlsx } from '../../src/lib/import/sheet.ts';
import { templateWorkbook, writeTemplate } from '../../src/lib/import/template.ts';
import { matchVillage, normaliseVillageCode } from '../../src/lib/import/villages.ts';
import { productsCsv } from '../../src/lib/open-data/csv.ts';
import { toOpenDataProduct } from '../../src/lib/open-data/row.ts';
import { STAGES } from '../../src/schemas/product.ts';
import { LEAD_TIME, MINIMUM_ORDER } from '../../src/lib/validators/quantity.ts';
import { planFromFiles } from '../../scripts/lib/import-run.ts';
import { makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';

let areas: AreaIndex;
beforeAll(async () => {
  areas = await loadAreas();
}, 60_000);

const value = <T>(r: { ok: true; value: T } | { ok: false; error: { en: string } }): T => {
  if (!r.ok) throw new Error(r.error.en);
  return r.value;
};
const error = (r: { ok: boolean; error?: { id: string; en: string } }): string =>
  r.ok ? '' : `${r.error?.id}\n${r.error?.en}`;

describe('cells', () => {
  it('puts back the 0 Excel drops from a phone number stored as a number, and says so', () => {
    const r = value(digitsCell(81234567890, { leadingZero: phoneLeadingZero }));
    expect(r.text).toBe('081234567890');
    expect(r.note?.en).toContain('dropped its leading 0');
    // The same number in a CSV saved from that cell.
    expect(value(digitsCell('81234567890', { leadingZero: phoneLeadingZero })).text).toBe(
      '081234567890',
    );
    // A GTIN stored as a number keeps every digit (it is below 2^53).
    expect(value(digitsCell(8991234567891)).text).toBe('8991234567891');
  });

  it('refuses a number Excel turned into 1.23E+12 (digits lost)', () => {
    expect(error(digitsCell('1.23457E+12'))).toContain('scientific notation');
    expect(error(digitsCell('8,99123E+12'))).toContain('Format Cells → Text');
    expect(error(digitsCell(1.5e21))).toContain('scientific notation');
    expect(error(digitsCell(new Date(Date.UTC(2025, 0, 2))))).toContain(
      'turned this entry into a date',
    );
  });

  it('reads dates as date cells, Excel serial numbers, yyyy-mm-dd and day-first text', () => {
    expect(value(dateCell(new Date(Date.UTC(2025, 4, 27))))).toBe('2025-05-27');
    expect(value(dateCell(45804))).toBe('2025-05-27');
    expect(value(dateCell('45804'))).toBe('2025-05-27');
    expect(value(dateCell('27/05/2025'))).toBe('2025-05-27');
    expect(value(dateCell('5-6-2025'))).toBe('2025-06-05');
    expect(value(dateCell('27 Mei 2025'))).toBe('2025-05-27');
    expect(value(dateCell('2025-05-27'))).toBe('2025-05-27');
    expect(error(dateCell('31/02/2025'))).toContain('not on the calendar');
    expect(error(dateCell('kemarin'))).toContain('27/05/2025');
  });

  it('reads prices as Rp 25.000, 25.000,00, 25,000 and ranges; refuses cents', () => {
    expect(value(priceCell('Rp 25.000'))).toEqual({ min: 25000 });
    expect(value(priceCell('Rp25.000,-'))).toEqual({ min: 25000 });
    expect(value(priceCell('25.000,00'))).toEqual({ min: 25000 });
    expect(value(priceCell('25,000'))).toEqual({ min: 25000 });
    expect(value(priceCell(45000))).toEqual({ min: 45000 });
    expect(value(priceCell('Rp 25.000 - Rp 45.000'))).toEqual({ min: 25000, max: 45000 });
    expect(error(priceCell('25.000,50'))).toContain('cents');
    expect(error(priceCell(25000.5))).toContain('not whole rupiah');
    expect(error(priceCell('dua puluh ribu'))).toContain('not recognised');
  });

  it('reads yes/no and closed choices whatever their case and spacing', () => {
    expect(value(booleanCell('Ya'))).toBe(true);
    expect(value(booleanCell('TIDAK'))).toBe(false);
    expect(value(booleanCell(true))).toBe(true);
    expect(error(booleanCell('mungkin'))).toContain('not yes/no');
    expect(value(choiceCell('Siap Pasar', STAGES))).toBe('siap-pasar');
    expect(error(choiceCell('siap jual', STAGES))).toContain('siap-pasar, transisi, pendampingan');
  });
});

describe('office quantity cells', () => {
  it('reads number cells and digit text, Indonesian 1.000 too, with the validator bounds', () => {
    expect(quantityCell(20, MINIMUM_ORDER)).toEqual({ ok: true, value: 20 });
    expect(quantityCell(' 1.000 ', MINIMUM_ORDER)).toEqual({ ok: true, value: 1000 });
    expect(quantityCell("'250", MINIMUM_ORDER)).toEqual({ ok: true, value: 250 });
    expect(quantityCell(0, LEAD_TIME)).toEqual({ ok: true, value: 0 });
    const unit = quantityCell('1.000 botol', MINIMUM_ORDER);
    expect(unit.ok).toBe(false);
    if (!unit.ok) {
      expect(unit.error.id).toContain('Pesanan minimum');
      expect(unit.error.en).toContain(
        'must be a plain number without dots, units or quotes, e.g. 1000',
      );
    }
    const late = quantityCell(400, LEAD_TIME);
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.error.en).toContain('Lead time (days) 400 is more than 365');
    expect(quantityCell(0, MINIMUM_ORDER).ok).toBe(false);
    expect(quantityCell(2.5, MINIMUM_ORDER).ok).toBe(false);
    const date = quantityCell(new Date('2025-01-20T00:00:00Z'), MINIMUM_ORDER);
    expect(date.ok).toBe(false);
    if (!date.ok) expect(date.error.en).toContain('Excel turned this entry into a date');
  });
});

describe('villages', () => {
  it('finds a village by dotted or digits-only code', () => {
    expect(value(matchVillage(areas, { code: '53.09.12.2002' })).village.name).toBe('Tiworiwu');
    expect(normaliseVillageCode('5309122002')).toBe('53.09.12.2002');
    expect(value(matchVillage(areas, { code: '5309122002' })).village.code).toBe('53.09.12.2002');
  });

  it('finds a village by name despite case, spacing and the Desa prefix', () => {
    const r = value(matchVillage(areas, { village: '  desa   TIWORIWU ', regency: 'Kab. Ngada' }));
    expect(r.village.code).toBe('53.09.12.2002');
    expect(r.note).toBeUndefined();
  });

  it('accepts a small misspelling inside the named regency, with a note', () => {
    const r = value(matchVillage(areas, { village: 'Tiworiwo', regency: 'Ngada' }));
    expect(r.village.code).toBe('53.09.12.2002');
    expect(r.note?.en).toContain('slightly different spelling');
  });

  it('never picks one of several villages of the same name: lists them with codes', () => {
    const names = new Map<string, number>();
    for (const v of areas.villages.values()) names.set(v.name, (names.get(v.name) ?? 0) + 1);
    const common = [...names].find(([, n]) => n >= 3)?.[0] ?? '';
    const r = matchVillage(areas, { village: common });
    expect(r.ok).toBe(false);
    expect(error(r)).toMatch(/There are \d+ villages named/);
    expect(error(r)).toMatch(/53\.\d\d\.\d\d\.\d{4}/);
  });

  it('reports an unknown name and a wrong code with the closest candidates', () => {
    const unknown = matchVillage(areas, { village: 'Xyzzyq' });
    expect(error(unknown)).toContain('could not be identified for certain');
    expect(error(matchVillage(areas, { code: '53.09.12.2999' }))).toMatch(/Closest codes: 53\.09/);
    // A copied code that names another village than the row says.
    expect(error(matchVillage(areas, { code: '53.09.12.2002', village: 'Oelnasi' }))).toContain(
      'Check which is right',
    );
  });
});

describe('reading sheets', () => {
  it('reads a semicolon CSV with a BOM in Windows-1252 (Indonesian-locale Excel)', () => {
    const text = 'Nama produk;Harga (Rp)\r\nKopi Café;Rp 25.000\r\n;\r\n;\r\n';
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const sheet = readCsv(bytes, 'a.csv');
    expect(sheet.headers).toEqual(['Nama produk', 'Harga (Rp)']);
    // Trailing empty rows are not rows.
    expect(sheet.rows).toEqual([{ row: 2, cells: ['Kopi Café', 'Rp 25.000'] }]);
    expect(sheet.notes[0]?.message.en).toContain('Windows-1252');
    const utf8 = new TextEncoder().encode(`\uFEFFNama produk;Kategori\nKopi Café;kopi\n`);
    const s2 = readCsv(utf8, 'b.csv');
    expect(s2.headers[0]).toBe('Nama produk');
    expect(s2.rows[0]?.cells).toEqual(['Kopi Café', 'kopi']);
    expect(s2.notes).toEqual([]);
  });

  it('reads formulas, rich text, merged cells; skips hidden and empty rows; notes unnamed columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Produk');
    ws.addRow(['Nama produk', 'Harga (Rp)', 'Kabupaten/Kota']);
    ws.addRow(['Kopi A', { formula: '20000+5000', result: 25000 }, 'Ngada', 'catatan']);
    ws.addRow([
      { richText: [{ text: 'Kopi ' }, { text: 'B', font: { bold: true } }] },
      30000,
      null,
    ]);
    ws.addRow(['Kopi C', 1000, 'Ende']);
    ws.addRow(['Kopi D', { formula: 'A1*2' }, 'Ende']);
    ws.mergeCells('C2:C3');
    ws.getRow(4).hidden = true;
    ws.addRow([]);
    ws.addRow([null, null, null]);
    const sheet = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), 'x.xlsx');
    expect(sheet.rows.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(sheet.rows[0]?.cells.slice(0, 3)).toEqual(['Kopi A', 25000, 'Ngada']);
    // The merged regency fills the row it spans.
    expect(sheet.rows[1]?.cells.slice(0, 3)).toEqual(['Kopi B', 30000, 'Ngada']);
    const notes = sheet.notes.map((n) => n.message.en).join('\n');
    expect(notes).toContain('Hidden rows skipped (not imported): 4');
    expect(notes).toContain('Merged cells C2');
    expect(notes).toContain('Column D holds data but has no header');
    expect(sheet.problems).toHaveLength(1);
    expect(sheet.problems[0]).toMatchObject({ row: 5, column: 'Harga (Rp)' });
    expect(sheet.problems[0]?.message.en).toContain('formula that was never calculated');
  });

  it('refuses a file that is not an xlsx workbook', async () => {
    const sheet = await readXlsx(new TextEncoder().encode('not a zip'), 'x.xlsx');
    expect(sheet.problems[0]?.message.en).toContain('not a readable Excel .xlsx file');
  });
});

describe('the template', () => {
  it('has every column with its English note, dropdowns and text-typed codes, instructions and NTT villages', async () => {
    const bytes = await writeTemplate({ areas, categories: ['kopi', 'madu'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Produk', 'Petunjuk', 'Desa', 'Pilihan']);
    const ws = wb.getWorksheet('Produk') as ExcelJS.Worksheet;
    const headers = COLUMNS.map((_, i) => ws.getRow(1).getCell(i + 1).text);
    expect(headers.map((h) => h.replace(/ \*$/, ''))).toEqual(COLUMNS.map((c) => c.id));
    for (const [i, c] of COLUMNS.entries()) {
      const note = ws.getRow(1).getCell(i + 1).note;
      const text = typeof note === 'string' ? note : JSON.stringify(note);
      expect(text, c.key).toContain(c.en);
    }
    const at = (key: string) => ws.getRow(2).getCell(COLUMNS.findIndex((c) => c.key === key) + 1);
    for (const key of [
      'producer.whatsapp',
      'gtin',
      'producer.nib',
      'village',
      'certifications.pirt',
    ]) {
      expect(at(key).numFmt, key).toBe('@');
    }
    const dv = (
      wb.getWorksheet('Produk') as unknown as {
        dataValidations: { model: Record<string, { formulae: string[] }> };
      }
    ).dataValidations.model;
    const columns = new Set(Object.keys(dv).map((cell) => cell.replace(/\d+$/, '')));
    // category, regency, sample, available, invoice, qris, stage and the 8 checklist areas.
    expect(columns.size).toBe(15);
    expect(Object.keys(dv)).toHaveLength(15 * 1000);
    expect(at('offer.institutional.invoice').numFmt).not.toBe('@');
    for (const key of [
      'offer.institutional.monthlyCapacity',
      'offer.institutional.minimumOrder',
      'offer.institutional.leadTimeDays',
    ]) {
      expect(at(key).numFmt, key).toBe('0');
    }
    const villages = wb.getWorksheet('Desa') as ExcelJS.Worksheet;
    expect(villages.getRow(1).values).toEqual([
      undefined,
      'Kode desa',
      'Desa/Kelurahan',
      'Kecamatan',
      'Kabupaten/Kota',
    ]);
    expect(villages.actualRowCount - 1).toBe(areas.villages.size);
    expect(areas.villages.size).toBe(3442);
    expect((wb.getWorksheet('Petunjuk') as ExcelJS.Worksheet).getCell('A5').text).toContain(
      'wajib',
    );
    // The same content gives the same bytes, another day too (the site rebuilds it every build).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-08-17T10:11:12Z'));
    const later = await writeTemplate({ areas, categories: ['kopi', 'madu'] });
    vi.useRealTimers();
    expect(Buffer.from(later).equals(Buffer.from(bytes))).toBe(true);
    // Every header reads back as its own column.
    for (const c of COLUMNS) expect(columnOf(`${c.id} *`), c.id).toBe(c);
  }, 60_000);

  it('keeps each column list and the schema in step: every closed choice has a dropdown', () => {
    const workbook = templateWorkbook({ areas, categories: ['kopi'] });
    const choices = COLUMNS.filter((c) => c.kind === 'choice' || c.kind === 'boolean').map(
      (c) => c.key,
    );
    expect(choices).toEqual(
      expect.arrayContaining([
        'category',
        'programme.stage',
        'programme.checklist.qris',
        'offer.available',
      ]),
    );
    expect(workbook.getWorksheet('Pilihan')?.state).toBe('hidden');
  });
});

describe('merging into a product file', () => {
  it('keeps the editor layout of lines it does not change', () => {
    const before = 'price: { min: 1, max: 2 }\ntags: [a, b]\n';
    expect(keepLayout(before, 'price: {min: 1, max: 2}\ntags: [ a, b ]\n')).toBe(before);
    const file = `---\nname: Kopi # nama\ntags: [a, b]\noffer:\n  price: { min: 1000, max: 2000 }\n---\nCerita.\n`;
    const out = applyToText(file, [
      { path: ['offer', 'price'], value: 3000, key: 'offer.price.min' },
    ]);
    expect(out).toBe(file.replace('{ min: 1000, max: 2000 }', '3000'));
  });

  it('names photo files the way the content check accepts', () => {
    expect(photoFileName('IMG 1234.JPEG')).toBe('img-1234.jpg');
    expect(photoFileName('Foto Kopi (1).png')).toBe('foto-kopi-1.png');
  });
});

describe('planning an import against a catalogue', () => {
  let content: string;
  let work: string;
  beforeAll(async () => {
    content = await makeContentDir({ 'madu-hutan-uji': { source: VALID_PRODUCT } });
    work = mkdtempSync(join(tmpdir(), 'etalase-import-'));
  }, 60_000);
  afterAll(() => {
    rmSync(content, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  const plan = (name: string, text: string): Promise<Plan> => {
    writeFileSync(join(work, name), text);
    return planFromFiles({ file: join(work, name), contentDir: content, today: '2026-01-02' });
  };

  it('reports every problem of every row in one run, by row and column as written', async () => {
    const p = await plan(
      'bad.csv',
      [
        'Nama produk;WhatsApp;Harga (Rp);Tanggal persetujuan;Kode desa;Tahap program;Kolom lain',
        'Kopi Satu;1.23457E+11;Rp 25.000;31/02/2025;53.09.12.2002;siap-pasar;x',
        'Kopi Dua;0812-3456-7890;dua ribu;2025-01-01;53.99.99.9999;siap jual;y',
      ].join('\n'),
    );
    const where = p.problems.map((m) => `${m.row} ${m.column}`);
    expect(where).toEqual(
      expect.arrayContaining([
        '2 WhatsApp',
        '2 Tanggal persetujuan',
        '3 Harga (Rp)',
        '3 Kode desa',
        '3 Tahap program',
      ]),
    );
    // Missing required columns are named with the template header to add.
    expect(
      p.problems.some((m) => m.message.en.includes('The column "Nama UMKM" is not in this sheet')),
    ).toBe(true);
    expect(
      p.notes.some((n) => n.message.en.includes('Unknown columns ignored: "Kolom lain"')),
    ).toBe(true);
    expect(p.creates).toEqual([]);
  });

  it('refuses two rows for the same product', async () => {
    const p = await plan('dup.csv', 'Kode QR,Harga (Rp)\nZ000,75000\nZ000,80000\n');
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ row: 3, column: 'Kode QR' });
    expect(p.problems[0]?.message.en).toContain('This row and row 2 are the same product');
  });

  it('updates only the fields the sheet carries, and an unchanged sheet changes nothing', async () => {
    const same = await plan(
      'same.csv',
      'Kode QR,Harga (Rp),WhatsApp,Nama produk\nZ000,Rp 75.000,+62 800 0000 0999,\n',
    );
    expect(same.problems).toEqual([]);
    expect(same.updates).toEqual([]);
    expect(same.unchanged).toEqual([{ row: 2, slug: 'madu-hutan-uji' }]);
    const changed = await plan('price.csv', 'Kode QR,Harga (Rp)\nZ000,"80.000 - 95.000"\n');
    expect(changed.problems).toEqual([]);
    expect(changed.updates).toHaveLength(1);
    expect(changed.updates[0]?.changes).toEqual(['Harga (Rp)']);
    const before = readFileSync(join(content, 'products/madu-hutan-uji/index.md'), 'utf8');
    expect(changed.updates[0]?.text).toBe(
      before.replace('price: 75000', 'price:\n    min: 80000\n    max: 95000'),
    );
  });

  it('imports the office-buyer columns as numbers and yes/no; bad ones by row and column', async () => {
    const good = await plan(
      'office.csv',
      'Kode QR,Kapasitas per bulan,Pesanan minimum,Waktu siap (hari),Bisa buat kuitansi/faktur\nZ000,5000,1.000,0,ya\n',
    );
    expect(good.problems).toEqual([]);
    expect(good.updates).toHaveLength(1);
    expect(good.updates[0]?.text).toContain(
      'offer:\n  price: 75000\n  unit: per botol 250 ml\n  institutional:\n    monthlyCapacity: 5000\n    minimumOrder: 1000\n    leadTimeDays: 0\n    invoice: true\n',
    );
    // The schema's cross-field rule still applies: an order larger than a month's capacity.
    const over = await plan(
      'office-over.csv',
      'Kode QR,Kapasitas per bulan,Pesanan minimum\nZ000,500,1000\n',
    );
    expect(over.problems.map((m) => `${m.row} ${m.column}`)).toEqual(['2 Pesanan minimum']);
    expect(over.problems[0]?.message.en).toContain('is more than the monthly capacity (500)');
    const bad = await plan(
      'office-bad.csv',
      // English headers and the open-data names are accepted too.
      'Kode QR,Minimum order,office.leadTimeDays,office.invoice\nZ000,1.000 botol,400,mungkin\n',
    );
    expect(bad.problems.map((m) => `${m.row} ${m.column}`)).toEqual([
      '2 Minimum order',
      '2 office.leadTimeDays',
      '2 office.invoice',
    ]);
    expect(bad.problems[0]?.message.id).toContain(
      'Pesanan minimum "1.000 botol" harus berupa angka biasa',
    );
    expect(formatMessages(bad.problems)).toContain('Row 2, column "Minimum order": Minimum order');
    expect(bad.updates).toEqual([]);
  });

  it('keeps a link kind the sheet cannot show, and marks a new e-Katalog link', async () => {
    const p = await plan(
      'shops.csv',
      'Kode QR,Toko online (nama),Toko online (alamat)\nZ000,Tokopedia | e-Katalog,https://tokopedia.example/uji | https://e-katalog.example/p/1\n',
    );
    expect(p.problems).toEqual([]);
    expect(p.updates[0]?.text).toContain(
      '    - name: e-Katalog\n      url: https://e-katalog.example/p/1\n      kind: e-katalog\n',
    );
  });

  it('refuses an unknown QR code instead of creating a product with a typed code', async () => {
    const p = await plan('qr.csv', 'Kode QR,Nama produk\nZZZZ,Kopi\n4E64,Kopi Dua\n');
    expect(p.problems.map((m) => `${m.row} ${m.column}`)).toEqual(['2 Kode QR', '3 Kode QR']);
    expect(p.problems[0]?.message.en).toContain('never type a code yourself');
    // A code that looks like scientific notation is still read as a code.
    expect(p.problems[1]?.message.en).toContain('QR code 4E64 belongs to no product');
  });

  it('checks photos like the content check and plans the new product file', async () => {
    const photos = join(work, 'foto');
    mkdirSync(photos, { recursive: true });
    const jpeg = (w: number, h: number, name: string) =>
      sharp({ create: { width: w, height: h, channels: 3, background: '#5a3a22' } })
        .jpeg({ quality: 50 })
        .toFile(join(photos, name));
    await jpeg(1600, 1200, 'Besar.JPG');
    await jpeg(800, 600, 'kecil.jpg');
    writeFileSync(join(photos, 'rusak.jpg'), 'bukan foto');
    const head =
      'Nama produk,Kalimat promosi,Kategori,Kode desa,Nama UMKM,Pemilik/kontak,WhatsApp,Contoh,Harga (Rp),Satuan harga,Tahap program,Foto utama (nama berkas),Keterangan foto';
    const row = (name: string, photo: string) =>
      `${name},Enak.,kopi,53.09.12.2002,UMKM,Budi,812345678${String(name.length).padStart(2, '0')},ya,25000,per bungkus,transisi,${photo},Foto.`;
    writeFileSync(
      join(work, 'foto.csv'),
      [
        head,
        row('Kopi A', 'besar.jpg'),
        row('Kopi BB', 'kecil.jpg'),
        row('Kopi CCC', 'rusak.jpg'),
        row('Kopi DDDD', 'hilang.jpg'),
        row('Kopi EEEEE', 'foto.gif'),
      ].join('\n'),
    );
    const p = await planFromFiles({
      file: join(work, 'foto.csv'),
      contentDir: content,
      photosDir: photos,
      today: '2026-01-02',
    });
    const byRow = new Map(p.problems.map((m) => [m.row, m.message.en]));
    expect(byRow.get(3)).toContain('is too small: 800×600 px');
    expect(byRow.get(4)).toContain('is not a readable photo');
    expect(byRow.get(5)).toContain('is not in the photo folder');
    expect(byRow.get(6)).toContain('must end in .jpg, .png, .webp or .avif');
    expect(p.problems).toHaveLength(4);
    expect(p.creates).toHaveLength(1);
    const created = p.creates[0];
    expect(created?.photos).toEqual([{ from: 'Besar.JPG', to: 'besar.jpg' }]);
    expect(created?.text).toContain("village: '53.09.12.2002'");
    expect(created?.text).toContain('added: 2026-01-02');
    expect(created?.text).toMatch(/hero:\n {2}src: \.\/besar\.jpg\n {2}alt: Foto\./);
    // Five phone numbers that lost their 0: one note naming the rows.
    const notes = summariseNotes(p.notes);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message.en).toContain('(The same on 5 rows: 2, 3, 4, 5, 6.)');
    const text = formatMessages(p.problems);
    expect(text).toContain(
      'Baris 3, kolom "Foto utama (nama berkas)": Foto "kecil.jpg" terlalu kecil',
    );
    expect(text).toContain(
      '\n  Row 3, column "Foto utama (nama berkas)": Photo "kecil.jpg" is too small',
    );
  }, 60_000);

  it('imports the published products.csv back as an equal catalogue', async () => {
    const real = join(import.meta.dirname, '../../content');
    const checked = await checkContent({ contentDir: real, areas, gitHistory: false });
    expect(checked.problems).toEqual([]);
    const rows = checked.products
      .filter((p) => !p.data.retired)
      .map((p) =>
        toOpenDataProduct(
          { id: p.slug, data: p.data },
          {
            origin: 'https://produk.nttprov.go.id',
            categoryName: { id: p.data.category },
            imageUrl: `https://produk.nttprov.go.id/_astro/${p.slug}.jpg`,
            today: new Date(),
          },
        ),
      );
    const csv = productsCsv(rows);
    writeFileSync(join(work, 'products.csv'), csv);
    const back = await planFromFiles({ file: join(work, 'products.csv'), contentDir: real });
    expect(back.problems).toEqual([]);
    expect(back.notes).toEqual([]);
    expect(back.creates).toEqual([]);
    expect(back.updates).toEqual([]);
    expect(back.unchanged).toHaveLength(rows.length);
    // Every CSV column is either imported or one of these derived ones (docs/editor-guide.md).
    const header = parse(csv, { bom: true, to: 1 })[0] ?? [];
    for (const h of header) expect(columnOf(h), h).toBeDefined();
    expect(DERIVED_COLUMNS).toEqual([
      'shortUrl',
      'category.name.id',
      'category.name.en',
      'district.code',
      'regency.code',
      'producer.whatsappUrl',
      'price.currency',
      'certifications.halal.status',
      'certifications.bpom.status',
      'certifications.pirt.status',
      'programme.completion.done',
      'programme.completion.total',
      'urls.id',
      'urls.en',
      'image',
      // Recomputed from the office fields and links (src/lib/catalogue/office.ts), which are imported.
      'office.canSupply',
      'office.ekatalogUrl',
    ]);
  }, 120_000);
});
