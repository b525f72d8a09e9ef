/**
 * Filter counts ("how many products would this value give?"), from Pagefind's per-search filter
 * counts. A value's count is the number of results for the current query with the OTHER filters
 * as they are and this filter set to just that value. So for a filter with ticked values, the
 * counts come from a search without that filter; every other filter reads the main search.
 */
import { FILTERS, pagefindFilters, type FilterName, type SearchState } from './search.ts';

/** Pagefind's `filters` in a search response: value counts per filter. */
export type FilterCounts = Partial<Record<string, Record<string, number>>>;

/** One search to run: `without` is the filter it leaves out (`null`: the main search). */
export interface CountSearch {
  without: FilterName | null;
  filters: Record<string, { any: string[] }>;
}

/** The main search, then one search per filter that has ticked values. */
export function countSearches(state: SearchState): CountSearch[] {
  const searches: CountSearch[] = [{ without: null, filters: pagefindFilters(state) }];
  for (const name of FILTERS) {
    if (!state.filters[name].length) continue;
    const without: SearchState = { ...state, filters: { ...state.filters, [name]: [] } };
    searches.push({ without: name, filters: pagefindFilters(without) });
  }
  return searches;
}

/**
 * Counts per filter and value. `responses` are Pagefind's `filters`, one per search of
 * `countSearches(state)`, in the same order. A value Pagefind does not mention counts 0.
 */
export function facetCounts(
  state: SearchState,
  searches: readonly CountSearch[],
  responses: readonly FilterCounts[],
  values: Readonly<Partial<Record<FilterName, readonly string[]>>>,
): Record<FilterName, Record<string, number>> {
  if (responses.length !== searches.length)
    throw new RangeError(`expected ${searches.length} responses, got ${responses.length}`);
  const source = new Map<FilterName | null, FilterCounts>();
  searches.forEach((s, i) => source.set(s.without, responses[i] ?? {}));
  const out = {} as Record<FilterName, Record<string, number>>;
  for (const name of FILTERS) {
    const from = state.filters[name].length ? source.get(name) : source.get(null);
    const counts = from?.[name] ?? {};
    out[name] = Object.fromEntries((values[name] ?? []).map((v) => [v, counts[v] ?? 0]));
  }
  return out;
}

/** A ticked value stays usable (to untick it); any other value that would give nothing is off. */
export function isDisabled(count: number, checked: boolean): boolean {
  return count === 0 && !checked;
}
