/**
 * The price list for procurement staff (src/lib/open-data/price-list.ts): made from the
 * open-data rows, one line per row, typed cells, and a workbook exceljs reads back unchanged.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import {
  ABOUT_SHEET,
  PRICE_LIST_COLUMNS,
  PRICE_LIST_SHEET,
  priceListTable,
  priceListWorkbook,
} from '../../src/lib/open-data/price-list.ts';
import { openDataDocument } from '../../src/lib/open-data/row.ts';
import type { OpenDataProduct } from '../../src/lib/open-data/schema.ts';

const base: OpenDataProduct = {
  slug: 'kopi-contoh',
  qrCode: 'RM7B',
  shortUrl: 'https://ovop.example/p/RM7B/',
  gtin: null,
  name: { id: '=HYPERLINK("https://evil.example","Kopi") Bajawa', en: 'Coffee' },
  tagline: { id: 'Kopi.', en: null },
  category: { id: 'kopi', name: { id: 'Kopi', en: 'Coffee' } },
  village: { code: '53.09.02.2002', name: 'Were I' },
  district: { code: '53.09.02', name: 'Golewa' },
  regency: { code: '53.09', name: 'Kabupaten Ngada' },
  producer: {
    name: "UMKM Se'i, Bajawa",
    whatsapp: '+6280000000101',
    whatsappUrl: 'https://wa.me/6280000000101',
    marketplaces: [],
  },
  price: { min: 55000, max: 95000, currency: 'IDR', unit: { id: 'per bungkus', en: 'per pack' } },
  available: true,
  qris: true,
  certifications: { halal: null, bpom: null, pirt: null },
  programme: {
    stage: 'siap-pasar',
    checklist: {
      productionQuality: 'selesai',
      facilities: 'selesai',
      packaging: 'selesai',
      labelling: 'selesai',
      licensing: 'selesai',
      barcode: 'belum',
      qris: 'belum',
      digitalPromotion: 'belum',
    },
    completion: { done: 5, total: 8 },
  },
  urls: {
    id: 'https://ovop.example/produk/kopi-contoh/',
    en: 'https://ovop.example/en/produk/kopi-contoh/',
  },
  image: 'https://ovop.example/_astro/a.jpg',
  added: '2025-05-27',
  sample: true,
  office: {
    canSupply: true,
    monthlyCapacity: 600,
    minimumOrder: 50,
    leadTimeDays: 0,
    invoice: true,
    ekatalogUrl: 'https://katalog.inaproc.id/produk/1',
  },
};
const bare: OpenDataProduct = {
  ...base,
  slug: 'garam-contoh',
  qrCode: null,
  name: { id: 'Garam', en: null },
  price: { ...base.price, min: 15000, max: null },
  sample: false,
  office: {
    canSupply: false,
    monthlyCapacity: null,
    minimumOrder: null,
    leadTimeDays: null,
    invoice: null,
    ekatalogUrl: null,
  },
};

const col = (header: RegExp) => PRICE_LIST_COLUMNS.findIndex((c) => header.test(c.header));

describe('priceListTable', () => {
  it('has the columns procurement staff asked for, each named in Indonesian and English', () => {
    const { header } = priceListTable([]);
    for (const want of [
      /^Nama produk/,
      /^Produsen/,
      /^Desa/,
      /^Kabupaten/,
      /^Satuan/,
      /^Harga terendah/,
      /^Harga tertinggi/,
      /^Kapasitas/,
      /^Pesanan minimum/,
      /^Waktu siap/,
      /^Nomor pesan/,
      /^Halaman produk/,
    ]) {
      expect(
        header.some((h) => want.test(h)),
        String(want),
      ).toBe(true);
    }
    for (const h of header) expect(h, h).toMatch(/ \/ |e-Katalog/);
  });

  it('gives one row per open-data row, in order, with numbers as numbers and null as empty', () => {
    const { rows } = priceListTable([base, bare]);
    expect(rows).toHaveLength(2);
    const [a, b] = rows;
    expect(a?.[col(/^Nama produk/)]).toBe(base.name.id);
    expect(a?.[col(/^Harga terendah/)]).toBe(55000);
    expect(a?.[col(/^Harga tertinggi/)]).toBe(95000);
    // A single price is both the lowest and the highest.
    expect(b?.[col(/^Harga tertinggi/)]).toBe(15000);
    expect(a?.[col(/^Waktu siap/)]).toBe(0);
    expect(b?.[col(/^Kapasitas/)]).toBeNull();
    expect(b?.[col(/^Kuitansi/)]).toBeNull();
    expect(a?.[col(/^Bisa pesanan/)]).toBe('Ya / Yes');
    expect(b?.[col(/^Bisa pesanan/)]).toBe('Tidak / No');
    expect(a?.[col(/^Halaman produk/)]).toEqual({ text: base.urls.id, hyperlink: base.urls.id });
    expect(b?.[col(/^e-Katalog/)]).toBeNull();
  });
});

describe('priceListWorkbook', () => {
  it('writes a workbook exceljs reads back: header, typed cells, links, text never a formula', async () => {
    const doc = openDataDocument({
      generated: new Date('2026-11-28T00:00:00Z'),
      origin: 'https://ovop.example',
      documentation: 'https://ovop.example/en/data/',
      products: [base, bare],
    });
    const bytes = await priceListWorkbook(doc);
    // An .xlsx file is a ZIP archive.
    expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([PRICE_LIST_SHEET, ABOUT_SHEET]);
    const sheet = wb.getWorksheet(PRICE_LIST_SHEET);
    if (!sheet) throw new Error('no sheet');
    expect(sheet.rowCount).toBe(3);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(PRICE_LIST_COLUMNS.map((c) => c.header));
    const cell = (row: number, header: RegExp) => sheet.getRow(row).getCell(col(header) + 1);
    expect(cell(2, /^Nama produk/).type).toBe(ExcelJS.ValueType.String);
    expect(cell(2, /^Nama produk/).value).toBe(base.name.id);
    expect(cell(2, /^Harga terendah/).value).toBe(55000);
    expect(cell(2, /^Harga terendah/).numFmt).toBe('#,##0');
    expect(cell(2, /^Halaman produk/).type).toBe(ExcelJS.ValueType.Hyperlink);
    expect(cell(2, /^Halaman produk/).value).toMatchObject({ hyperlink: base.urls.id });
    expect(cell(3, /^Kapasitas/).value).toBeNull();
    expect(cell(3, /^Kapasitas/).type).toBe(ExcelJS.ValueType.Null);
    // The header stays in view and every column can be filtered.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeDefined();
    const about = wb.getWorksheet(ABOUT_SHEET);
    const aboutText = JSON.stringify(about?.getSheetValues());
    expect(aboutText).toContain('2026-11-28');
    expect(aboutText).toContain('CC BY 4.0');
    expect(aboutText).toContain('contoh fiktif');
  });

  it('gives the same bytes for the same rows, whenever it is written (rebuilds copy pages)', async () => {
    const doc = openDataDocument({
      generated: new Date('2026-11-28T00:00:00Z'),
      origin: 'https://ovop.example',
      documentation: 'https://ovop.example/en/data/',
      products: [base, bare],
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-12-01T08:00:00Z'));
      const a = Buffer.from(await priceListWorkbook(doc));
      vi.setSystemTime(new Date('2027-03-15T17:31:10Z'));
      const b = Buffer.from(await priceListWorkbook(doc));
      expect(a.equals(b)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
