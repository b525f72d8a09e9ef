import { describe, expect, it } from 'vitest';
import type { Village } from '../../src/lib/places/areas.ts';
import { relatedIndex } from '../../src/lib/catalogue/catalogue.ts';
import {
  catalogueView,
  categoryView,
  islandView,
  regencyView,
} from '../../src/lib/views/list-views.ts';
import { viewFingerprint, viewKey } from '../../src/lib/views/page-keys.ts';
import { productView, type ProductViewContext } from '../../src/lib/views/product-view.ts';
import { CHECKLIST_AREAS, type ProductData } from '../../src/schemas/product.ts';
import type { Island } from '../../src/lib/places/islands.ts';
import type { SearchWords } from '../../src/lib/search/words.ts';

const ORIGIN = 'https://produk.nttprov.go.id';
const today = new Date('2026-11-29T00:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const village = (code: string, regency: string): Village => ({
  code,
  name: `Desa ${code}`,
  district: { code: code.slice(0, 8), name: 'Golewa' },
  regency: {
    code: code.slice(0, 5),
    slug: regency,
    officialName: `Kabupaten ${regency}`,
    shortName: regency,
    name: { id: `Kabupaten ${regency}`, en: `${regency} Regency` },
  },
  province: { code: '53', name: 'Nusa Tenggara Timur' },
});

type Photo = { src: string };
type Entry = { collection: 'products'; id: string; digest: string; data: ProductData<Photo> };

function product(id: string, over: Partial<ProductData<Photo>> = {}, digest = 'd1'): Entry {
  return {
    collection: 'products',
    id,
    digest,
    data: {
      sample: true,
      name: { id: `Kopi ${id}`, en: `Coffee ${id}` },
      tagline: { id: 'Arabika petik merah' },
      category: 'kopi',
      tags: ['kopi bajawa'],
      qr: 'RM7B',
      gtin: { gtin14: '02000000000107', original: '2000000000107' } as ProductData['gtin'] & object,
      village: village('53.09.02.2002', 'ngada'),
      producer: {
        name: 'UMKM Contoh',
        owner: 'Contoh',
        whatsapp: '+6280000000101',
        marketplaces: [],
        outlets: [],
      },
      offer: {
        price: { min: 55000 },
        unit: { id: 'per bungkus', en: 'per pack' },
        variants: [],
        available: true,
      },
      certifications: {
        halal: { number: 'ID00000000000000101', issued: d('2025-06-01'), expires: d('2026-12-15') },
      },
      qris: { accepted: false },
      programme: {
        stage: 'siap-pasar',
        checklist: Object.fromEntries(
          CHECKLIST_AREAS.map((a) => [a, 'belum']),
        ) as ProductData['programme']['checklist'],
      },
      hero: { src: { src: '/_astro/hero.AAAA.jpg' }, alt: { id: 'Foto' } },
      gallery: [],
      added: d('2025-05-27'),
      ...over,
    },
  };
}

/** content/search-synonyms.yaml with only word groups. */
const words = (groups: string[][]): SearchWords => ({ groups, categoryWords: [], priceWords: [] });
const flores: Island = { slug: 'flores', name: 'Flores', regencyCodes: [], others: new Map() };

const kopi = { collection: 'categories', id: 'kopi', data: { name: { id: 'Kopi', en: 'Coffee' } } };

function context(all: Entry[], over: Partial<ProductViewContext<Entry>> = {}) {
  return {
    categoryById: new Map([[kopi.id, kopi]]),
    related: relatedIndex(all),
    synonyms: words([['kopi', 'kupi']]),
    islands: { ofRegency: (code) => (code === '53.09' ? flores : undefined) },
    today,
    origin: ORIGIN,
    ...over,
  } satisfies ProductViewContext<Entry>;
}

