/**
 * `getStaticPaths` of the routes that exist in both languages, in one place: the Indonesian and
 * English route files only differ by the locale they pass to their page component.
 */
import type { Regency } from './areas.ts';
import { CATALOGUE_PAGE_SIZE, paginate, type Page } from './catalogue.ts';
import { getCatalogue, type Category, type Product } from './catalogue-data.ts';

/** Every product keeps its page; retired ones say so (shared links never break). */
export async function productPaths() {
  const { all } = await getCatalogue();
  return all.map((product) => ({ params: { slug: product.id }, props: { product } }));
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
