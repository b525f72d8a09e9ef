import { describe, expect, it } from 'vitest';
import {
  entryFingerprint,
  pageKey,
  productFingerprint,
  type KeyedProduct,
} from '../../src/lib/views/page-keys.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const TODAY = day('2026-11-29');

function product(over: Partial<KeyedProduct> = {}, data: Partial<KeyedProduct['data']> = {}) {
  return {
    id: 'madu-uji',
    digest: 'abc123',
    ...over,
    data: {
      hero: { src: { src: '/_astro/hero.AAAA.jpg' }, alt: { id: 'Foto' } },
      gallery: [{ src: { src: '/_astro/g1.BBBB.jpg' }, alt: { id: 'Foto' } }],
      certifications: {
        halal: {
          number: 'ID00000000000000999',
          issued: day('2025-01-01'),
          expires: day('2027-06-01'),
        },
      },
      ...data,
    },
  } satisfies KeyedProduct;
}

const key = (p: KeyedProduct, today = TODAY) => pageKey('product', productFingerprint(p, today));

describe('page keys', () => {
  it('are stable for the same inputs', () => {
    expect(key(product())).toBe(key(product()));
    expect(pageKey('a', 1, [2])).toBe(pageKey('a', 1, [2]));
  });

  it('change with the entry file, a photo, the slug or the kind of page', () => {
    const base = key(product());
    expect(key(product({ digest: 'abc124' }))).not.toBe(base);
    expect(key(product({ id: 'madu-lain' }))).not.toBe(base);
    // A photo replaced under the same file name gets another built name (hash of its bytes).
    expect(
      key(product({}, { hero: { src: { src: '/_astro/hero.CCCC.jpg' }, alt: { id: 'Foto' } } })),
    ).not.toBe(base);
    expect(key(product({}, { gallery: [] }))).not.toBe(base);
    expect(pageKey('label', productFingerprint(product(), TODAY))).not.toBe(base);
  });

  it('change on the day a certificate expires or enters its last months, not on other days', () => {
    const p = product();
    // Far from expiry: two days give the same key (pages are reused across days).
    expect(key(p, day('2026-01-10'))).toBe(key(p, day('2026-01-11')));
    expect(key(p, day('2027-06-02'))).not.toBe(key(p, day('2026-01-10')));
    expect(productFingerprint(p, day('2027-06-02'))[3]).toEqual(['halal:expired']);
    expect(productFingerprint(p, day('2027-04-01'))[3]).toEqual(['halal:expiring']);
    expect(key(p, day('2027-04-01'))).not.toBe(key(p, day('2026-01-10')));
  });

  it('fingerprint entries without a digest by their data', () => {
    const a = entryFingerprint({ id: 'madu', data: { name: { id: 'Madu' } } });
    const b = entryFingerprint({ id: 'madu', data: { name: { id: 'Madu Hutan' } } });
    expect(a).not.toEqual(b);
    expect(entryFingerprint({ id: 'madu', data: { name: { id: 'Madu' } } })).toEqual(a);
    expect(entryFingerprint(undefined)).toBeNull();
    // With a digest, the digest names the file.
    expect(entryFingerprint({ id: 'x', digest: 7, data: {} })).toEqual(['x', '7']);
  });
});
