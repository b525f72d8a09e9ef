/**
 * What the search page offers instead of an empty list: the query with its least common word
 * dropped (and words found nowhere named as such), categories/regencies/islands whose names
 * match a word, and the low-price sort for words such as "murah". Pure functions, used by the
 * browser script and unit-tested.
 */
import { fold } from '../text/fold.ts';

/** The words of a query, as typed (duplicates and empty parts removed). */
export function queryWords(q: string): string[] {
  const seen = new Set<string>();
  return q
    .split(/\s+/)
    .filter(Boolean)
    .filter((w) => {
      const k = fold(w);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

/**
 * The next words to leave out of a query, from each word's result count on its own
 * (`counts[i]` for `words[i]`) and the query's own result count (`found`):
 * - words found in no product at all: Pagefind already ignores them, so they are named as
 *   dropped (the user must know `zorblax` played no part in the results);
 * - else, when the query finds nothing, its least common word (on a tie the later one, as
 *   people add qualifiers at the end);
 * - else nothing (`undefined`), and never every word.
 */
export function nextDrop(
  words: readonly string[],
  counts: readonly number[],
  found: number,
): { dropped: string[]; rest: string[] } | undefined {
  if (words.length < 2 || counts.length !== words.length) return undefined;
  const unknown = words.filter((_, i) => counts[i] === 0);
  if (unknown.length === words.length) return undefined;
  if (unknown.length) return { dropped: unknown, rest: words.filter((_, i) => counts[i] !== 0) };
  if (found > 0) return undefined;
  let at = 0;
  counts.forEach((c, i) => {
    if (c <= (counts[at] ?? Infinity)) at = i;
  });
  return { dropped: [words[at] as string], rest: words.filter((_, i) => i !== at) };
}

/** Words that ask for low prices (`murah`, `cheap`) and the query without them. */
export function splitPriceWords(
  words: readonly string[],
  priceWords: readonly string[],
): { price: string[]; rest: string[] } {
  const set = new Set(priceWords.map(fold));
  return {
    price: words.filter((w) => set.has(fold(w))),
    rest: words.filter((w) => !set.has(fold(w))),
  };
}

/** Words too general to name a place or category on their own. */
const GENERIC = new Set([
  'kabupaten',
  'kota',
  'pulau',
  'dan',
  'regency',
  'city',
  'island',
  'and',
  'the',
  'of',
]);

export interface Named {
  label: string;
  href: string;
}

/**
 * Entries whose name has a word starting with a query word (3 letters or more, not a generic
 * word such as "kabupaten"), in their given order: `sumba` names the four Sumba regencies and
 * the island, `tenun` the woven-cloth category.
 */
export function matchNames<T extends Named>(words: readonly string[], entries: readonly T[]): T[] {
  const wanted = words.map(fold).filter((w) => w.length >= 3 && !GENERIC.has(w));
  if (!wanted.length) return [];
  const seen = new Set<string>();
  return entries.filter((e) => {
    if (seen.has(e.href)) return false;
    const nameWords = fold(e.label).split(/[^\p{Letter}\p{Number}]+/u);
    const hit = wanted.some((w) => nameWords.some((n) => n.startsWith(w)));
    if (hit) seen.add(e.href);
    return hit;
  });
}
