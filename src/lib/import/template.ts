/**
 * `templat-produk.xlsx`, generated from the import columns (`columns.ts`, whose choices come
 * from the product schema) and the official area list: a "Produk" sheet with Indonesian
 * headers (English and a hint in each header's note), dropdowns for every closed choice, text
 * columns where Excel would damage a number (WhatsApp, GTIN, NIB, codes); a "Petunjuk"
 * (instructions) sheet; a "Desa" sheet of NTT's villages; and a hidden "Pilihan" sheet holding
 * the dropdown lists. The same workbook is written by `npm run import:template` and published
 * with the site.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { AreaIndex } from '../places/areas.ts';
import { COLUMNS, type Column } from './columns.ts';

/** Rows of the product sheet that get dropdowns and text formats. */
export const TEMPLATE_ROWS = 1000;

export const TEMPLATE_FILE = 'templat-produk.xlsx';

/** The date stamped on the workbook and every file inside it. */
const FIXED_DATE = new Date(Date.UTC(2025, 4, 27));

/** Columns Excel must keep as typed: a number format would drop zeros or round digits. */
const TEXT_KINDS = new Set<Column['kind']>(['digits', 'phone', 'village']);

const column = (index: number): string => {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

const INSTRUCTIONS: readonly [string, string][] = [
  ['Templat impor produk Etalase OVOP NTT', 'Etalase OVOP NTT product import template'],
  ['', ''],
  [
    'Satu baris di lembar "Produk" = satu produk. Jangan mengubah judul kolom; arahkan tetikus ke judul untuk melihat penjelasan (bahasa Inggris di catatan).',
    'One row of the "Produk" sheet = one product. Do not change the headers; hover a header to read its note (English header and hint).',
  ],
  [
    'Kolom bertanda * wajib untuk produk baru. Sel kosong tidak pernah menghapus isi produk yang sudah ada.',
    'Columns marked * are required for a new product. An empty cell never erases what an existing product has.',
  ],
  [
    'Desa: isi "Kode desa" (lihat lembar "Desa"), atau nama Desa/Kelurahan beserta Kecamatan dan/atau Kabupaten/Kota.',
    'Village: fill in "Kode desa" (village code, see the "Desa" sheet), or the village name with its district and/or regency.',
  ],
  [
    'Kolom WhatsApp, GTIN, NIB dan kode berformat Teks: ketik nomornya persis, termasuk angka 0 di depan.',
    'The WhatsApp, GTIN, NIB and code columns are formatted as Text: type numbers exactly, including a leading 0.',
  ],
  [
    'Tanggal: 2025-05-27 atau 27/05/2025. Harga: 25000, Rp 25.000, atau rentang 25.000 - 45.000.',
    'Dates: 2025-05-27 or 27/05/2025. Prices: 25000, Rp 25.000, or a range 25.000 - 45.000.',
  ],
  [
    'Foto: tulis nama berkas foto utama; simpan fotonya dalam satu folder dan jalankan impor dengan --photos <folder>. Sisi terpanjang minimal 1200 px.',
    'Photos: write the main photo file name; keep the photos in one folder and run the import with --photos <folder>. Long side at least 1200 px.',
  ],
  [
    'Produk yang sudah ada dikenali dari Kode QR, atau dari Alamat halaman / nama produk. Baris tidak pernah menghapus atau mengarsipkan produk.',
    'Existing products are matched by QR code, or by page address / product name. A row never deletes or retires a product.',
  ],
  [
    'Impor: npm run import:products -- templat-produk.xlsx --photos foto/ --dry-run (uji coba), lalu tanpa --dry-run. Bila ada satu masalah pun, tidak ada yang ditulis.',
    'Import: npm run import:products -- templat-produk.xlsx --photos foto/ --dry-run (trial), then without --dry-run. With any problem, nothing is written.',
  ],
  [
    'Panduan lengkap: docs/panduan-editor.md, bab "Impor dari spreadsheet".',
    'Full guide: docs/editor-guide.md, chapter "Importing from a spreadsheet".',
  ],
];

export interface TemplateInput {
  areas: AreaIndex;
  /** Category ids of content/categories.yaml, for the category dropdown. */
  categories: readonly string[];
}

/** The template workbook (exceljs); `writeTemplate` gives its bytes. */
export function templateWorkbook({ areas, categories }: TemplateInput): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Etalase OVOP NTT';
  // A fixed date: the same content gives the same file, so a rebuild changes no byte.
  wb.created = FIXED_DATE;
  wb.modified = wb.created;

  const products = wb.addWorksheet('Produk', { views: [{ state: 'frozen', ySplit: 1 }] });
  const help = wb.addWorksheet('Petunjuk');
  const villages = wb.addWorksheet('Desa', { views: [{ state: 'frozen', ySplit: 1 }] });
  const lists = wb.addWorksheet('Pilihan', { state: 'hidden' });

  // Dropdown lists live on the hidden sheet (an inline list is limited to 255 characters).
  const listOf = new Map<string, string>();
  const choiceLists: [string, readonly string[]][] = [
    ['category', categories],
    ['village.regency', areas.regencies.map((r) => r.officialName)],
    ...COLUMNS.filter((c) => c.choices && c.key !== 'category').map(
      (c): [string, readonly string[]] => [c.key, c.choices ?? []],
    ),
  ];
  choiceLists.forEach(([key, values], i) => {
    const col = column(i);
    lists.getCell(`${col}1`).value = key;
    values.forEach((v, j) => (lists.getCell(`${col}${j + 2}`).value = v));
    listOf.set(key, `Pilihan!$${col}$2:$${col}$${Math.max(2, values.length + 1)}`);
  });

  products.columns = COLUMNS.map((c) => ({
    header: `${c.id}${c.required ? ' *' : ''}`,
    key: c.key,
    width: Math.min(40, Math.max(12, c.id.length + 4)),
    ...(TEXT_KINDS.has(c.kind) ? { style: { numFmt: '@' } } : {}),
    // Whole numbers: a number cell without decimals (a text "1.000 botol" is refused on import).
    ...(c.kind === 'quantity' ? { style: { numFmt: '0' } } : {}),
  }));
  const header = products.getRow(1);
  header.font = { bold: true };
  COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.note = `${c.en}${c.required ? ' (required for a new product)' : ''}\n\n${c.help.id}\n${c.help.en}`;
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFDE9C4' : 'FFEFEFEF' },
    };
  });
  // One validation per column range: exceljs's own merging of per-cell validations writes
  // overlapping ranges (it sorts AC10 before AC2), which Excel reports as damaged.
  const validations = (
    products as unknown as {
      dataValidations: { add: (range: string, v: ExcelJS.DataValidation) => void };
    }
  ).dataValidations;
  COLUMNS.forEach((c, i) => {
    const source = listOf.get(c.key);
    const letter = column(i);
    if (source) {
      validations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [source],
        // The regency list helps but a spelling variant ("Kab. Kupang") is still accepted.
        showErrorMessage: c.key !== 'village.regency',
        errorTitle: c.id,
        error: `Pilih dari daftar / Choose from the list: ${c.id}`,
      });
    }
  });

  help.columns = [
    { header: 'Bahasa Indonesia', key: 'id', width: 90 },
    { header: 'English', key: 'en', width: 90 },
  ];
  help.getRow(1).font = { bold: true };
  for (const [id, en] of INSTRUCTIONS)
    help.addRow({ id, en }).alignment = { wrapText: true, vertical: 'top' };
  help.addRow({});
  help.addRow({ id: 'Kolom', en: 'Column' }).font = { bold: true };
  for (const c of COLUMNS) {
    help.addRow({
      id: `${c.id}${c.required ? ' *' : ''}: ${c.help.id}`,
      en: `${c.en}: ${c.help.en}`,
    }).alignment = { wrapText: true, vertical: 'top' };
  }

  villages.columns = [
    { header: 'Kode desa', key: 'code', width: 16, style: { numFmt: '@' } },
    { header: 'Desa/Kelurahan', key: 'village', width: 28 },
    { header: 'Kecamatan', key: 'district', width: 26 },
    { header: 'Kabupaten/Kota', key: 'regency', width: 30 },
  ];
  villages.getRow(1).font = { bold: true };
  const all = [...areas.villages.values()].sort((a, b) => a.code.localeCompare(b.code));
  for (const v of all) {
    villages.addRow({
      code: v.code,
      village: v.name,
      district: v.district.name,
      regency: v.regency.officialName,
    });
  }
  villages.autoFilter = { from: 'A1', to: 'D1' };
  return wb;
}

/**
 * The template's bytes. The zip inside an .xlsx stamps each part (and each folder) with the
 * time it was written; the parts are stamped with one fixed date instead, so the same content
 * always gives the same bytes (a rebuild of the site must not change /data/templat-produk.xlsx).
 */
export async function writeTemplate(input: TemplateInput): Promise<Uint8Array> {
  const written = await JSZip.loadAsync(await templateWorkbook(input).xlsx.writeBuffer());
  const fixed = new JSZip();
  for (const [name, file] of Object.entries(written.files)) {
    if (file.dir) continue;
    fixed.file(name, await file.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return fixed.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
