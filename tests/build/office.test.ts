/**
 * Buying for offices in dist/: the /instansi/ list, the product page section, the search
 * filter, the open data and the .xlsx price list all agree with the content and with the one
 * rule of src/lib/catalogue/office.ts; the price list opens in exceljs and matches the catalogue.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { canSupplyOffices, officeTerms } from '../../src/lib/catalogue/office.ts';
import {
  PRICE_LIST_COLUMNS,
  PRICE_LIST_SHEET,
  priceListTable,
} from '../../src/lib/open-data/price-list.ts';
import type { OpenDataDocument } from '../../src/lib/open-data/schema.ts';
import {
  dataFileUrl,
  dataUrl,
  infoPageUrl,
  officeUrl,
  productUrl,
  searchUrl,
} from '../../src/lib/links/urls.ts';
import { readDist } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { builtSite } from '../helpers/origin.ts';

const ORIGIN = builtSite().origin;
const LOCALES = ['id', 'en'] as const;
const page = (path: string) => readDist(`${path.slice(1)}index.html`);
let all: CheckedProduct[];
let active: CheckedProduct[];
let ready: string[];
let doc: OpenDataDocument;

beforeAll(async () => {
  all = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
  active = all.filter((p) => !p.data.retired);
  ready = active.filter((p) => canSupplyOffices(p.data)).map((p) => p.slug);
  doc = JSON.parse(readDist('data/products.json')) as OpenDataDocument;
});

describe('/instansi/', () => {
  it('the sample content has products that can, and some that cannot, supply an office order', () => {
    expect(ready.length).toBeGreaterThanOrEqual(2);
    expect(ready.length).toBeLessThan(active.length);
    // A product with some terms but not all of them is not listed.
    const partial = active.filter((p) => p.data.offer.institutional && !canSupplyOffices(p.data));
    expect(partial.length).toBeGreaterThan(0);
  });

  it.each(LOCALES)('lists exactly the products that can supply an office order (%s)', (locale) => {
    const html = page(officeUrl(locale));
    const rows = [...html.matchAll(/data-office-row="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.sort()).toEqual([...ready].sort());
    expect(html).toContain(`data-office-count="${ready.length}"`);
    for (const slug of ready) expect(html).toContain(`href="${productUrl(slug, locale)}"`);
    expect(html).toContain(`href="${infoPageUrl('belanja-instansi', locale)}"`);
    expect(html).toContain(`href="${dataFileUrl('priceList')}"`);
  });

  it.each(LOCALES)('is linked from the catalogue and the search filter (%s)', (locale) => {
    expect(page(`${locale === 'en' ? '/en' : ''}/produk/`)).toContain(
      `href="${officeUrl(locale)}"`,
    );
    const search = page(searchUrl(locale));
    const box = /<input[^>]*name="instansi"[^>]*>/.exec(search)?.[0] ?? '';
    expect(box).toContain('value="ya"');
    expect(box).toContain(`data-total="${ready.length}"`);
    expect(box).toContain(`data-href="${officeUrl(locale)}"`);
  });
});

describe('product pages', () => {
  it('carry the instansi:ya search filter exactly when the product can supply an office order', () => {
    for (const p of active) {
      const html = page(productUrl(p.slug, 'id'));
      expect(html.includes('data-pagefind-filter="instansi:ya"'), p.slug).toBe(
        ready.includes(p.slug),
      );
    }
  });

  it('show the office terms the editor wrote, and nothing for a product without them', () => {
    let shown = 0;
    for (const p of active) {
      const terms = officeTerms(p.data);
      for (const locale of LOCALES) {
        const html = page(productUrl(p.slug, locale));
        const section = /<section class="office"[^]*?<\/section>/.exec(html)?.[0];
        const any = Object.values(terms).some((v) => v !== undefined);
        expect(Boolean(section), `${p.slug} ${locale}`).toBe(any);
        if (!section) continue;
        shown += 1;
        if (terms.monthlyCapacity !== undefined)
          expect(section).toContain(`data-office-capacity="${terms.monthlyCapacity}"`);
        if (terms.minimumOrder !== undefined)
          expect(section).toContain(`data-office-minimum="${terms.minimumOrder}"`);
        if (terms.leadTimeDays !== undefined)
          expect(section).toContain(`data-office-lead-time="${terms.leadTimeDays}"`);
        if (terms.ekatalogUrl) expect(section).toContain(`href="${terms.ekatalogUrl}"`);
        expect(section).toContain(`data-office="${ready.includes(p.slug) ? 'ready' : 'partial'}"`);
      }
    }
    expect(shown).toBeGreaterThan(0);
  });
});

describe('open data', () => {
  it('publishes the office terms and the rule for every active product', () => {
    const bySlug = new Map(doc.products.map((p) => [p.slug, p]));
    for (const p of active) {
      const t = officeTerms(p.data);
      expect(bySlug.get(p.slug)?.office, p.slug).toEqual({
        canSupply: ready.includes(p.slug),
        monthlyCapacity: t.monthlyCapacity ?? null,
        minimumOrder: t.minimumOrder ?? null,
        leadTimeDays: t.leadTimeDays ?? null,
        invoice: t.invoice ?? null,
        ekatalogUrl: t.ekatalogUrl ?? null,
      });
    }
  });
});

describe('/data/daftar-harga.xlsx', () => {
  let sheet: ExcelJS.Worksheet;

  beforeAll(async () => {
    const bytes = readFileSync(join(DIST, dataFileUrl('priceList')));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const s = wb.getWorksheet(PRICE_LIST_SHEET);
    if (!s) throw new Error(`no sheet "${PRICE_LIST_SHEET}"`);
    sheet = s;
  });

  /** The sheet's cells as the table would hold them (hyperlinks as { text, hyperlink }). */
  const rowsOf = () =>
    Array.from({ length: sheet.rowCount - 1 }, (_, i) =>
      PRICE_LIST_COLUMNS.map((_c, j) => {
        const v = sheet.getRow(i + 2).getCell(j + 1).value;
        if (v && typeof v === 'object' && 'hyperlink' in v)
          return { text: String(v.text), hyperlink: v.hyperlink };
        return v ?? null;
      }),
    );

  it('opens, with the header and one row per open-data row, the same cells in the same order', () => {
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(
      PRICE_LIST_COLUMNS.map((c) => c.header),
    );
    expect(rowsOf()).toEqual(priceListTable(doc.products).rows);
  });

  it('matches the catalogue: every active product once, no retired one, names and prices', () => {
    const col = (re: RegExp) => PRICE_LIST_COLUMNS.findIndex((c) => re.test(c.header));
    const rows = rowsOf();
    const pages = rows.map((r) => (r[col(/^Halaman produk/)] as { hyperlink: string }).hyperlink);
    expect(pages.sort()).toEqual(active.map((p) => `${ORIGIN}${productUrl(p.slug, 'id')}`).sort());
    for (const p of all.filter((x) => x.data.retired)) {
      expect(pages).not.toContain(`${ORIGIN}${productUrl(p.slug, 'id')}`);
    }
    const byName = new Map(rows.map((r) => [r[col(/^Nama produk/)], r]));
    for (const p of active) {
      const r = byName.get(p.data.name.id);
      expect(r, p.slug).toBeDefined();
      expect(r?.[col(/^Harga terendah/)]).toBe(p.data.offer.price.min);
      expect(r?.[col(/^Harga tertinggi/)]).toBe(p.data.offer.price.max ?? p.data.offer.price.min);
      expect(r?.[col(/^Satuan/)]).toBe(p.data.offer.unit.id);
      expect(r?.[col(/^Produsen/)]).toBe(p.data.producer.name);
      expect(r?.[col(/^Kabupaten/)]).toBe(p.data.village.regency.officialName);
      expect(r?.[col(/^Nomor pesan/)]).toBe(p.data.producer.whatsapp);
      expect(r?.[col(/^Pesanan minimum/)]).toBe(p.data.offer.institutional?.minimumOrder ?? null);
    }
  });

  it.each(LOCALES)(
    'is linked from the data page and the buying-for-offices page (%s)',
    (locale) => {
      const href = `href="${dataFileUrl('priceList')}"`;
      expect(page(dataUrl(locale))).toContain(href);
      const info = page(infoPageUrl('belanja-instansi', locale));
      expect(info).toContain(href);
      expect(info).toContain(`href="${officeUrl(locale)}"`);
      expect(info).toMatch(/WhatsApp/);
      expect(info).toMatch(/e-Katalog/);
      expect(info).toMatch(/QRIS/);
    },
  );
});
