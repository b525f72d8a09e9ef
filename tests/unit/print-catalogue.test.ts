import { describe, expect, it } from 'vitest';
import {
  categoryIndex,
  pagesOfMarkers,
  printCatalogue,
  printedPhone,
  splitPdfText,
  type PrintProductLike,
} from '../../src/lib/views/print-catalogue.ts';

function product(
  id: string,
  regency: string,
  category: string,
  opts: { en?: string; retired?: boolean; qr?: string } = {},
): PrintProductLike {
  return {
    id,
    data: {
      name: { id: id.replace(/-/g, ' '), ...(opts.en ? { en: opts.en } : {}) },
      category,
      qr: opts.qr ?? id.slice(0, 4).toUpperCase(),
      retired: opts.retired ? { date: new Date('2026-01-01') } : undefined,
      village: { regency: { code: regency } },
    },
  };
}

// Given by slug (as the island index sorts them); regencies in the file's west-to-east order.
const ISLANDS = [
  { slug: 'flores', name: 'Flores', regencyCodes: ['53.15', '53.09', '53.08'] },
  { slug: 'sumba', name: 'Sumba', regencyCodes: ['53.02'] },
  { slug: 'timor', name: 'Timor', regencyCodes: ['53.71', '53.03'] },
];
const REGENCIES = [
  { code: '53.71', name: 'Kota Kupang' },
  { code: '53.02', name: 'Sumba Timur' },
  { code: '53.03', name: 'Timor Tengah Utara' },
  { code: '53.08', name: 'Ende' },
  { code: '53.09', name: 'Ngada' },
];
const CATEGORIES = [
  { id: 'kopi', name: { id: 'Kopi', en: 'Coffee' } },
  { id: 'tenun', name: { id: 'Tenun', en: 'Woven cloth' } },
  { id: 'madu', name: { id: 'Madu', en: 'Honey' } },
];
const PRODUCTS = [
  product('tenun-ikat-sumba', '53.02', 'tenun'),
  product('kopi-bajawa', '53.09', 'kopi', { en: 'Bajawa coffee' }),
  product('kopi-arabika-golewa', '53.09', 'kopi', { en: 'Golewa arabica' }),
  product('garam-lama', '53.09', 'garam', { retired: true }),
  product('madu-kupang', '53.71', 'madu'),
  product('tenun-ende', '53.08', 'tenun'),
];

const build = (locale: 'id' | 'en' = 'id', products = PRODUCTS) =>
  printCatalogue({
    products,
    islands: ISLANDS,
    regencies: REGENCIES,
    categories: CATEGORIES,
    locale,
    marker: (p) => `ovop.example/p/${p.data.qr}`,
  });

