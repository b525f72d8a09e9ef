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
import { entryFingerprint, pageKey, productFingerprint } from './page-keys.ts';
import { loadSynonyms } from './search-data.ts';

/**
 * Every product keeps its page; retired ones say so (shared links never break). The cache key
 * names all the page shows: the product, its related products' cards, its category's name and
 * the search synonyms hidden in it (src/lib/page-keys.ts).
 */
export async function productPaths() {
  const { all, related, categoryById } = await getCatalogue();
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

/** Keyed by the regency's products (cards and villages) and its text and photo. */
export async function regencyPaths() {
  const { active, regencies, regencyText, hasSamples } = await getCatalogue();
  const today = buildDate();
  return regencies.map((regency) => ({
    params: { slug: regency.slug },
    props: { regency },
    cacheKey: pageKey(
      'regency',
      byRegency(active, regency.code).map((p) => productFingerprint(p, today)),
      entryFingerprint(regencyText.get(regency.code)),
      hasSamples,
    ),
  }));
}
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
