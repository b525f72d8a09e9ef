/**
 * The printed catalogue (`/katalog-cetak/`, `npm run catalogue:pdf`): which products it holds
 * and in what order, the contents (island, then regency) and the index by category. Pure
 * functions over a minimal product shape, so they are unit-tested without Astro; the page only
 * renders what these return.
 *
 * Page numbers are not known until Chromium has laid the pages out, so the page prints an empty
 * slot for them and `npm run catalogue:pdf` fills the slots from the first print's text
 * (`pagesOfMarkers`) before it prints again.
 */
import { compareNames } from '../catalogue/catalogue.ts';
import type { Locale } from '../text/locales.ts';
import { pickText } from './localize.ts';
import type { LocalizedText } from '../../schemas/common.ts';

/** What the catalogue needs of a product (Astro's entries have more). */
export interface PrintProductLike {
  id: string;
  data: {
    name: LocalizedText;
    category: string;
    qr?: string | undefined;
    retired?: unknown;
    village: { regency: { code: string } };
  };
}

export interface PrintIsland {
  slug: string;
  name: string;
  regencyCodes: readonly string[];
}

export interface PrintRegency {
  code: string;
  /** Shown name, e.g. `Kabupaten Ngada` / `Ngada Regency`. */
  name: string;
}

/** One product in the catalogue, numbered in printed order (1, 2, …). */
export interface PrintEntry<P extends PrintProductLike> {
  number: number;
  product: P;
  name: string;
  /**
   * Text printed under the QR code (the short link), found again in the PDF's text to learn the
   * product's page; also the key of its page-number slots.
   */
  marker: string;
}

export interface PrintRegencySection<P extends PrintProductLike> {
  regency: PrintRegency;
  entries: PrintEntry<P>[];
}

export interface PrintIslandSection<P extends PrintProductLike> {
  island: { slug: string; name: string };
  regencies: PrintRegencySection<P>[];
}

export interface PrintIndexGroup<P extends PrintProductLike> {
  category: { id: string; name: string };
  /** The category's products by name. */
  entries: PrintEntry<P>[];
}

export interface PrintCatalogue<P extends PrintProductLike> {
  sections: PrintIslandSection<P>[];
  /** Every entry in printed order. */
  entries: PrintEntry<P>[];
  index: PrintIndexGroup<P>[];
}

export interface PrintCatalogueInput<P extends PrintProductLike> {
  products: readonly P[];
  /** Every island with its regency codes, in the order content/islands.yaml gives them. */
  islands: readonly PrintIsland[];
  /** Every regency, for its shown name. */
  regencies: readonly PrintRegency[];
  categories: readonly { id: string; name: LocalizedText }[];
  locale: Locale;
  /** The text printed under a product's QR code (its short link). */
  marker: (product: P) => string;
}

/**
 * Islands as the catalogue prints them: the island with the most regencies first (Flores,
 * Timor, Sumba), then by name; a reader at an exhibition finds the big islands at the front.
 */
export function islandOrder<I extends PrintIsland>(islands: readonly I[]): I[] {
  return [...islands].sort(
    (a, b) => b.regencyCodes.length - a.regencyCodes.length || compareNames(a.name, b.name),
  );
}

/**
 * The catalogue: active products only (retired ones left the catalogue), grouped by island
 * (`islandOrder`), then by regency in the island's own order (content/islands.yaml lists them
 * west to east), then by name; numbered in that order. Islands and regencies without an active product are left out. Throws when a product's
 * regency is on no island (the content check makes that impossible in a real build).
 */
