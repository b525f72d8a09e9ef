/**
 * "Paling sering dipindai" / "Most scanned", shown only when a build is given the totals of
 * `npm run stats` (`STATS_TOTALS`, see ./most-scanned-file.ts). Public numbers are rounded down
 * and a product below the threshold is left out, so no small count points at one shop.
 */
import { z } from 'astro/zod';

/** A product needs at least this many QR scans in the period to be listed. */
export const MOST_SCANNED_MIN = 25;
/** At most this many products. */
export const MOST_SCANNED_LIMIT = 6;

/** The part of totals.json (src/lib/stats/aggregate.ts, version 1) the site reads. */
export const publicTotalsSchema = z.object({
  version: z.literal(1),
  from: z.string(),
  to: z.string(),
  products: z.array(z.object({ slug: z.string(), qr: z.number().int().nonnegative() })),
});
export type PublicTotals = z.output<typeof publicTotalsSchema>;

/** Rounded down: to tens below 1,000, to hundreds from 1,000 on (25 -> 20, 1,234 -> 1,200). */
export function roundDown(n: number): number {
  const step = n >= 1000 ? 100 : 10;
  return Math.floor(n / step) * step;
}

export interface ScannedProduct {
  slug: string;
  /** Rounded down, never below the threshold's own rounding. */
  scans: number;
}

/**
 * The most scanned products the site still lists (`listed`: slugs of active products), most
 * first, ties by slug; products below `min` scans are left out.
 */
export function mostScanned(
  totals: PublicTotals,
  listed: ReadonlySet<string>,
  { min = MOST_SCANNED_MIN, limit = MOST_SCANNED_LIMIT } = {},
): ScannedProduct[] {
  return totals.products
    .filter((p) => listed.has(p.slug) && p.qr >= min)
    .sort((a, b) => b.qr - a.qr || a.slug.localeCompare(b.slug))
    .slice(0, limit)
    .map((p) => ({ slug: p.slug, scans: roundDown(p.qr) }));
}
