/**
 * `getStaticPaths` of the routes that exist in both languages, in one place: the Indonesian and
 * English route files only differ by the locale they pass to their page component.
 */
import type { Regency } from './areas.ts';
import { buildDate } from './build-date.ts';
import {
  byCategory,
  byRegency,
  CATALOGUE_PAGE_SIZE,
  paginate,
  relatedProducts,
  type Page,
} from './catalogue.ts';
import { getCatalogue, type Category, type Product } from './catalogue-data.ts';
import { productsOnIsland, type Island } from './islands.ts';
import { entryFingerprint, pageKey, productFingerprint } from './page-keys.ts';
import { loadSynonyms } from './search-data.ts';

/**
 * Every product keeps its page; retired ones say so (shared links never break). The cache key
 * names all the page shows: the product, its related products' cards, its category's name, its
 * island and the search synonyms and island words hidden in it (src/lib/page-keys.ts).
 */
export async function productPaths() {
  const { all, related, categoryById, islands } = await getCatalogue();
  const synonyms = await loadSynonyms();
  const today = buildDate();
  return all.map((product) => ({
    params: { slug: product.id },
    props: { product },
    cacheKey: pageKey(
      'product',
      productFingerprint(product, today),
      relatedProducts(product, related).map((p) => productFingerprint(p, today)),
      entryFingerprint(categoryById.get(product.data.category)),
      islandFingerprint(islands.ofRegency(product.data.village.regency.code)),
      synonyms,
    ),
  }));
}
export type ProductProps = { product: Product };

/** `/produk/`, `/produk/2/`, …: keyed by the cards on the page and the catalogue's size. */
export async function cataloguePaths() {
  const { active, hasSamples } = await getCatalogue();
  const today = buildDate();
  return paginate(active, CATALOGUE_PAGE_SIZE).map((page) => ({
    params: { page: page.number === 1 ? undefined : String(page.number) },
    props: { page },
    cacheKey: pageKey(
      'catalogue',
      page.items.map((p) => productFingerprint(p, today)),
      page.number,
      page.total,
      active.length,
      hasSamples,
    ),
  }));
}
export type CatalogueProps = { page: Page<Product> };

/**
 * Keyed by the regency's products (cards and villages), its text and photo, and its island
 * (name, slug and the other islands it covers).
 */
export async function regencyPaths() {
  const { active, regencies, regencyText, islands, hasSamples } = await getCatalogue();
  const today = buildDate();
  return regencies.map((regency) => ({
    params: { slug: regency.slug },
    props: { regency },
    cacheKey: pageKey(
      'regency',
      byRegency(active, regency.code).map((p) => productFingerprint(p, today)),
      entryFingerprint(regencyText.get(regency.code)),
      islandFingerprint(islands.ofRegency(regency.code)),
      hasSamples,
    ),
  }));
}

/** What of an island a page shows: its slug, name, regencies and their other islands. */
function islandFingerprint(island: Island | undefined): unknown {
  return island
    ? [island.slug, island.name, island.regencyCodes, [...island.others.entries()]]
    : null;
}

/**
 * `/pulau/<slug>/`: keyed by the island's products (cards, counts per regency), its entry, and
 * every island's name and product count (the page links them all).
 */
export async function islandPaths() {
  const { active, islands, hasSamples } = await getCatalogue();
  const today = buildDate();
  const all = islands.islands.map((i) => [
    islandFingerprint(i),
    productsOnIsland(active, i).length,
  ]);
  return islands.islands.map((island) => ({
    params: { slug: island.slug },
    props: { island },
    cacheKey: pageKey(
      'island',
      islandFingerprint(island),
      productsOnIsland(active, island).map((p) => productFingerprint(p, today)),
      all,
      hasSamples,
    ),
  }));
}
export type IslandProps = { island: Island };
export type RegencyProps = { regency: Regency };

/** Keyed by the category's products and every category (the page links them all by name). */
export async function categoryPaths() {
  const { active, categories, hasSamples } = await getCatalogue();
  const today = buildDate();
  const all = categories.map(entryFingerprint);
  return categories.map((category) => ({
    params: { slug: category.id },
    props: { category },
    cacheKey: pageKey(
      'category',
      category.id,
      byCategory(active, category.id).map((p) => productFingerprint(p, today)),
      all,
      hasSamples,
    ),
  }));
}
export type CategoryProps = { category: Category };
