import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPACITY,
  EKATALOG_HOSTS,
  isEkatalogUrl,
  LEAD_TIME,
  MINIMUM_ORDER,
  quantity,
  SAMPLE_EKATALOG_HOST,
} from '../../../src/lib/validators/quantity.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('quantity (capacity, minimum order, lead time)', () => {
  it.each([
    [CAPACITY, 1],
    [CAPACITY, 10_000_000],
    [MINIMUM_ORDER, 200],
    [LEAD_TIME, 0],
    [LEAD_TIME, 365],
  ])('accepts a whole number within bounds (%#)', (rule, n) => {
    expect(quantity(rule)(n)).toEqual({ ok: true, value: n });
  });

  it('accepts every whole number within the bounds and nothing outside them', () => {
    for (const rule of [CAPACITY, MINIMUM_ORDER, LEAD_TIME]) {
      fc.assert(
        fc.property(fc.integer({ min: -1_000, max: rule.max + 1_000 }), (n) => {
          expect(quantity(rule)(n).ok).toBe(n >= rule.min && n <= rule.max);
        }),
      );
    }
  });

  it('tells the editor to drop dots and units from text, suggesting the number', () => {
    const e = errorOf(quantity(MINIMUM_ORDER)('1.000 bungkus'));
    expect(e.id).toContain('Pesanan minimum "1.000 bungkus"');
    expect(e.id).toContain('misalnya 1000');
    expect(e.en).toContain('Minimum order "1.000 bungkus" must be a plain number');
    expect(e.en).toContain('e.g. 1000');
    expect(errorOf(quantity(CAPACITY)('banyak')).en).toContain('e.g. 500');
  });

  it('refuses fractions, negatives, zero capacity and an extra zero, saying how to fix each', () => {
    expect(errorOf(quantity(CAPACITY)(12.5)).en).toContain('not a whole number');
    expect(errorOf(quantity(LEAD_TIME)(-2)).id).toContain('paling sedikit 0');
    expect(errorOf(quantity(CAPACITY)(0)).en).toContain('the least is 1');
    expect(errorOf(quantity(LEAD_TIME)(3650)).en).toContain('more than 365');
    expect(errorOf(quantity(CAPACITY)(true)).en).toContain('must be a number');
    expect(errorOf(quantity(CAPACITY)(Number.NaN)).en).toContain('must be a number');
  });
});

describe('isEkatalogUrl', () => {
  it.each([
    'https://e-katalog.lkpp.go.id/katalog/produk/detail/123',
    'https://katalog.inaproc.id/produk/kopi-1',
    'https://www.katalog.inaproc.id/x',
    'https://E-KATALOG.LKPP.GO.ID/x',
  ])('knows %s', (url) => {
    expect(isEkatalogUrl(url)).toBe(true);
  });

  it.each([
    'https://tokopedia.com/x',
    'https://e-katalog.lkpp.go.id.evil.example/x',
    'https://notkatalog.inaproc.id.example/x',
    'https://fake-katalog.inaproc.id/x',
    `https://${SAMPLE_EKATALOG_HOST}/x`,
    'not a url',
  ])('refuses %s', (url) => {
    expect(isEkatalogUrl(url)).toBe(false);
  });

  it('accepts the sample stand-in host only for sample products', () => {
    expect(isEkatalogUrl(`https://${SAMPLE_EKATALOG_HOST}/contoh`, true)).toBe(true);
    expect(isEkatalogUrl(`https://${SAMPLE_EKATALOG_HOST}/contoh`, false)).toBe(false);
    expect(EKATALOG_HOSTS).not.toContain(SAMPLE_EKATALOG_HOST);
  });
});
