import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  FILTERS,
  pagefindFilters,
  parseSearchParams,
  synonymTerms,
  toSearchParams,
  type SearchState,
} from '../../src/lib/search/search.ts';

describe('search state in the URL', () => {
  it('reads query, filters and sort, ignoring junk', () => {
    const state = parseSearchParams(
      new URLSearchParams('q=+kopi+&kabupaten=ngada&kabupaten=ngada&kategori=<x>&urut=price&foo=1'),
    );
    expect(state).toEqual({
      q: 'kopi',
      filters: { ...emptyFilters(), kabupaten: ['ngada'] },
      sort: 'price',
    });
  });

  it('round-trips any state through the query string', () => {
    const value = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    const stateArb = fc.record({
      q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
      filters: fc.record(
        Object.fromEntries(
          FILTERS.map((f) => [f, fc.uniqueArray(value, { maxLength: 3 })]),
        ) as Record<(typeof FILTERS)[number], fc.Arbitrary<string[]>>,
      ),
      sort: fc.constantFrom('relevance' as const, 'name' as const, 'price' as const),
    });
    fc.assert(
      fc.property(stateArb, (state: SearchState) => {
        const back = parseSearchParams(toSearchParams(state));
        expect(back.q).toBe(state.q);
        expect(back.sort).toBe(state.sort);
        for (const f of FILTERS)
          expect([...back.filters[f]].sort()).toEqual([...state.filters[f]].sort());
      }),
    );
  });

  it('gives Pagefind only the filters that are set', () => {
    expect(
      pagefindFilters({
        q: '',
        filters: { ...emptyFilters(), tahap: ['transisi'] },
        sort: 'relevance',
      }),
    ).toEqual({
      tahap: { any: ['transisi'] },
    });
  });
});

describe('synonymTerms', () => {
  const groups = [
    ['sei', "se'i", 'smoked meat'],
    ['tenun', 'kain tenun', 'ikat'],
  ];

  it('adds the other words of a group that matches a whole word', () => {
    expect(synonymTerms(["Se'i Sapi Oesapa"], groups)).toEqual(['sei', 'smoked meat']);
    expect(synonymTerms(['Tenun Ikat Sikka'], groups)).toEqual(['kain tenun']);
  });

  it('does not match inside other words', () => {
    expect(synonymTerms(['Seikat bunga'], groups)).toEqual([]);
  });
});
