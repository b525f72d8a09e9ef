/**
 * What the home page puts forward: the featured products the provincial office chose in
 * `content/featured.yaml` (src/schemas/featured.ts), or a default when nothing is chosen, and the
 * product whose photo pictures each category and island. Pure: the content check uses
 * `featuredProblems` on what editors wrote, the home page `featuredSelection` and `coverPhotos`.
 */
import type { FeaturedData } from '../../schemas/featured.ts';
import type { LocalizedText } from '../../schemas/common.ts';
import type { Bilingual } from '../validators/result.ts';

/** How many products the home page features when the office chose none: two rows of four. */
export const DEFAULT_FEATURED_COUNT = 8;

/** What the featured logic needs of a product. */
export interface FeaturedProduct {
  /** The folder name (slug). */
  id: string;
  data: {
    qr?: string | undefined;
    retired?: unknown;
    category: string;
    village: { regency: { code: string } };
  };
}

/** An island as the featured logic needs it: its id and the regencies whose main island it is. */
export interface FeaturedIsland {
  slug: string;
  regencyCodes: readonly string[];
}

/**
 * The product an entry names: its folder name, or its QR code (in any case, as printed on the
 * label). Undefined when no product has that name or code.
 */
export function findProduct<P extends FeaturedProduct>(
  ref: string,
  products: readonly P[],
): P | undefined {
  const wanted = ref.trim();
  const bySlug = products.find((p) => p.id === wanted);
  if (bySlug) return bySlug;
  const code = wanted.toUpperCase();
  return products.find((p) => p.data.qr !== undefined && p.data.qr.toUpperCase() === code);
}

/** The day of a `Date` as a number, so dates written in content compare by whole days. */
const day = (d: Date): number => Math.floor(d.getTime() / 86_400_000);

/** True when `today` lies in the selection's period (no period: always). */
export function inPeriod(data: Pick<FeaturedData, 'from' | 'until'>, today: Date): boolean {
  if (data.from && day(today) < day(data.from)) return false;
  if (data.until && day(today) > day(data.until)) return false;
  return true;
}

export interface FeaturedSelection<P> {
  /** The office's title for this period; undefined: the page's own heading. */
  title: LocalizedText | undefined;
  products: P[];
  /** True when the products are the office's choice, false for the default. */
  chosen: boolean;
}

/**
 * The default when the office chose nothing (or its period is not running): one product of each
 * category in turn — the first of each category in catalogue order, then the second of each, …
 * — so the first screen shows the range of the programme, market-ready products first (catalogue
 * order puts them first), instead of six woven cloths in a row.
 */
export function defaultFeatured<P extends FeaturedProduct>(
  active: readonly P[],
  count: number = DEFAULT_FEATURED_COUNT,
): P[] {
  const byCategory = new Map<string, P[]>();
  for (const p of active) {
    const group = byCategory.get(p.data.category);
    if (group) group.push(p);
    else byCategory.set(p.data.category, [p]);
  }
  const groups = [...byCategory.values()];
  const out: P[] = [];
  for (let round = 0; out.length < count; round++) {
    let added = false;
    for (const group of groups) {
      const p = group[round];
      if (p && out.length < count) {
        out.push(p);
        added = true;
      }
    }
    if (!added) break;
  }
  return out;
}

/**
 * The featured products for the build date: the office's list while its period runs (unknown
 * or retired entries skipped — the content check has already refused them), else the default.
 */
export function featuredSelection<P extends FeaturedProduct>(
  data: FeaturedData | undefined,
  active: readonly P[],
  today: Date,
): FeaturedSelection<P> {
  if (data && data.products.length > 0 && inPeriod(data, today)) {
    const chosen: P[] = [];
    for (const ref of data.products) {
      const p = findProduct(ref, active);
      if (p && !chosen.includes(p)) chosen.push(p);
    }
    if (chosen.length > 0) return { title: data.title, products: chosen, chosen: true };
  }
  return { title: undefined, products: defaultFeatured(active), chosen: false };
}

/**
 * The product whose photo pictures each group (a category or an island): the one chosen in
 * content, else the first featured product of the group, else its first product in catalogue
 * order. A group without products gets none.
 */
export function coverPhotos<P extends FeaturedProduct>(
  groups: readonly string[],
  chosen: readonly { group: string; product: string }[],
  belongs: (p: P, group: string) => boolean,
  featured: readonly P[],
  active: readonly P[],
): Map<string, P | undefined> {
  const out = new Map<string, P | undefined>();
  for (const group of groups) {
    const ref = chosen.find((c) => c.group === group)?.product;
    const picked = ref === undefined ? undefined : findProduct(ref, active);
    out.set(
      group,
      (picked && belongs(picked, group) ? picked : undefined) ??
        featured.find((p) => belongs(p, group)) ??
        active.find((p) => belongs(p, group)),
    );
  }
  return out;
}

/** A problem in `content/featured.yaml`, at a field path such as `['products', 2]`. */
export interface FeaturedProblem {
  path: (string | number)[];
  message: Bilingual;
}

/** What an editor can type instead, for messages: a few folder names. */
function examples(products: readonly FeaturedProduct[]): string {
  return products
    .filter((p) => !p.data.retired)
    .slice(0, 3)
    .map((p) => p.id)
    .join(', ');
}

