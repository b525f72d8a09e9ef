/**
 * Reads the content collections once per build and memoises them: every page asks for the
 * same catalogue, and `getCollection` per page is a known Astro slowdown at scale.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { loadAreas } from '../places/areas-load.ts';
import type { Regency } from '../places/areas.ts';
import { islandIndex, type IslandIndex } from '../places/islands.ts';
import { activeProducts, relatedIndex, sortProducts, type RelatedIndex } from './catalogue.ts';

export type Product = CollectionEntry<'products'>;
export type Category = CollectionEntry<'categories'>;
export type RegencyText = CollectionEntry<'regencies'>;

export interface Catalogue {
  /** Every product, retired ones included. */
  all: Product[];
  /** Products in the catalogue, in catalogue order. */
  active: Product[];
  categories: Category[];
  categoryById: Map<string, Category>;
  /** All 22 regencies/cities of NTT, in official code order. */
  regencies: readonly Regency[];
  regencyText: Map<string, RegencyText>;
  /** The island of every regency (content/islands.yaml), checked to cover all 22. */
  islands: IslandIndex;
  /** Active products by regency and category, for related products on product pages. */
  related: RelatedIndex<Product>;
  /** True when any product is sample content (the site then says so on every page). */
  hasSamples: boolean;
}

let cached: Promise<Catalogue> | undefined;

export function getCatalogue(): Promise<Catalogue> {
  cached ??= (async () => {
    const [all, categories, texts, islandEntries, areas] = await Promise.all([
      getCollection('products'),
      getCollection('categories'),
      getCollection('regencies'),
      getCollection('islands'),
      loadAreas(),
    ]);
    const sorted = sortProducts(all);
    return {
      all: sorted,
      active: activeProducts(sorted),
      related: relatedIndex(sorted),
      categories,
      categoryById: new Map(categories.map((c) => [c.id, c])),
      regencies: [...areas.regencies].sort((a, b) => a.code.localeCompare(b.code)),
      regencyText: new Map(texts.map((t) => [t.data.id, t])),
      islands: islandIndex(
        islandEntries.map((e) => e.data),
        areas.regencies,
      ),
      hasSamples: all.some((p) => p.data.sample),
    };
  })();
  return cached;
}
