/**
 * "Can supply an office order" (src/lib/catalogue/office.ts): the one rule behind the product page, the
 * /instansi/ list, the search filter, the open data and the price list.
 */
import { describe, expect, it } from 'vitest';
import {
  canSupplyOffices,
  ekatalogUrl,
  hasOfficeTerms,
  officeTerms,
  type OfficeInput,
} from '../../src/lib/catalogue/office.ts';
import { officeFilterValues, OFFICE_FILTER_VALUE } from '../../src/lib/search/search.ts';

const EKATALOG = 'https://katalog.inaproc.id/produk/contoh';
const SHOP = { url: 'https://shopee.example/a', kind: 'toko-online' as const };

function product(
  institutional: OfficeInput['offer']['institutional'],
  opts: { ekatalog?: boolean; available?: boolean } = {},
): OfficeInput {
  return {
    producer: {
      marketplaces: [
        SHOP,
        ...(opts.ekatalog ? [{ url: EKATALOG, kind: 'e-katalog' as const }] : []),
      ],
    },
    offer: { available: opts.available ?? true, institutional },
  };
}

const ALL = { monthlyCapacity: 600, minimumOrder: 50, leadTimeDays: 7, invoice: true };

describe('canSupplyOffices', () => {
  it('is true with capacity, minimum order, lead time and a receipt or invoice', () => {
    expect(canSupplyOffices(product(ALL))).toBe(true);
    // Ready stock: a lead time of 0 days counts as stated.
    expect(canSupplyOffices(product({ ...ALL, leadTimeDays: 0 }))).toBe(true);
  });

  it.each([
    ['no capacity', { ...ALL, monthlyCapacity: undefined }],
    ['no minimum order', { ...ALL, minimumOrder: undefined }],
    ['no lead time', { ...ALL, leadTimeDays: undefined }],
    ['no receipt or invoice', { ...ALL, invoice: false }],
    ['receipt not stated', { ...ALL, invoice: undefined }],
    ['nothing stated', undefined],
  ])('is false with %s and no e-Katalog link', (_what, terms) => {
    expect(canSupplyOffices(product(terms))).toBe(false);
  });

  it('is true with an e-Katalog link alone (e-Katalog handles the paperwork)', () => {
    expect(canSupplyOffices(product(undefined, { ekatalog: true }))).toBe(true);
  });

  it('is false while the product is out of stock, whatever it states', () => {
    expect(canSupplyOffices(product(ALL, { ekatalog: true, available: false }))).toBe(false);
  });

  it('gives the search filter value ya exactly when the rule holds', () => {
    expect(officeFilterValues(canSupplyOffices(product(ALL)))).toEqual([OFFICE_FILTER_VALUE]);
    expect(officeFilterValues(canSupplyOffices(product(undefined)))).toEqual([]);
  });
});

describe('officeTerms', () => {
  it('reads the terms and the e-Katalog link (not another marketplace link)', () => {
    expect(officeTerms(product(ALL, { ekatalog: true }))).toEqual({
      ...ALL,
      ekatalogUrl: EKATALOG,
    });
    expect(ekatalogUrl(product(ALL))).toBeUndefined();
  });

  it('has something to show as soon as one term or the link is there', () => {
    expect(hasOfficeTerms(officeTerms(product(undefined)))).toBe(false);
    expect(hasOfficeTerms(officeTerms(product({})))).toBe(false);
    expect(hasOfficeTerms(officeTerms(product({ invoice: false })))).toBe(true);
    expect(hasOfficeTerms(officeTerms(product(undefined, { ekatalog: true })))).toBe(true);
  });
});
