/**
 * Islands: which island or island group each regency/city of NTT is on, from
 * `content/islands.yaml`. A product's island is derived from its village's regency (never typed
 * per product). Pure functions, shared by the build and the content check.
 */
import type { Locale } from '../text/locales.ts';
import type { Bilingual } from '../validators/result.ts';

/** One regency's place in an island entry (as `src/schemas/island.ts` outputs it). */
export interface IslandRegencyEntry {
  code: string;
  others: readonly string[];
}

/** An entry of `content/islands.yaml`, validated by `islandSchema`. */
export interface IslandEntry {
  id: string;
  name: string;
  regencies: readonly IslandRegencyEntry[];
}

export interface Island {
  /** URL slug, `/pulau/<slug>/`: the entry's `id`. */
  slug: string;
  /** Same in both languages: `Flores`, `Alor–Pantar`. */
  name: string;
  /** Regency codes whose main island this is, in the file's order. */
  regencyCodes: readonly string[];
  /** Other islands per regency code (`53.06` -> `[Adonara, Solor]`). */
  others: ReadonlyMap<string, readonly string[]>;
}

export interface IslandProblem {
  /** Path in the YAML list, e.g. `[1, 'regencies', 7, 'code']`; empty for the whole file. */
  path: (string | number)[];
  message: Bilingual;
}

interface KnownRegency {
  code: string;
  shortName: string;
}

/**
 * What is wrong with the list as a whole: unknown or repeated regency codes, repeated island
 * ids, and regencies that are on no island. Empty when the list is usable.
 */
export function islandProblems(
  entries: readonly IslandEntry[],
  regencies: readonly KnownRegency[],
): IslandProblem[] {
  const problems: IslandProblem[] = [];
  const known = new Map(regencies.map((r) => [r.code, r]));
  const validCodes = regencies.map((r) => `${r.code} ${r.shortName}`).join(', ');
  const seenIds = new Set<string>();
  const seenCodes = new Map<string, string>();
  entries.forEach((entry, i) => {
    if (seenIds.has(entry.id)) {
      problems.push({
        path: [i, 'id'],
        message: {
          id: `Pulau "${entry.id}" tertulis dua kali. Gabungkan kedua entri menjadi satu.`,
          en: `Island "${entry.id}" is listed twice. Merge the two entries into one.`,
        },
      });
    }
    seenIds.add(entry.id);
    entry.regencies.forEach((r, j) => {
      const path = [i, 'regencies', j, 'code'];
      if (!known.has(r.code)) {
        problems.push({
          path,
          message: {
            id: `Kode kabupaten "${r.code}" tidak ada di NTT. Kode yang ada: ${validCodes}.`,
            en: `Regency code "${r.code}" does not exist in NTT. Valid codes: ${validCodes}.`,
          },
        });
        return;
      }
      const first = seenCodes.get(r.code);
      if (first !== undefined) {
        problems.push({
          path,
          message: {
            id: `Kabupaten ${r.code} (${known.get(r.code)?.shortName}) sudah tercantum di pulau "${first}". Setiap kabupaten hanya punya satu pulau utama; tulis pulau lainnya di "others".`,
            en: `Regency ${r.code} (${known.get(r.code)?.shortName}) is already listed under island "${first}". A regency has one main island; list its other islands in "others".`,
          },
        });
      } else seenCodes.set(r.code, entry.id);
    });
  });
  const missing = regencies.filter((r) => !seenCodes.has(r.code));
  if (missing.length) {
    const names = missing.map((r) => `${r.code} ${r.shortName}`).join(', ');
    problems.push({
      path: [],
      message: {
        id: `Kabupaten/kota berikut belum punya pulau: ${names}. Tambahkan masing-masing ke "regencies" pulau utamanya.`,
        en: `These regencies/cities have no island yet: ${names}. Add each to the "regencies" of its main island.`,
      },
    });
  }
  return problems;
}

/** Thrown by `islandIndex` when the list is unusable; carries every problem found. */
export class IslandListError extends Error {
  readonly problems: IslandProblem[];
  constructor(problems: IslandProblem[]) {
    super(
      problems.map((p) => `content/islands.yaml: ${p.message.id}\n  ${p.message.en}`).join('\n'),
    );
    this.name = 'IslandListError';
    this.problems = problems;
  }
}

export interface IslandIndex {
  /** By slug (alor-pantar, flores, …): a stable order whatever the file's. */
  islands: readonly Island[];
  /** The main island of a regency/city. */
  ofRegency(code: string): Island | undefined;
  bySlug(slug: string): Island | undefined;
}

/** Builds the lookup tables, or throws `IslandListError` naming every problem. */
export function islandIndex(
  entries: readonly IslandEntry[],
  regencies: readonly KnownRegency[],
): IslandIndex {
  const problems = islandProblems(entries, regencies);
  if (problems.length) throw new IslandListError(problems);
  const islands: Island[] = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => ({
      slug: e.id,
      name: e.name,
      regencyCodes: e.regencies.map((r) => r.code),
      others: new Map(e.regencies.filter((r) => r.others.length).map((r) => [r.code, r.others])),
    }));
  const byRegency = new Map<string, Island>();
  for (const island of islands) for (const code of island.regencyCodes) byRegency.set(code, island);
  const bySlug = new Map(islands.map((i) => [i.slug, i]));
  return {
    islands,
    ofRegency: (code) => byRegency.get(code),
    bySlug: (slug) => bySlug.get(slug),
  };
}

/**
 * The island's words for a product's search entry: `Pulau Flores` / `Flores island`; a group
 * gives each of its islands (`Pulau Alor Pantar`).
 */
export function islandSearchText(island: Pick<Island, 'name'>, locale: Locale): string {
  const words = island.name
    .split(/[\s–—-]+/u)
    .filter(Boolean)
    .join(' ');
  return locale === 'en' ? `${words} island` : `Pulau ${words}`;
}

/** The products (in their given order) whose village's regency has this island as its main one. */
export function productsOnIsland<P extends { data: { village: { regency: { code: string } } } }>(
  products: readonly P[],
  island: Pick<Island, 'regencyCodes'>,
): P[] {
  const codes = new Set(island.regencyCodes);
  return products.filter((p) => codes.has(p.data.village.regency.code));
}

/** `island.count.one` or `island.count.other`, by the language's plural rules. */
export function countKey(n: number, locale: Locale): 'island.count.one' | 'island.count.other' {
  return new Intl.PluralRules(locale).select(n) === 'one'
    ? 'island.count.one'
    : 'island.count.other';
}
