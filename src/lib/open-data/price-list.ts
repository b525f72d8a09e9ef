/**
 * `/data/daftar-harga.xlsx`: the price list for procurement staff (pejabat pengadaan), an Excel
 * workbook built from the open-data rows — the same rows as `/data/products.csv`, never a second
 * reading of the content. `priceListTable` is the pure part (columns and cells, unit-tested);
 * `priceListWorkbook` writes it with exceljs.
 *
 * Cells are typed: prices and quantities are numbers (so a buyer can sort and sum), links are
 * hyperlinks, and text is always a string cell, never a formula (an xlsx string cannot run as
 * one, unlike a CSV cell opened in a spreadsheet).
 *
 * The file is reproducible: the same rows give the same bytes (an unchanged rebuild copies
 * pages and must not see the download change), so every date in it is the data's date.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { OpenDataDocument, OpenDataProduct } from './schema.ts';

export type PriceListCell = string | number | { text: string; hyperlink: string } | null;

export interface PriceListColumn {
  /** Header: Indonesian / English. */
  header: string;
  /** Column width in characters. */
  width: number;
  /** `rupiah` and `count` cells get a thousands format. */
  format?: 'rupiah' | 'count';
  value: (p: OpenDataProduct) => PriceListCell;
}

const yesNo = (v: boolean | null): string | null =>
  v === null ? null : v ? 'Ya / Yes' : 'Tidak / No';
const link = (url: string | null): PriceListCell => (url ? { text: url, hyperlink: url } : null);

/** The columns of the price list, in order. */
export const PRICE_LIST_COLUMNS: readonly PriceListColumn[] = [
  { header: 'Nama produk / Product name', width: 32, value: (p) => p.name.id },
  { header: 'Produsen / Producer', width: 28, value: (p) => p.producer.name },
  { header: 'Desa / Village', width: 20, value: (p) => p.village.name },
  { header: 'Kabupaten/kota / Regency', width: 26, value: (p) => p.regency.name },
  { header: 'Satuan / Unit', width: 24, value: (p) => p.price.unit.id },
  {
    header: 'Harga terendah (Rp) / Lowest price',
    width: 16,
    format: 'rupiah',
    value: (p) => p.price.min,
  },
  {
    header: 'Harga tertinggi (Rp) / Highest price',
    width: 16,
    format: 'rupiah',
    value: (p) => p.price.max ?? p.price.min,
  },
  {
    header: 'Kapasitas per bulan / Monthly capacity',
    width: 16,
    format: 'count',
    value: (p) => p.office.monthlyCapacity,
  },
  {
    header: 'Pesanan minimum / Minimum order',
    width: 16,
    format: 'count',
    value: (p) => p.office.minimumOrder,
  },
  {
    header: 'Waktu siap (hari) / Lead time (days)',
    width: 14,
    format: 'count',
    value: (p) => p.office.leadTimeDays,
  },
  {
    header: 'Kuitansi/faktur / Receipt or invoice',
    width: 14,
    value: (p) => yesNo(p.office.invoice),
  },
  {
    header: 'Bisa pesanan instansi / Can supply an office order',
    width: 16,
    value: (p) => yesNo(p.office.canSupply),
  },
  {
    header: 'Nomor pesan (WhatsApp) / Order number (WhatsApp)',
    width: 18,
    value: (p) => p.producer.whatsapp,
  },
  { header: 'e-Katalog LKPP', width: 30, value: (p) => link(p.office.ekatalogUrl) },
  { header: 'Halaman produk / Product page', width: 40, value: (p) => link(p.urls.id) },
  { header: 'Kode QR / QR code', width: 10, value: (p) => p.qrCode },
  { header: 'Contoh (fiktif) / Sample', width: 12, value: (p) => yesNo(p.sample) },
];

