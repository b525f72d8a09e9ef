import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Village } from '../../src/lib/places/areas.ts';
import {
  activeProducts,
  countByStage,
  newestFirst,
  paginate,
  programmeFigures,
  relatedIndex,
  relatedProducts,
  sortProducts,
  villagesWithProducts,
  type ProductLike,
} from '../../src/lib/catalogue/catalogue.ts';
import type { Stage } from '../../src/schemas/product.ts';

function village(code: string, name = `Desa ${code}`): Village {
  const regencyCode = code.slice(0, 5);
  return {
    code,
    name,
    district: { code: code.slice(0, 8), name: 'Kec' },
    regency: {
      code: regencyCode,
      slug: `r${regencyCode}`,
      officialName: `Kabupaten ${regencyCode}`,
      shortName: regencyCode,
      name: { id: regencyCode, en: regencyCode },
    },
    province: { code: '53', name: 'Nusa Tenggara Timur' },
  };
}

function product(
  id: string,
  opts: {
    stage?: Stage;
    village?: string;
    category?: string;
    added?: string;
    retired?: boolean;
  } = {},
): ProductLike {
  return {
    id,
    data: {
      name: { id: id.toUpperCase() },
      category: opts.category ?? 'kopi',
      village: village(opts.village ?? '53.09.02.2001'),
      programme: { stage: opts.stage ?? 'pendampingan' },
      added: new Date(opts.added ?? '2025-05-27'),
      ...(opts.retired ? { retired: { date: new Date() } } : {}),
    },
  };
}

describe('sortProducts', () => {
  it('puts market-ready first, then regency code, then name', () => {
    const list = [
      product('b', { village: '53.10.01.2001' }),
      product('a', { village: '53.10.01.2001' }),
      product('z', { village: '53.01.01.2001' }),
      product('m', { stage: 'siap-pasar', village: '53.20.01.2001' }),
      product('t', { stage: 'transisi', village: '53.71.01.1001' }),
    ];
    expect(sortProducts(list).map((p) => p.id)).toEqual(['m', 't', 'z', 'a', 'b']);
  });

  it('does not modify its input', () => {
    const list = [product('b'), product('a')];
    sortProducts(list);
    expect(list.map((p) => p.id)).toEqual(['b', 'a']);
  });
});

describe('relatedProducts', () => {
  const all = [
    product('self', { village: '53.07.01.2001', category: 'kain-tenun' }),
    product('same-regency', { village: '53.07.02.2001', category: 'madu' }),
    product('same-category', { village: '53.11.01.2001', category: 'kain-tenun' }),
    product('unrelated', { village: '53.01.01.2001', category: 'garam' }),
    product('retired-same-regency', { village: '53.07.03.2001', retired: true }),
  ];

  it('lists same regency first, then same category, never itself, unrelated or retired ones', () => {
    const self = all[0] as ProductLike;
    expect(relatedProducts(self, relatedIndex(all)).map((p) => p.id)).toEqual([
      'same-regency',
      'same-category',
    ]);
  });

  it('respects the limit', () => {
    const self = all[0] as ProductLike;
    expect(relatedProducts(self, relatedIndex(all), 1).map((p) => p.id)).toEqual(['same-regency']);
  });

  // The definition, read straight: what the index must give for any catalogue.
  const plain = (self: ProductLike, list: readonly ProductLike[], limit: number) => {
    const others = sortProducts(activeProducts(list)).filter((p) => p.id !== self.id);
    const regency = others.filter(
      (p) => p.data.village.regency.code === self.data.village.regency.code,
    );
    const category = others.filter(
      (p) => p.data.category === self.data.category && !regency.includes(p),
    );
    return [...regency, ...category].slice(0, limit).map((p) => p.id);
  };

  it('gives what the plain definition gives, for any catalogue and limit', () => {
    const entry = fc.record({
      regency: fc.constantFrom('53.01', '53.07', '53.11'),
      category: fc.constantFrom('kopi', 'madu', 'kain-tenun'),
      stage: fc.constantFrom<Stage>('siap-pasar', 'transisi', 'pendampingan'),
      retired: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 30 }), fc.nat(6), (entries, limit) => {
        const list = entries.map((e, i) =>
          product(`p${i}`, {
            village: `${e.regency}.01.2001`,
            category: e.category,
            stage: e.stage,
            retired: e.retired,
          }),
        );
        const index = relatedIndex(list);
        for (const self of list) {
          expect(relatedProducts(self, index, limit).map((p) => p.id)).toEqual(
            plain(self, list, limit),
          );
        }
      }),
    );
  });
});

describe('figures', () => {
  const list = [
    product('a', { stage: 'siap-pasar', village: '53.01.01.2001' }),
    product('b', { village: '53.01.01.2001' }),
    product('c', { stage: 'transisi', village: '53.02.01.2001' }),
    product('d', { stage: 'siap-pasar', village: '53.03.01.2001', retired: true }),
  ];

  it('counts active products, regencies, villages and market-ready products', () => {
    expect(programmeFigures(list)).toEqual({
      products: 3,
      regencies: 2,
      villages: 2,
      marketReady: 1,
    });
  });

  it('counts by stage without retired products', () => {
    expect(countByStage(list)).toEqual({ 'siap-pasar': 1, transisi: 1, pendampingan: 1 });
    expect(activeProducts(list)).toHaveLength(3);
  });

  it('lists each village once, by name', () => {
    expect(villagesWithProducts(list).map((v) => v.code)).toEqual([
      '53.01.01.2001',
      '53.02.01.2001',
      '53.03.01.2001',
    ]);
  });
});

describe('newestFirst', () => {
  it('orders by date added, newest first, ties by id', () => {
    const list = [
      product('a', { added: '2025-05-27' }),
      product('c', { added: '2026-01-01' }),
      product('b', { added: '2025-05-27' }),
    ];
    expect(newestFirst(list).map((p) => p.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('paginate', () => {
  it('splits into pages and keeps every item exactly once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const pages = paginate(items, 24);
    expect(pages.map((p) => p.items.length)).toEqual([24, 24, 2]);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('has one empty page for no items and refuses a bad size', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, total: 1 }]);
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });
});
