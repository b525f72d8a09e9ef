import { describe, expect, it } from 'vitest';
import { emptyFilters, type SearchState } from '../../src/lib/search/search.ts';
import { countSearches, facetCounts, isDisabled } from '../../src/lib/search/facet-counts.ts';
import {
  matchNames,
  nextDrop,
  queryWords,
  splitPriceWords,
} from '../../src/lib/search/fallback.ts';
import { fold } from '../../src/lib/text/fold.ts';
import { categoryTerms, parseSearchWords, SearchWordsError } from '../../src/lib/search/words.ts';

describe('nextDrop (which word to leave out)', () => {
  it('names every word found in no product (Pagefind ignores them silently)', () => {
    expect(nextDrop(['kopi', 'flores', 'zorblax'], [5, 16, 0], 4)).toEqual({
      dropped: ['zorblax'],
      rest: ['kopi', 'flores'],
    });
  });

  it('drops the least common word when the words never occur together', () => {
    expect(nextDrop(['kopi', 'madu', 'sumba'], [5, 6, 8], 0)).toEqual({
      dropped: ['kopi'],
      rest: ['madu', 'sumba'],
    });
  });

  it('on a tie drops the later word', () => {
    expect(nextDrop(['tenun', 'madu', 'kopi'], [5, 6, 5], 0)?.dropped).toEqual(['kopi']);
  });

  it('keeps a query that finds something, a single word, and never drops every word', () => {
    expect(nextDrop(['kopi', 'flores'], [5, 16], 4)).toBeUndefined();
    expect(nextDrop(['zorblax'], [0], 0)).toBeUndefined();
    expect(nextDrop(['zor', 'blax'], [0, 0], 0)).toBeUndefined();
    expect(nextDrop(['a', 'b'], [1], 0)).toBeUndefined();
  });
});

describe('query words', () => {
  it('splits on spaces and removes repeats, whatever their case or accents', () => {
    expect(queryWords('  Kopi  kopi flores ')).toEqual(['Kopi', 'flores']);
    expect(fold("Se'i Kopé")).toBe('sei kope');
  });

  it('separates the words that ask for a low price', () => {
    expect(splitPriceWords(['kopi', 'MURAH', 'flores'], ['murah', 'cheap'])).toEqual({
      price: ['MURAH'],
      rest: ['kopi', 'flores'],
    });
  });
});

describe('matchNames', () => {
  const entries = [
    { label: 'Sumba', href: '/pulau/sumba/' },
    { label: 'Kabupaten Sumba Timur', href: '/kabupaten/sumba-timur/' },
    { label: 'Kabupaten Ngada', href: '/kabupaten/ngada/' },
    { label: 'Kain Tenun Ikat', href: '/kategori/kain-tenun/' },
    { label: 'Alor–Pantar', href: '/pulau/alor-pantar/' },
  ];

  it('finds names with a word starting with a query word, in the given order', () => {
    expect(matchNames(['sumba', 'zorblax'], entries).map((e) => e.href)).toEqual([
      '/pulau/sumba/',
      '/kabupaten/sumba-timur/',
    ]);
    expect(matchNames(['tenunan'], entries)).toEqual([]);
    expect(matchNames(['tenun'], entries).map((e) => e.href)).toEqual(['/kategori/kain-tenun/']);
    expect(matchNames(['pantar'], entries).map((e) => e.href)).toEqual(['/pulau/alor-pantar/']);
  });

  it('ignores short and generic words ("kabupaten" names no place by itself)', () => {
    expect(matchNames(['kabupaten', 'ka', 'island'], entries)).toEqual([]);
  });
});

describe('facet counts', () => {
  const state = (filters: Partial<SearchState['filters']>): SearchState => ({
    q: 'kopi',
    filters: { ...emptyFilters(), ...filters },
    sort: 'relevance',
  });

  it('runs the main search plus one per filter with ticked values', () => {
    const searches = countSearches(state({ pulau: ['flores'], kategori: ['kopi'] }));
    expect(searches).toEqual([
      { without: null, filters: { pulau: { any: ['flores'] }, kategori: { any: ['kopi'] } } },
      { without: 'pulau', filters: { kategori: { any: ['kopi'] } } },
      { without: 'kategori', filters: { pulau: { any: ['flores'] } } },
    ]);
  });

  it("reads a ticked filter's counts from the search without it, others from the main one", () => {
    const s = state({ pulau: ['flores'] });
    const searches = countSearches(s);
    const counts = facetCounts(
      s,
      searches,
      [
        { pulau: { flores: 4, sumba: 0 }, kategori: { kopi: 4, madu: 0 } },
        { pulau: { flores: 4, sumba: 1 }, kategori: { kopi: 5, madu: 0 } },
      ],
      { pulau: ['flores', 'sumba', 'timor'], kategori: ['kopi', 'madu'] },
    );
    // Sumba would give 1 (kopi on Sumba), even though Flores is ticked.
    expect(counts.pulau).toEqual({ flores: 4, sumba: 1, timor: 0 });
    expect(counts.kategori).toEqual({ kopi: 4, madu: 0 });
    expect(counts.tahap).toEqual({});
  });

  it('refuses responses that do not match the searches', () => {
    const s = state({ pulau: ['flores'] });
    expect(() => facetCounts(s, countSearches(s), [{}], {})).toThrow(RangeError);
  });

  it('disables a value that gives nothing, unless it is ticked', () => {
    expect(isDisabled(0, false)).toBe(true);
    expect(isDisabled(0, true)).toBe(false);
    expect(isDisabled(3, false)).toBe(false);
  });
});

describe('content/search-synonyms.yaml entries', () => {
  it('reads synonym groups, category words and price words', () => {
    const words = parseSearchWords(
      [
        ['Madu', 'honey'],
        { categories: ['kerajinan'], words: ['Souvenir'] },
        { sort: 'price', words: ['murah'] },
      ],
      'f.yaml',
      ['kerajinan', 'kopi'],
    );
    expect(words).toEqual({
      groups: [['madu', 'honey']],
      categoryWords: [{ categories: ['kerajinan'], words: ['souvenir'] }],
      priceWords: ['murah'],
    });
    expect(categoryTerms('kerajinan', words)).toEqual(['souvenir']);
    expect(categoryTerms('kopi', words)).toEqual([]);
  });

  it('names the entry, the problem and the fix in both languages', () => {
    const fail = (data: unknown, categories?: string[]) => {
      try {
        parseSearchWords(data, 'content/search-synonyms.yaml', categories);
      } catch (e) {
        if (e instanceof SearchWordsError) return e.bilingual;
        throw e;
      }
      throw new Error('accepted');
    };
    expect(fail([['madu'], 'kopi']).id).toMatch(/entri ke-2/);
    expect(fail([{ sort: 'name', words: ['x'] }]).en).toMatch(/sort: price/);
    expect(fail([{ categories: ['kopii'], words: ['x'] }], ['kopi']).en).toMatch(
      /kopii.*Choose from: kopi/,
    );
    expect(fail([{ words: ['x'] }]).en).toMatch(/\{ categories: \[\.\.\.\], words/);
    expect(fail({ a: 1 }).id).toMatch(/harus berupa daftar/);
  });
});
