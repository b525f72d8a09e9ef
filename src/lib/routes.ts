/**
 * `getStaticPaths` of the routes that exist in both languages, in one place: the Indonesian and
 * English route files only differ by the locale they pass to their page component.
 */
import type { Regency } from './areas.ts';
import { buildDate } from './build-date.ts';
import { CATALOGUE_PAGE_SIZE, paginate, relatedProducts, type Page } from './catalogue.ts';
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

/** `/produk/`, `/produk/2/`, … */
export async function cataloguePaths() {
  const { active } = await getCatalogue();
  return paginate(active, CATALOGUE_PAGE_SIZE).map((page) => ({
    params: { page: page.number === 1 ? undefined : String(page.number) },
    props: { page },
  }));
}
export type CatalogueProps = { page: Page<Product> };

export async function regencyPaths() {
  const { regencies } = await getCatalogue();
  return regencies.map((regency) => ({ params: { slug: regency.slug }, props: { regency } }));
}
export type RegencyProps = { regency: Regency };

export async function categoryPaths() {
  const { categories } = await getCatalogue();
  return categories.map((category) => ({ params: { slug: category.id }, props: { category } }));
}
export type CategoryProps = { category: Category };
