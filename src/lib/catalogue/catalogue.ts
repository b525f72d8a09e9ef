/**
 * Catalogue queries: ordering, grouping, related products, programme figures, pagination.
 * Pure functions over a minimal product shape, so they are unit-tested without Astro.
 */
import type { Village } from '../places/areas.ts';
import { STAGES, type ProductData, type ProductEntry, type Stage } from '../../schemas/product.ts';

/** What these queries need of a product (Astro's entries have more): a part of the schema's type. */
export type ProductLike = ProductEntry<
  Pick<ProductData, 'name' | 'category' | 'village' | 'added' | 'retired'> & {
    programme: Pick<ProductData['programme'], 'stage'>;
  }
>;

/** Stages in programme order (the schema's list), each with a count of 0. */
export function zeroPerStage(): Record<Stage, number> {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
}

/**
 * Indonesian collation, built once: `localeCompare(x, 'id')` builds a collator on every call,
 * which dominated sorting thousands of products.
 */
const collator = new Intl.Collator('id');
export const compareNames = (a: string, b: string): number => collator.compare(a, b);

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
      STAGES.indexOf(a.data.programme.stage) - STAGES.indexOf(b.data.programme.stage) ||
      a.data.village.regency.code.localeCompare(b.data.village.regency.code) ||
      compareNames(a.data.name.id, b.data.name.id),
  );
}

export function byRegency<P extends ProductLike>(products: readonly P[], regencyCode: string): P[] {
  return products.filter((p) => p.data.village.regency.code === regencyCode);
}

export function byCategory<P extends ProductLike>(products: readonly P[], category: string): P[] {
  return products.filter((p) => p.data.category === category);
}

/** Active products grouped by regency and by category, each group in catalogue order. */
export interface RelatedIndex<P extends ProductLike> {
  byRegency: ReadonlyMap<string, readonly P[]>;
  byCategory: ReadonlyMap<string, readonly P[]>;
}

/** Built once per build, so each product page finds its related products without a scan. */
export function relatedIndex<P extends ProductLike>(all: readonly P[]): RelatedIndex<P> {
  const byRegency = new Map<string, P[]>();
  const byCategory = new Map<string, P[]>();
  const add = (map: Map<string, P[]>, key: string, p: P) => {
    const group = map.get(key);
    if (group) group.push(p);
    else map.set(key, [p]);
  };
  for (const p of sortProducts(activeProducts(all))) {
    add(byRegency, p.data.village.regency.code, p);
    add(byCategory, p.data.category, p);
  }
  return { byRegency, byCategory };
}

/**
 * Related products: same regency first, then same category, excluding the product itself;
 * each group in catalogue order. Reads only as many products as it returns (plus skips).
 */
export function relatedProducts<P extends ProductLike>(
  product: P,
  index: RelatedIndex<P>,
  limit = 4,
): P[] {
  const regency = product.data.village.regency.code;
  const result: P[] = [];
  for (const p of index.byRegency.get(regency) ?? []) {
    if (result.length >= limit) return result;
    if (p.id !== product.id) result.push(p);
  }
  for (const p of index.byCategory.get(product.data.category) ?? []) {
    if (result.length >= limit) return result;
    if (p.id !== product.id && p.data.village.regency.code !== regency) result.push(p);
  }
  return result;
}

/** The villages (with at least one product) of a regency, by name. */
export function villagesWithProducts<P extends ProductLike>(products: readonly P[]): Village[] {
  const seen = new Map<string, Village>();
  for (const p of products) seen.set(p.data.village.code, p.data.village);
  return [...seen.values()].sort((a, b) => compareNames(a.name, b.name));
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
  const counts = zeroPerStage();
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
