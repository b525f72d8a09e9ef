/**
 * `getStaticPaths` of the view-model routes, in one place: those that exist in both languages
 * (the Indonesian and English route files only differ by the locale they pass to their page
 * component) and the print routes (labels, QR files). Every cache key is derived from the view.
 */
import { buildDate } from '../build/build-date.ts';
import { CATALOGUE_PAGE_SIZE, paginate } from '../catalogue/catalogue.ts';
import {
  getCatalogue,
  type Category,
  type Product,
  type RegencyText,
} from '../catalogue/catalogue-load.ts';
import {
  catalogueView,
  categoryView,
  islandView,
  regencyView,
  type CatalogueView,
  type CategoryView,
  type IslandView,
  type RegencyView,
} from './list-views.ts';
import type { Locale } from '../text/locales.ts';
import { viewKey } from './page-keys.ts';
import { productView, type ProductView } from './product-view.ts';
import { loadSynonyms } from '../search/words-load.ts';
import { config } from '../config/env.ts';
import { configuredEcl, type Ecl } from '../qr/encode.ts';
import { QR_FILE_KINDS, qrFileName, type QrFileKind } from '../links/urls.ts';

/** One route of a view-model page: the view is its props, and its cache key is derived from it. */
function keyedRoute<P, V>(kind: string, params: P, view: V, today: Date) {
  return { params, props: { view }, cacheKey: viewKey(kind, view, today) };
}

/**
 * Every product keeps its page; retired ones say so (shared links never break). The page
 * renders its view model (src/lib/views/product-view.ts) and its cache key is derived from that same
 * view, so it names all the page shows: the product, its related products' cards, its
 * category's name, its island and the search synonyms and island words hidden in it.
 */
export async function productPaths(locale: Locale) {
  const { all, related, categoryById, islands } = await getCatalogue();
  const ctx = {
    categoryById,
    related,
    islands,
    synonyms: await loadSynonyms(),
    today: buildDate(),
    origin: config().site.origin,
  };
  return all.map((product) =>
    keyedRoute('product', { slug: product.id }, productView(product, locale, ctx), ctx.today),
  );
}
export type ProductProps = { view: ProductView<Product> };

/** `/produk/`, `/produk/2/`, …: keyed by their view (the cards, the page number, the count). */
export async function cataloguePaths() {
  const catalogue = await getCatalogue();
  const today = buildDate();
  return paginate(catalogue.active, CATALOGUE_PAGE_SIZE).map((page) =>
    keyedRoute(
      'catalogue',
      { page: page.number === 1 ? undefined : String(page.number) },
      catalogueView(page, catalogue),
      today,
    ),
  );
}
export type CatalogueProps = { view: CatalogueView<Product> };

/** Keyed by their view: the regency's products (cards and villages), its text and photo. */
export async function regencyPaths() {
  const catalogue = await getCatalogue();
  const today = buildDate();
  return catalogue.regencies.map((regency) =>
    keyedRoute('regency', { slug: regency.slug }, regencyView(regency, catalogue), today),
  );
}
export type RegencyProps = { view: RegencyView<Product, RegencyText> };

/** Keyed by their view: the island's products, its regencies (counts, other islands), every island. */
export async function islandPaths() {
  const catalogue = await getCatalogue();
  const today = buildDate();
  return catalogue.islands.islands.map((island) =>
    keyedRoute('island', { slug: island.slug }, islandView(island, catalogue), today),
  );
}
export type IslandProps = { view: IslandView<Product> };

/** Keyed by their view: the category's products and every category (linked by name). */
export async function categoryPaths() {
  const catalogue = await getCatalogue();
  const today = buildDate();
  return catalogue.categories.map((category) =>
    keyedRoute('category', { slug: category.id }, categoryView(category, catalogue), today),
  );
}
export type CategoryProps = { view: CategoryView<Product, Category> };

/**
 * `/label/<CODE>/`: one label per issued code, keyed by its view (the product, shown through
 * its fingerprint, and the error correction the QR is drawn with).
 */
export async function labelPaths() {
  const { all } = await getCatalogue();
  const today = buildDate();
  const ecl = configuredEcl();
  return all.flatMap((product) =>
    product.data.qr
      ? [keyedRoute('label', { code: product.data.qr }, { product, ecl }, today)]
      : [],
  );
}
export type LabelProps = { view: { product: Product; ecl: Ecl } };

/**
 * `/qr/<CODE>.svg`, `/qr/<CODE>.png`: keyed by their view, which is all the file depends on (the
 * site address, the encoder and its drawing are config, dependencies and code, which Astro's
 * incremental build checks itself).
 */
export async function qrFilePaths() {
  const { all } = await getCatalogue();
  const today = buildDate();
  const ecl = configuredEcl();
  return all.flatMap((p) => {
    const code = p.data.qr;
    if (!code) return [];
    return QR_FILE_KINDS.map((kind) =>
      keyedRoute('qr', { file: qrFileName(code, kind) }, { code, kind, ecl }, today),
    );
  });
}
export type QrFileProps = { view: { code: string; kind: QrFileKind; ecl: Ecl } };