/** The price list as a table: one row per open-data row, in the same order. */
export function priceListTable(products: readonly OpenDataProduct[]): {
  header: string[];
  rows: PriceListCell[][];
} {
  return {
    header: PRICE_LIST_COLUMNS.map((c) => c.header),
    rows: products.map((p) => PRICE_LIST_COLUMNS.map((c) => c.value(p))),
  };
}

/** Name of the worksheet holding the list. */
export const PRICE_LIST_SHEET = 'Daftar harga';
/** Name of the worksheet describing the list (source, date, licence). */
export const ABOUT_SHEET = 'Keterangan';

const FORMATS = { rupiah: '#,##0', count: '#,##0' } as const;

/** The workbook as bytes: the list (frozen header, filters) and a sheet about it. */
export async function priceListWorkbook(
  doc: Pick<OpenDataDocument, 'generated' | 'products' | 'licence' | 'source'>,
): Promise<Uint8Array<ArrayBuffer>> {
  const generated = new Date(`${doc.generated}T00:00:00Z`);
  const wb = new ExcelJS.Workbook();
  wb.creator = doc.source.publisher;
  wb.created = generated;
  wb.modified = generated;
  wb.title = 'Daftar harga produk OVOP NTT / OVOP NTT price list';

  const sheet = wb.addWorksheet(PRICE_LIST_SHEET, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = PRICE_LIST_COLUMNS.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.format ? { style: { numFmt: FORMATS[c.format] } } : {}),
  }));
  const { rows } = priceListTable(doc.products);
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: PRICE_LIST_COLUMNS.length },
  };

  const about = wb.addWorksheet(ABOUT_SHEET);
  about.columns = [{ width: 28 }, { width: 90 }];
  const lines: [string, string][] = [
    ['Judul / Title', 'Daftar harga produk OVOP NTT untuk pengadaan / OVOP NTT price list'],
    ['Tanggal data / Data date', doc.generated],
    ['Jumlah produk / Products', String(doc.products.length)],
    ['Penerbit / Publisher', doc.source.publisher],
    ['Sumber / Source', doc.source.site],
    ['Penjelasan / Documentation', doc.source.documentation],
    [
      'Lisensi / Licence',
      `${doc.licence.content.name} (${doc.licence.content.url}); wilayah / areas: ${doc.licence.areaData.name}`,
    ],
    [
      'Pesanan instansi / Office orders',
      'Ya bila stok tersedia dan ada di e-Katalog LKPP, atau produsen mencantumkan kapasitas, pesanan minimum, waktu siap dan bisa memberi kuitansi/faktur. / Yes when in stock and on LKPP e-Katalog, or the producer states capacity, minimum order, lead time and issues a receipt or invoice.',
    ],
    [
      'Satuan / Units',
      'Harga, kapasitas dan pesanan minimum dihitung per satuan di kolom Satuan. / Prices, capacity and minimum order count the unit in the Unit column.',
    ],
  ];
  if (doc.source.sampleContent) {
    lines.push([
      'Contoh / Sample',
      'Data ini memuat konten contoh fiktif: produsen, nomor dan harga bukan data asli. / This data holds fictional sample content.',
    ]);
  }
  for (const line of lines) about.addRow(line);
  about.getColumn(1).font = { bold: true };
  about.getColumn(2).alignment = { wrapText: true, vertical: 'top' };

  return reproducible(new Uint8Array(await wb.xlsx.writeBuffer()), generated);
}

/**
 * The same workbook with every ZIP entry dated `date` instead of the moment it was written
 * (exceljs stamps the current time on each file of the archive), in a fixed order.
 */
async function reproducible(xlsx: Uint8Array, date: Date): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(xlsx);
  const out = new JSZip();
  // JSZip writes local time: shift so that the stored clock reads the date at 00:00 anywhere.
  const local = new Date(date.getTime() + date.getTimezoneOffset() * 60_000);
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: local, createFolders: false });
  }
  return new Uint8Array(
    await out.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    }),
  );
}