/**
 * Checks across files: every entry names a product that exists and is on sale, once; a
 * category or island photo names a known category or island and one of its own products; the
 * period does not end before it starts. Messages name the entry, Indonesian and English.
 */
export function featuredProblems(
  data: FeaturedData,
  all: readonly FeaturedProduct[],
  categories: readonly string[],
  islands: readonly FeaturedIsland[] | undefined,
): FeaturedProblem[] {
  const problems: FeaturedProblem[] = [];
  const hint = examples(all);
  const productProblem = (ref: string, path: (string | number)[]): FeaturedProduct | undefined => {
    const p = findProduct(ref, all);
    if (!p) {
      problems.push({
        path,
        message: {
          id: `Produk "${ref}" tidak ada. Tulis nama folder produk (mis. ${hint}) atau kode QR-nya, persis seperti di content/products/.`,
          en: `Product "${ref}" does not exist. Write the product's folder name (e.g. ${hint}) or its QR code, exactly as in content/products/.`,
        },
      });
      return undefined;
    }
    if (p.data.retired) {
      problems.push({
        path,
        message: {
          id: `Produk "${ref}" sudah dihentikan (retired) dan tidak dijual lagi. Hapus baris ini atau pilih produk lain.`,
          en: `Product "${ref}" is retired and no longer on sale. Remove this line or choose another product.`,
        },
      });
      return undefined;
    }
    return p;
  };

  const seen = new Map<FeaturedProduct, number>();
  data.products.forEach((ref, i) => {
    const p = productProblem(ref, ['products', i]);
    if (!p) return;
    const first = seen.get(p);
    if (first !== undefined) {
      problems.push({
        path: ['products', i],
        message: {
          id: `Produk "${ref}" sudah ada di daftar (baris ke-${first + 1}). Hapus salah satunya.`,
          en: `Product "${ref}" is already in the list (entry ${first + 1}). Remove one of them.`,
        },
      });
    } else seen.set(p, i);
  });

  if (data.from && data.until && day(data.until) < day(data.from)) {
    problems.push({
      path: ['until'],
      message: {
        id: 'Tanggal until lebih awal daripada from. Periksa kedua tanggal (format TAHUN-BULAN-TANGGAL).',
        en: 'The until date is before the from date. Check both dates (format YEAR-MONTH-DAY).',
      },
    });
  }

  const seenCategories = new Set<string>();
  data.categoryPhotos.forEach((c, i) => {
    if (!categories.includes(c.category)) {
      problems.push({
        path: ['categoryPhotos', i, 'category'],
        message: {
          id: `Kategori "${c.category}" tidak ada di content/categories.yaml. Pilih salah satu: ${categories.join(', ')}.`,
          en: `Category "${c.category}" is not in content/categories.yaml. Choose one of: ${categories.join(', ')}.`,
        },
      });
    } else if (seenCategories.has(c.category)) {
      problems.push({
        path: ['categoryPhotos', i, 'category'],
        message: {
          id: `Kategori "${c.category}" sudah punya foto di atas. Hapus salah satunya.`,
          en: `Category "${c.category}" already has a photo above. Remove one of them.`,
        },
      });
    }
    seenCategories.add(c.category);
    const p = productProblem(c.product, ['categoryPhotos', i, 'product']);
    if (p && categories.includes(c.category) && p.data.category !== c.category) {
      problems.push({
        path: ['categoryPhotos', i, 'product'],
        message: {
          id: `Produk "${c.product}" berkategori "${p.data.category}", bukan "${c.category}". Pilih produk dari kategori "${c.category}".`,
          en: `Product "${c.product}" is in category "${p.data.category}", not "${c.category}". Choose a product of category "${c.category}".`,
        },
      });
    }
  });

  const seenIslands = new Set<string>();
  data.islandPhotos.forEach((entry, i) => {
    const island = islands?.find((x) => x.slug === entry.island);
    if (islands && !island) {
      problems.push({
        path: ['islandPhotos', i, 'island'],
        message: {
          id: `Pulau "${entry.island}" tidak ada di content/islands.yaml. Pilih salah satu: ${islands.map((x) => x.slug).join(', ')}.`,
          en: `Island "${entry.island}" is not in content/islands.yaml. Choose one of: ${islands.map((x) => x.slug).join(', ')}.`,
        },
      });
    } else if (seenIslands.has(entry.island)) {
      problems.push({
        path: ['islandPhotos', i, 'island'],
        message: {
          id: `Pulau "${entry.island}" sudah punya foto di atas. Hapus salah satunya.`,
          en: `Island "${entry.island}" already has a photo above. Remove one of them.`,
        },
      });
    }
    seenIslands.add(entry.island);
    const p = productProblem(entry.product, ['islandPhotos', i, 'product']);
    if (p && island && !island.regencyCodes.includes(p.data.village.regency.code)) {
      problems.push({
        path: ['islandPhotos', i, 'product'],
        message: {
          id: `Produk "${entry.product}" tidak berasal dari pulau "${entry.island}". Pilih produk dari kabupaten di pulau itu.`,
          en: `Product "${entry.product}" is not from the island "${entry.island}". Choose a product from a regency on that island.`,
        },
      });
    }
  });
  return problems;
}
