/**
 * `content/featured.yaml`: what the provincial office puts forward on the home page — the
 * featured products in order, an optional period with its own title ("Desember: hadiah untuk
 * hari raya"), and the product whose photo pictures each category and island. Which products
 * exist and are on sale is checked across files (src/lib/catalogue/featured.ts, used by the content check).
 */
import { z } from 'astro/zod';
import { parseDate } from '../lib/validators/licences.ts';
import { boundedLocalizedText, slug, text, validated } from './common.ts';

/** A product named by its folder name (`kopi-arabika-golewa`) or its QR code (`RM7B`). */
const productRef = text.max(100);

export const featuredSchema = z.strictObject({
  /**
   * Heading above the featured products, e.g. `{ id: 'Desember: hadiah untuk hari raya', en:
   * 'December: gifts for the holidays' }`. Without it the home page says "Produk pilihan".
   */
  title: boundedLocalizedText('featuredTitle').optional(),
  /** First day of the selection (YYYY-MM-DD); before it the home page shows the default. */
  from: validated(parseDate).optional(),
  /** Last day of the selection (YYYY-MM-DD); after it the home page shows the default. */
  until: validated(parseDate).optional(),
  /** The featured products, in the order shown: folder names or QR codes. */
  products: z.array(productRef).max(12).default([]),
  /** The product whose photo pictures a category on the home page. */
  categoryPhotos: z.array(z.strictObject({ category: slug, product: productRef })).default([]),
  /** The product whose photo pictures an island on the home page. */
  islandPhotos: z.array(z.strictObject({ island: slug, product: productRef })).default([]),
});

export type FeaturedData = z.output<typeof featuredSchema>;

/**
 * What an editor may write besides the full form, read as it was meant: a bare list of products
 * (`- kopi-arabika-golewa`) is the featured list, and a key left empty (`products:`) is no entry.
 */
export function featuredInput(data: unknown): unknown {
  if (Array.isArray(data)) return { products: data };
  if (data && typeof data === 'object') {
    return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null));
  }
  return data;
}