describe('productView', () => {
  const a = product('a');
  const b = product('b');
  const gone = product('c', { retired: { date: d('2026-01-01') } });
  const all = [a, b, gone];

  it('holds what the page shows, computed for its language and the build date', () => {
    const view = productView(a, 'en', context(all));
    expect(view.pageUrl).toBe(`${ORIGIN}/en/produk/a/`);
    expect(view.name).toBe('Coffee a');
    expect(view.nameFallback).toBe(false);
    expect(view.tagline).toBe('Arabika petik merah');
    expect(view.category).toEqual({ id: 'kopi', name: 'Coffee' });
    expect(view.certificates.map((c) => `${c.kind}:${c.status}`)).toEqual(['halal:expiring']);
    expect(view.related.map((p) => p.id)).toEqual(['b']);
    expect(view.orderLink).toMatch(/^https:\/\/wa\.me\/6280000000101\?text=/);
    expect(decodeURIComponent(view.orderLink ?? '')).toContain(`${ORIGIN}/en/produk/a/`);
    expect(view.search?.filters).toEqual([
      ['kabupaten', ['ngada']],
      ['pulau', ['flores']],
      ['kategori', ['kopi']],
      ['sertifikasi', ['halal']],
      ['tahap', ['siap-pasar']],
    ]);
    expect(view.search?.synonyms).toEqual(['kupi']);
    expect(view.search?.islandText).toMatch(/Flores/);
    expect(view.jsonLd.gs1DigitalLink).toBe(`${ORIGIN}/01/02000000000107/`);
    expect(view.jsonLd.gtin13).toBe('2000000000107');
  });

  it('gives a retired product no order link and no search data, but alternatives', () => {
    const view = productView(gone, 'id', context(all));
    expect(view.retired).toBe(true);
    expect(view.orderLink).toBeUndefined();
    expect(view.search).toBeUndefined();
    expect(view.related.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('marks an English page that falls back to the Indonesian name', () => {
    const view = productView(product('x', { name: { id: 'Kopi x' } }), 'en', context(all));
    expect(view.name).toBe('Kopi x');
    expect(view.nameFallback).toBe(true);
  });
});

describe('viewKey: the cache key derived from the view', () => {
  const key = (p: Entry, all: Entry[], over: Partial<ProductViewContext<Entry>> = {}) =>
    viewKey('product', productView(p, 'id', context(all, over)), today);

  it('is stable for the same view and differs per language', () => {
    const all = [product('a'), product('b')];
    expect(key(all[0]!, all)).toBe(key(all[0]!, all));
    const en = viewKey('product', productView(all[0]!, 'en', context(all)), today);
    expect(en).not.toBe(key(all[0]!, all));
  });

  it('changes when anything the page shows changes', () => {
    const all = [product('a'), product('b')];
    const base = key(all[0]!, all);
    // The product's own file.
    expect(key(product('a', {}, 'd2'), all)).not.toBe(base);
    // A related product's card.
    expect(key(all[0]!, [all[0]!, product('b', {}, 'd2')])).not.toBe(base);
    // The category's name.
    const renamed = { ...kopi, data: { name: { id: 'Kopi NTT' } } };
    expect(key(all[0]!, all, { categoryById: new Map([['kopi', renamed]]) })).not.toBe(base);
    // A synonym group that matches the product.
    expect(key(all[0]!, all, { synonyms: words([['kopi', 'kupi', 'kofi']]) })).not.toBe(base);
    // The island (its words are indexed, its slug is a search filter).
    const sumba: Island = { ...flores, slug: 'sumba', name: 'Sumba' };
    expect(key(all[0]!, all, { islands: { ofRegency: () => sumba } })).not.toBe(base);
    // The site origin (in the order link and JSON-LD).
    expect(key(all[0]!, all, { origin: 'https://ovop.example' })).not.toBe(base);
  });

  it('does not change for data the page does not show', () => {
    const all = [product('a'), product('b')];
    const base = key(all[0]!, all);
    // A synonym group that matches nothing on the page.
    expect(
      key(all[0]!, all, {
        synonyms: words([
          ['kopi', 'kupi'],
          ['madu', 'honey'],
        ]),
      }),
    ).toBe(base);
  });

  it('names content entries by their fingerprint, not their whole data', () => {
    const p = product('a');
    const [file] = viewFingerprint(p, today) as unknown[];
    expect(file).toEqual(['a', 'd1']);
    expect(viewFingerprint(kopi, today)).toEqual(['kopi', kopi.data]);
    expect(viewFingerprint({ when: d('2026-01-01'), n: 1 }, today)).toEqual({
      when: '2026-01-01T00:00:00.000Z',
      n: 1,
    });
  });

  it('keys a Map or a Set by its entries (they have no keys of their own)', () => {
    const one = viewFingerprint({ others: new Map([['53.10', ['Ende']]]) }, today);
    const two = viewFingerprint({ others: new Map([['53.10', ['Ende', 'Palu']]]) }, today);
    expect(one).not.toEqual(two);
    expect(viewFingerprint(new Set(['a']), today)).not.toEqual(viewFingerprint(new Set(), today));
    expect(viewFingerprint(new Map(), today)).not.toEqual(viewFingerprint({}, today));
  });
});

describe('list views', () => {
  const endeIsland: Island = { ...flores, others: new Map([['53.10', ['Ende (pulau)']]]) };
  const a = product('a');
  const b = product('b', { village: village('53.10.01.2001', 'ende'), category: 'madu' });
  const ctx = {
    active: [a, b],
    categories: [kopi],
    regencies: [a.data.village.regency, b.data.village.regency],
    regencyText: new Map<string, { id: string }>(),
    hasSamples: true,
    islands: { ofRegency: (code: string) => (code === '53.10' ? endeIsland : undefined) },
  };

  it('hold the cards and the figures each list page shows', () => {
    const page = { items: [a, b], number: 1, total: 1 };
    expect(catalogueView(page, ctx)).toEqual({ page, activeCount: 2, hasSamples: true });
    const regency = regencyView(b.data.village.regency, ctx);
    expect(regency.products.map((p) => p.id)).toEqual(['b']);
    expect(regency.villages.map((v) => v.code)).toEqual(['53.10.01.2001']);
    expect(regency.text).toBeUndefined();
    expect(regency.island).toEqual({ slug: 'flores', name: 'Flores' });
    expect(regency.otherIslands).toEqual(['Ende (pulau)']);
    expect(categoryView(kopi, ctx).products.map((p) => p.id)).toEqual(['a']);
  });

  it("hold an island's products, its regencies with their counts and other islands, every island", () => {
    const island: Island = {
      slug: 'flores',
      name: 'Flores',
      regencyCodes: ['53.09', '53.10', '53.99'],
      others: new Map([['53.10', ['Ende (pulau)']]]),
    };
    const sumba: Island = { ...flores, slug: 'sumba', name: 'Sumba' };
    const view = islandView(island, {
      ...ctx,
      islands: { ...ctx.islands, islands: [island, sumba] },
    });
    expect(view.products.map((p) => p.id)).toEqual(['a', 'b']);
    // A code with no regency in the list (53.99) is left out, not shown empty.
    expect(view.members.map((m) => [m.regency.slug, m.count, m.others])).toEqual([
      ['ngada', 1, []],
      ['ende', 1, ['Ende (pulau)']],
    ]);
    expect(view.islands).toEqual([
      { slug: 'flores', name: 'Flores' },
      { slug: 'sumba', name: 'Sumba' },
    ]);
    const key = (i: Island) =>
      viewKey(
        'island',
        islandView(i, { ...ctx, islands: { ...ctx.islands, islands: [i] } }),
        today,
      );
    // Another island for a regency changes the page (its "also covers" line), so its key.
    expect(key({ ...island, others: new Map([['53.10', ['Palu']]]) })).not.toBe(key(island));
  });

  it('give list pages keys that change with a card', () => {
    const page = { items: [a, b], number: 1, total: 1 };
    const base = viewKey('catalogue', catalogueView(page, ctx), today);
    const changed = { items: [a, product('b', {}, 'd9')], number: 1, total: 1 };
    expect(viewKey('catalogue', catalogueView(changed, ctx), today)).not.toBe(base);
    expect(
      viewKey('catalogue', catalogueView(page, { ...ctx, hasSamples: false }), today),
    ).not.toBe(base);
  });
});