describe('printCatalogue', () => {
  it('holds every active product once and no retired one', () => {
    const { entries } = build();
    expect(entries.map((e) => e.product.id).sort()).toEqual(
      PRODUCTS.filter((p) => !p.data.retired)
        .map((p) => p.id)
        .sort(),
    );
    expect(entries.some((e) => e.product.id === 'garam-lama')).toBe(false);
  });

  it('groups by island (most regencies first), then regency in the island order, then name', () => {
    const { sections } = build();
    expect(sections.map((s) => s.island.slug)).toEqual(['flores', 'timor', 'sumba']);
    // Manggarai Barat (53.15) has no product and is left out; Ngada comes before Ende.
    expect(sections[0]?.regencies.map((r) => r.regency.code)).toEqual(['53.09', '53.08']);
    expect(sections[0]?.regencies[0]?.regency.name).toBe('Ngada');
    expect(sections[0]?.regencies[0]?.entries.map((e) => e.product.id)).toEqual([
      'kopi-arabika-golewa',
      'kopi-bajawa',
    ]);
    // Timor: only Kota Kupang has an active product; the regency without one is left out.
    expect(sections[1]?.regencies.map((r) => r.regency.code)).toEqual(['53.71']);
  });

  it('numbers the entries 1..n in printed order', () => {
    const { sections, entries } = build();
    const inOrder = sections.flatMap((s) => s.regencies.flatMap((r) => r.entries));
    expect(inOrder).toEqual(entries);
    expect(entries.map((e) => e.number)).toEqual([1, 2, 3, 4, 5]);
    expect(entries.map((e) => e.product.id)).toEqual([
      'kopi-arabika-golewa',
      'kopi-bajawa',
      'tenun-ende',
      'madu-kupang',
      'tenun-ikat-sumba',
    ]);
  });

  it('names and sorts in the page language, falling back to Indonesian', () => {
    const { entries } = build('en');
    const ngada = entries.filter((e) => e.product.data.village.regency.code === '53.09');
    expect(ngada.map((e) => e.name)).toEqual(['Bajawa coffee', 'Golewa arabica']);
    expect(entries.find((e) => e.product.id === 'tenun-ende')?.name).toBe('tenun ende');
  });

  it('leaves out an island whose products are all retired', () => {
    const { sections } = build('id', [
      product('kopi-bajawa', '53.09', 'kopi'),
      product('tenun-lama', '53.02', 'tenun', { retired: true }),
    ]);
    expect(sections.map((s) => s.island.slug)).toEqual(['flores']);
  });

  it('carries each product marker', () => {
    const { entries } = build();
    expect(entries[0]?.marker).toBe('ovop.example/p/KOPI');
  });

  it('refuses a product whose regency is on no island, naming it', () => {
    expect(() => build('id', [product('kopi-x', '53.99', 'kopi')])).toThrow(/53\.99 \(kopi-x\)/);
  });
});

describe('categoryIndex', () => {
  it('lists categories by name, each with its products by name, retired ones out', () => {
    const { index } = build();
    expect(index.map((g) => g.category.name)).toEqual(['Kopi', 'Madu', 'Tenun']);
    expect(index[2]?.entries.map((e) => e.name)).toEqual(['tenun ende', 'tenun ikat sumba']);
    const indexed = index.flatMap((g) => g.entries.map((e) => e.product.id)).sort();
    expect(indexed).toEqual(
      build()
        .entries.map((e) => e.product.id)
        .sort(),
    );
  });

  it('sorts by the translated category name in English', () => {
    const { index } = build('en');
    expect(index.map((g) => g.category.name)).toEqual(['Coffee', 'Honey', 'Woven cloth']);
  });

  it('keeps a product whose category is unknown, under the category id', () => {
    const { entries } = build('id', [product('garam-x', '53.09', 'garam')]);
    const index = categoryIndex(entries, CATEGORIES, 'id');
    expect(index).toHaveLength(1);
    expect(index[0]?.category).toEqual({ id: 'garam', name: 'garam' });
  });
});

describe('pagesOfMarkers', () => {
  it('gives the first page each marker appears on, ignoring line breaks inside it', () => {
    const pages = splitPdfText(
      'Cover\f Contents\fKopi\novop.example/p/\nAAAA\f ovop.example/p/BBBB\novop.example/p/AAAA\f',
    );
    expect(pages).toHaveLength(4);
    const found = pagesOfMarkers(pages, [
      'ovop.example/p/AAAA',
      'ovop.example/p/BBBB',
      'ovop.example/p/CCCC',
    ]);
    expect(found.get('ovop.example/p/AAAA')).toBe(3);
    expect(found.get('ovop.example/p/BBBB')).toBe(4);
    expect(found.has('ovop.example/p/CCCC')).toBe(false);
  });

  it('ignores an empty marker', () => {
    expect(pagesOfMarkers(['x'], ['', '  ']).size).toBe(0);
  });
});

describe('printedPhone', () => {
  it.each([
    ['+6281234567890', '0812-3456-7890'],
    ['+628000000101', '0800-0000-101'],
    ['+62812345678', '0812-3456-78'],
  ])('%s -> %s', (e164, shown) => {
    expect(printedPhone(e164)).toBe(shown);
  });

  it('leaves a number it does not recognise as it is', () => {
    expect(printedPhone('+441234')).toBe('+441234');
  });
});
