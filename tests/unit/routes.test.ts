/**
 * getStaticPaths of the pages in both languages (src/lib/views/routes.ts), with the catalogue and the
 * synonyms replaced by small fixtures (the real ones need Astro's content layer).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Regency, Village } from '../../src/lib/places/areas.ts';
import { relatedIndex } from '../../src/lib/catalogue/catalogue.ts';

const regency = (code: string, slug: string): Regency => ({
  code,
  slug,
  officialName: `Kabupaten ${slug}`,
  shortName: slug,
  name: { id: `Kabupaten ${slug}`, en: `${slug} Regency` },
});
const village = (code: string, r: Regency): Village => ({
  code,
  name: `Desa ${code}`,
  district: { code: code.slice(0, 8), name: 'Kec' },
  regency: r,
  province: { code: '53', name: 'Nusa Tenggara Timur' },
});
const NGADA = regency('53.09', 'ngada');
const ENDE = regency('53.08', 'ende');

function product(id: string, r: Regency, over: Record<string, unknown> = {}) {
  return {
    collection: 'products',
    id,
    digest: `${id}-1`,
    data: {
      sample: true,
      name: { id: `Produk ${id}` },
      tagline: { id: 'Contoh' },
      category: 'kopi',
      tags: [],
      village: village(`${r.code}.01.2001`, r),
      producer: {
        name: 'UMKM',
        owner: 'Contoh',
        whatsapp: '+6280000000101',
        marketplaces: [],
        outlets: [],
      },
      offer: { price: { min: 1000 }, unit: { id: 'per kg' }, variants: [], available: true },
      certifications: {},
      qris: { accepted: false },
      programme: { stage: 'siap-pasar', checklist: {} },
      hero: { src: { src: `/_astro/${id}.jpg` }, alt: { id: 'Foto' } },
      gallery: [],
      added: new Date('2025-05-27T00:00:00Z'),
      ...over,
    },
  };
}

const state = vi.hoisted(() => {
  const s: { catalogue: unknown; synonyms: string[][] } = { catalogue: undefined, synonyms: [] };
  return s;
});
// The mocks return promises like the real loaders (hence async without await).
vi.mock('../../src/lib/catalogue/catalogue-load.ts', () => ({
  getCatalogue: async () => state.catalogue,
}));
vi.mock('../../src/lib/search/words-load.ts', () => ({
  loadSynonyms: async () => ({ groups: state.synonyms, categoryWords: [], priceWords: [] }),
}));

const { cataloguePaths, categoryPaths, productPaths, regencyPaths } =
  await import('../../src/lib/views/routes.ts');

function catalogue(products: ReturnType<typeof product>[]) {
  const active = products.filter((p) => !(p.data as { retired?: unknown }).retired);
  const kopi = { collection: 'categories', id: 'kopi', data: { name: { id: 'Kopi' } } };
  return {
    all: products,
    active,
    related: relatedIndex(products as never),
    categories: [kopi],
    categoryById: new Map([['kopi', kopi]]),
    regencies: [ENDE, NGADA],
    regencyText: new Map(),
    hasSamples: true,
    islands: { islands: [], ofRegency: () => undefined, bySlug: () => undefined },
  };
}

beforeEach(() => {
  vi.stubEnv('BUILD_DATE', '2026-11-29');
  vi.stubEnv('SITE_URL', 'https://produk.nttprov.go.id');
  state.synonyms = [];
});

describe('productPaths', () => {
  it('gives every product a page, retired ones included, with its view as props', async () => {
    state.catalogue = catalogue([
      product('a', NGADA),
      product('b', NGADA),
      product('c', ENDE, { retired: { date: new Date('2026-01-01T00:00:00Z') } }),
    ]);
    const paths = await productPaths('en');
    expect(paths.map((p) => p.params.slug)).toEqual(['a', 'b', 'c']);
    const a = paths[0]!;
    expect(a.props.view.locale).toBe('en');
    expect(a.props.view.pageUrl).toBe('https://produk.nttprov.go.id/en/produk/a/');
    expect(a.props.view.related.map((p: { id: string }) => p.id)).toEqual(['b']);
    expect(paths[2]!.props.view.retired).toBe(true);
    expect(new Set(paths.map((p) => p.cacheKey)).size).toBe(3);
  });

  it('keys a page by what it shows: a related card changes the key, an unrelated product not', async () => {
    const base = [
      product('a', NGADA),
      product('b', NGADA),
      product('z', ENDE, { category: 'madu' }),
    ];
    state.catalogue = catalogue(base);
    const [before] = await productPaths('id');
    state.catalogue = catalogue([base[0]!, { ...base[1]!, digest: 'b-2' }, base[2]!]);
    const [related] = await productPaths('id');
    state.catalogue = catalogue([base[0]!, base[1]!, { ...base[2]!, digest: 'z-2' }]);
    const [unrelated] = await productPaths('id');
    expect(related!.cacheKey).not.toBe(before!.cacheKey);
    expect(unrelated!.cacheKey).toBe(before!.cacheKey);
  });

  it('uses the build date for certificate status', async () => {
    const halal = {
      number: 'ID00000000000000101',
      issued: new Date('2025-01-01T00:00:00Z'),
      expires: new Date('2026-12-01T00:00:00Z'),
    };
    state.catalogue = catalogue([product('a', NGADA, { certifications: { halal } })]);
    const [valid] = await productPaths('id');
    expect(valid!.props.view.certificates[0]!.status).toBe('expiring');
    vi.stubEnv('BUILD_DATE', '2026-12-02');
    const [expired] = await productPaths('id');
    expect(expired!.props.view.certificates[0]!.status).toBe('expired');
    expect(expired!.cacheKey).not.toBe(valid!.cacheKey);
  });
});

describe('list paths', () => {
  it('paginates the catalogue of active products (page 1 without a number)', async () => {
    state.catalogue = catalogue(
      Array.from({ length: 30 }, (_, i) => product(`p${String(i).padStart(2, '0')}`, NGADA)),
    );
    const paths = await cataloguePaths();
    expect(paths.map((p) => p.params.page)).toEqual([undefined, '2']);
    expect(paths[0]!.props.view.page.items).toHaveLength(24);
    expect(paths[1]!.props.view.activeCount).toBe(30);
  });

  it('gives every regency a page (even without products) and every category one', async () => {
    state.catalogue = catalogue([product('a', NGADA)]);
    const regencies = await regencyPaths();
    expect(regencies.map((p) => p.params.slug)).toEqual(['ende', 'ngada']);
    expect(regencies[0]!.props.view.products).toEqual([]);
    expect(regencies[1]!.props.view.products.map((p: { id: string }) => p.id)).toEqual(['a']);
    const categories = await categoryPaths();
    expect(categories.map((p) => p.params.slug)).toEqual(['kopi']);
    expect(regencies[0]!.cacheKey).not.toBe(regencies[1]!.cacheKey);
  });
});
