/**
 * View models of the list pages (catalogue, regency, category, island): what each page shows, built in
 * `getStaticPaths` (src/lib/views/routes.ts), rendered by the page component, and hashed into the
 * page's cache key by `viewKey` (src/lib/views/page-keys.ts), like the product page's view.
 */
import type { Regency, Village } from '../places/areas.ts';
import { productsOnIsland, type Island, type IslandIndex } from '../places/islands.ts';
import {
  byCategory,
  byRegency,
  villagesWithProducts,
  type Page,
  type ProductLike,
} from '../catalogue/catalogue.ts';

/** What list views read of the catalogue (src/lib/catalogue/catalogue-load.ts). */
export interface ListContext<P extends ProductLike, C, T> {
  /** Active products in catalogue order. */
  active: readonly P[];
  categories: readonly C[];
  regencies: readonly Regency[];
  regencyText: ReadonlyMap<string, T>;
  /** True when any product is sample content (every list page then says so). */
  hasSamples: boolean;
  /** The island of every regency (content/islands.yaml). */
  islands: Pick<IslandIndex, 'ofRegency'>;
}

export interface CatalogueView<P> {
  page: Page<P>;
  /** Active products in the whole catalogue (shown as a count). */
  activeCount: number;
  hasSamples: boolean;
}

/** `/produk/`, `/produk/2/`, …: one page of cards. */
export function catalogueView<P extends ProductLike, C, T>(
  page: Page<P>,
  ctx: ListContext<P, C, T>,
): CatalogueView<P> {
  return { page, activeCount: ctx.active.length, hasSamples: ctx.hasSamples };
}

export interface RegencyView<P, T> {
  regency: Regency;
  /** The regency's active products, in catalogue order. */
  products: P[];
  /** Villages with a product, by name. */
  villages: Village[];
  /** The regency's text and photo (content/regencies.yaml), when written. */
  text: T | undefined;
  /** Every regency, linked at the bottom of the page. */
  regencies: readonly Regency[];
  /** The regency's main island (linked), and the other islands it covers. */
  island: { slug: string; name: string } | undefined;
  otherIslands: readonly string[];
  hasSamples: boolean;
}

/** `/kabupaten/<slug>/`. */
export function regencyView<P extends ProductLike, C, T>(
  regency: Regency,
  ctx: ListContext<P, C, T>,
): RegencyView<P, T> {
  const products = byRegency(ctx.active, regency.code);
  const island = ctx.islands.ofRegency(regency.code);
  return {
    regency,
    products,
    villages: villagesWithProducts(products),
    text: ctx.regencyText.get(regency.code),
    regencies: ctx.regencies,
    island: island && { slug: island.slug, name: island.name },
    otherIslands: island?.others.get(regency.code) ?? [],
    hasSamples: ctx.hasSamples,
  };
}

export interface CategoryView<P, C> {
  category: C;
  /** The category's active products, in catalogue order. */
  products: P[];
  /** Every category, linked by name at the bottom of the page. */
  categories: readonly C[];
  hasSamples: boolean;
}

/** `/kategori/<slug>/`. */
export function categoryView<P extends ProductLike, C extends { id: string }, T>(
  category: C,
  ctx: ListContext<P, C, T>,
): CategoryView<P, C> {
  return {
    category,
    products: byCategory(ctx.active, category.id),
    categories: ctx.categories,
    hasSamples: ctx.hasSamples,
  };
}

export interface IslandView<P> {
  island: Pick<Island, 'slug' | 'name'>;
  /** The active products of the island's regencies, in catalogue order. */
  products: P[];
  /** The regencies whose main island it is: their product count and other islands. */
  members: { regency: Regency; count: number; others: readonly string[] }[];
  /** Every island, linked at the bottom of the page. */
  islands: readonly Pick<Island, 'slug' | 'name'>[];
  hasSamples: boolean;
}

/** `/pulau/<slug>/`. */
export function islandView<P extends ProductLike, C, T>(
  island: Island,
  ctx: ListContext<P, C, T> & { islands: Pick<IslandIndex, 'islands'> },
): IslandView<P> {
  const products = productsOnIsland(ctx.active, island);
  const regencyByCode = new Map(ctx.regencies.map((r) => [r.code, r]));
  return {
    island: { slug: island.slug, name: island.name },
    products,
    members: island.regencyCodes.flatMap((code) => {
      const regency = regencyByCode.get(code);
      return regency
        ? [
            {
              regency,
              count: byRegency(products, code).length,
              others: island.others.get(code) ?? [],
            },
          ]
        : [];
    }),
    islands: ctx.islands.islands.map((i) => ({ slug: i.slug, name: i.name })),
    hasSamples: ctx.hasSamples,
  };
}
