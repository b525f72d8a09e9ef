/**
 * Search: the filters a product carries in the Pagefind index, the extra words from the
 * synonyms file, and the search state kept in the URL (`/cari/?q=kopi&kabupaten=ngada`) so a
 * search can be shared and the back button works. Shared by the build and the browser script.
 */

/** Filter names, as they appear in the URL and the index. */
export const FILTERS = ['pulau', 'kabupaten', 'kategori', 'sertifikasi', 'tahap'] as const;
export type FilterName = (typeof FILTERS)[number];

export type SortKey = 'relevance' | 'name' | 'price';

export interface SearchState {
  q: string;
  filters: Record<FilterName, string[]>;
  sort: SortKey;
}

export function emptyFilters(): Record<FilterName, string[]> {
  return { pulau: [], kabupaten: [], kategori: [], sertifikasi: [], tahap: [] };
}

/** Reads the state from a query string; unknown parameters and values are ignored. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const name of FILTERS) {
    filters[name] = [...new Set(params.getAll(name).filter((v) => /^[a-z0-9-]{1,60}$/.test(v)))];
  }
  const sort = params.get('urut');
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    filters,
    sort: sort === 'name' || sort === 'price' ? sort : 'relevance',
  };
}

/** The query string for a state (stable order, empty parts left out). */
export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS)
    for (const value of [...state.filters[name]].sort()) params.append(name, value);
  if (state.sort !== 'relevance') params.set('urut', state.sort);
  return params;
}

/** Pagefind's filter object: values within a filter are alternatives, filters combine. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const name of FILTERS)
    if (state.filters[name].length) out[name] = { any: state.filters[name] };
  return out;
}

/**
 * Extra search words for a product: every group of synonyms one of whose words occurs in the
 * product's own words adds its other words. Matching is on whole words, case-insensitive.
 */
export function synonymTerms(
  texts: readonly string[],
  groups: readonly (readonly string[])[],
): string[] {
  const haystack = ` ${texts
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}']+/gu, ' ')} `;
  const extra = new Set<string>();
  for (const group of groups) {
    const words = group.map((w) => w.toLowerCase());
    if (words.some((w) => haystack.includes(` ${w} `))) {
      for (const w of words) if (!haystack.includes(` ${w} `)) extra.add(w);
    }
  }
  return [...extra];
}
