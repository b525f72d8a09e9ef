/**
 * Buying for offices (government institutions, "instansi"): what an office buyer needs to know
 * of a product, and the one rule of which products "can supply an office order". The product
 * page, the catalogue list, the search filter, the open data and the price list all use this
 * module, so they always agree.
 */
import type { ProductData } from '../../schemas/product.ts';

/** What this module reads of a product: a part of the schema's type. */
export interface OfficeInput {
  producer: {
    marketplaces: Pick<ProductData['producer']['marketplaces'][number], 'url' | 'kind'>[];
  };
  offer: Pick<ProductData['offer'], 'available' | 'institutional'>;
}

/** An office buyer's terms of one product; each is `undefined` when the editor left it out. */
export interface OfficeTerms {
  monthlyCapacity: number | undefined;
  minimumOrder: number | undefined;
  leadTimeDays: number | undefined;
  /** Whether the producer can issue a receipt or invoice; `undefined` when not stated. */
  invoice: boolean | undefined;
  /** The product's page on LKPP e-Katalog. */
  ekatalogUrl: string | undefined;
}

/** The product's LKPP e-Katalog page (its marketplace link of kind `e-katalog`), if any. */
export function ekatalogUrl(d: OfficeInput): string | undefined {
  return d.producer.marketplaces.find((m) => m.kind === 'e-katalog')?.url;
}

/** The office-buyer terms of a product. */
export function officeTerms(d: OfficeInput): OfficeTerms {
  const o = d.offer.institutional;
  return {
    monthlyCapacity: o?.monthlyCapacity,
    minimumOrder: o?.minimumOrder,
    leadTimeDays: o?.leadTimeDays,
    invoice: o?.invoice,
    ekatalogUrl: ekatalogUrl(d),
  };
}

/** `true` when the product page has anything to tell an office buyer. */
export function hasOfficeTerms(t: OfficeTerms): boolean {
  return Object.values(t).some((v) => v !== undefined);
}

/**
 * "Can supply an office order": the product is in stock, and an office can order it either
 * through LKPP e-Katalog (it has an e-Katalog link), or directly because the producer has stated
 * all an office needs to plan and account for a purchase — monthly capacity, minimum order, lead
 * time, and that it issues a receipt or invoice (`invoice: true`).
 * Retired products are never listed: callers pass active products.
 */
export function canSupplyOffices(d: OfficeInput): boolean {
  if (!d.offer.available) return false;
  const t = officeTerms(d);
  if (t.ekatalogUrl !== undefined) return true;
  return (
    t.monthlyCapacity !== undefined &&
    t.minimumOrder !== undefined &&
    t.leadTimeDays !== undefined &&
    t.invoice === true
  );
}