export function printCatalogue<P extends PrintProductLike>(
  input: PrintCatalogueInput<P>,
): PrintCatalogue<P> {
  const { locale } = input;
  const active = input.products.filter((p) => !p.data.retired);
  const islandOf = new Map<string, PrintIsland>();
  for (const island of input.islands) {
    for (const code of island.regencyCodes) islandOf.set(code, island);
  }
  const lost = active.filter((p) => !islandOf.has(p.data.village.regency.code));
  if (lost.length) {
    throw new Error(
      `No island for regency ${lost.map((p) => `${p.data.village.regency.code} (${p.id})`).join(', ')}: add it to content/islands.yaml.`,
    );
  }
  const byRegency = new Map<string, P[]>();
  for (const p of active) {
    const code = p.data.village.regency.code;
    byRegency.set(code, [...(byRegency.get(code) ?? []), p]);
  }
  const regencyByCode = new Map(input.regencies.map((r) => [r.code, r]));
  const entries: PrintEntry<P>[] = [];
  const sections: PrintIslandSection<P>[] = [];
  for (const island of islandOrder(input.islands)) {
    const regencies: PrintRegencySection<P>[] = [];
    for (const code of island.regencyCodes) {
      const regency = regencyByCode.get(code) ?? { code, name: code };
      const products = [...(byRegency.get(regency.code) ?? [])].sort((a, b) =>
        compareNames(pickText(a.data.name, locale), pickText(b.data.name, locale)),
      );
      if (!products.length) continue;
      const regencyEntries = products.map((product) => {
        const entry: PrintEntry<P> = {
          number: entries.length + 1,
          product,
          name: pickText(product.data.name, locale),
          marker: input.marker(product),
        };
        entries.push(entry);
        return entry;
      });
      regencies.push({ regency, entries: regencyEntries });
    }
    if (regencies.length)
      sections.push({ island: { slug: island.slug, name: island.name }, regencies });
  }
  return { sections, entries, index: categoryIndex(entries, input.categories, locale) };
}

/**
 * The index: categories by name, each with its products by name. A product whose category is
 * not in the list is indexed under its category id, so no product is ever missing from it.
 */
export function categoryIndex<P extends PrintProductLike>(
  entries: readonly PrintEntry<P>[],
  categories: readonly { id: string; name: LocalizedText }[],
  locale: Locale,
): PrintIndexGroup<P>[] {
  const names = new Map(categories.map((c) => [c.id, pickText(c.name, locale)]));
  const groups = new Map<string, PrintEntry<P>[]>();
  for (const entry of entries) {
    const id = entry.product.data.category;
    groups.set(id, [...(groups.get(id) ?? []), entry]);
  }
  return [...groups]
    .map(([id, list]) => ({
      category: { id, name: names.get(id) ?? id },
      entries: [...list].sort((a, b) => compareNames(a.name, b.name) || a.number - b.number),
    }))
    .sort((a, b) => compareNames(a.category.name, b.category.name));
}

/**
 * The page (1-based) on which each marker first appears, from the text of a PDF split into pages
 * (`pdftotext` separates pages with a form feed). Markers found on no page are left out.
 * Whitespace inside a page's text is ignored, so a marker that the text tool broke across lines
 * is still found.
 */
export function pagesOfMarkers(
  pageTexts: readonly string[],
  markers: readonly string[],
): Map<string, number> {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const pages = pageTexts.map(squash);
  const found = new Map<string, number>();
  for (const marker of markers) {
    const needle = squash(marker);
    if (!needle) continue;
    const i = pages.findIndex((text) => text.includes(needle));
    if (i >= 0) found.set(marker, i + 1);
  }
  return found;
}

/** `pdftotext` output split into its pages (the last form feed ends the last page). */
export function splitPdfText(text: string): string[] {
  const pages = text.split('\f');
  if (pages.length > 1 && pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** `+6281234567890` -> `0812-3456-7890`: the way an Indonesian reader dials it. */
export function printedPhone(e164: string): string {
  const national = e164.startsWith('+62') ? `0${e164.slice(3)}` : e164;
  if (!/^0\d{8,12}$/.test(national)) return e164;
  return [national.slice(0, 4), national.slice(4, 8), national.slice(8)].filter(Boolean).join('-');
}
