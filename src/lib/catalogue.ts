/**
 * Catalogue queries: ordering, grouping, related products, programme figures, pagination.
 * Pure functions over a minimal product shape, so they are unit-tested without Astro.
 */
import type { Village } from './areas.ts';
import type { LocalizedText } from './localize.ts';

export type Stage = 'siap-pasar' | 'transisi' | 'pendampingan';

/** What these queries need of a product (Astro's entries have more). */
export interface ProductLike {
  id: string;
  data: {
    name: LocalizedText;
    category: string;
    village: Village;
    programme: { stage: Stage };
    added: Date;
    retired?: unknown;
  };
}

const STAGE_ORDER: Record<Stage, number> = { 'siap-pasar': 0, transisi: 1, pendampingan: 2 };

/** Products still offered (retired ones keep their QR page but leave the catalogue). */
export function activeProducts<P extends ProductLike>(products: readonly P[]): P[] {
  return products.filter((p) => !p.data.retired);
}

/**
 * Catalogue order: market-ready first (what a buyer can order now), then regency in official
 * code order (so the two products of a regency sit together), then name.
 */
export function sortProducts<P extends ProductLike>(products: readonly P[]): P[] {
  return [...products].sort(
    (a, b) =>
      STAGE_ORDER[a.data.programme.stage] - STAGE_ORDER[b.data.programme.stage] ||
      a.data.village.regency.code.localeCompare(b.data.village.regency.code) ||
      a.data.name.id.localeCompare(b.data.name.id, 'id'),
  );
}

export function byRegency<P extends ProductLike>(products: readonly P[], regencyCode: string): P[] {
  return products.filter((p) => p.data.village.regency.code === regencyCode);
}

export function byCategory<P extends ProductLike>(products: readonly P[], category: string): P[] {
  return products.filter((p) => p.data.category === category);
}

/**
 * Related products: same regency first, then same category, excluding the product itself;
 * each group in catalogue order.
 */
export function relatedProducts<P extends ProductLike>(
  product: P,
  all: readonly P[],
  limit = 4,
): P[] {
  const others = sortProducts(activeProducts(all).filter((p) => p.id !== product.id));
  const sameRegency = others.filter(
    (p) => p.data.village.regency.code === product.data.village.regency.code,
  );
  const sameCategory = others.filter(
    (p) => p.data.category === product.data.category && !sameRegency.includes(p),
  );
  return [...sameRegency, ...sameCategory].slice(0, limit);
}

/** The villages (with at least one product) of a regency, by name. */
export function villagesWithProducts<P extends ProductLike>(products: readonly P[]): Village[] {
  const seen = new Map<string, Village>();
  for (const p of products) seen.set(p.data.village.code, p.data.village);
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export interface ProgrammeFigures {
  products: number;
  regencies: number;
  villages: number;
  marketReady: number;
}

/** Figures shown on the home page, computed from content (never typed). */
export function programmeFigures<P extends ProductLike>(products: readonly P[]): ProgrammeFigures {
  const active = activeProducts(products);
  return {
    products: active.length,
    regencies: new Set(active.map((p) => p.data.village.regency.code)).size,
    villages: new Set(active.map((p) => p.data.village.code)).size,
    marketReady: active.filter((p) => p.data.programme.stage === 'siap-pasar').length,
  };
}

/** Products per stage, in programme order. */
export function countByStage<P extends ProductLike>(products: readonly P[]): Record<Stage, number> {
  const counts: Record<Stage, number> = { 'siap-pasar': 0, transisi: 0, pendampingan: 0 };
  for (const p of activeProducts(products)) counts[p.data.programme.stage]++;
  return counts;
}

/** Newest first (for the home page and feeds). */
export function newestFirst<P extends ProductLike>(products: readonly P[]): P[] {
  return [...products].sort(
    (a, b) => b.data.added.getTime() - a.data.added.getTime() || a.id.localeCompare(b.id),
  );
}

export interface Page<T> {
  items: T[];
  /** 1-based. */
  number: number;
  total: number;
}

/** Splits a list into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`page size must be a positive integer, got ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    number: i + 1,
    total,
  }));
}

/** Catalogue page size: 24 cards is about 3 screens on a phone and keeps HTML small. */
export const CATALOGUE_PAGE_SIZE = 24;
