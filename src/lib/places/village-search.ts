/**
 * Ranking for the village pickers (`npm run new:product` and the web editor's village field):
 * what the editor typed is most likely the village's own name, so villages named so come
 * first, then villages whose name starts with or contains it, and only then villages that
 * merely lie in a district or regency of that name (typing "Fatumnasi" offers the village
 * Fatumnasi before Nenas, Kec. Fatumnasi).
 *
 * Only the names are needed (`NamedVillage`), so the web editor ranks the compact village list
 * it downloads (src/lib/cms/village-list.ts) exactly as the command line ranks the area index.
 */

import { fold } from '../text/fold.ts';

/** What ranking reads of a village. */
export interface NamedVillage {
  code: string;
  name: string;
  district: { name: string };
  regency: { officialName: string };
}

/** A village with its names folded once, so each keystroke only compares strings. */
export interface FoldedVillage<V extends NamedVillage = NamedVillage> {
  village: V;
  name: string;
  district: string;
  regency: string;
}

/**
 * Folded words (dots kept, for codes such as 53.11): `Nenas, Kec.` -> `nenas kec.`. Built on the
 * project's one `fold` (src/lib/text/fold.ts).
 */
export const villageWords = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

export function foldVillage<V extends NamedVillage>(v: V): FoldedVillage<V> {
  return {
    village: v,
    name: villageWords(v.name),
    district: villageWords(v.district.name),
    regency: villageWords(v.regency.officialName),
  };
}

/** Lower is better; undefined when the village does not match. `q` is `villageWords(query)`. */
export function foldedScore(f: FoldedVillage, q: string, query: string): number | undefined {
  if (!q) return 9;
  if (f.name === q) return 0;
  if (f.village.code.startsWith(query.trim())) return 1;
  if (f.name.startsWith(q)) return 2;
  if (f.name.includes(q)) return 3;
  if (f.district === q) return 4;
  if (f.district.includes(q)) return 5;
  if (f.regency.includes(q)) return 6;
  return undefined;
}

/** Lower is better; undefined when the village does not match at all. */
export function villageScore(v: NamedVillage, query: string): number | undefined {
  return foldedScore(foldVillage(v), villageWords(query), query);
}

/** Folded villages matching `query`, best first (ties by name), at most `limit`. */
export function rankFolded<V extends NamedVillage>(
  villages: Iterable<FoldedVillage<V>>,
  query: string,
  limit = 50,
): V[] {
  const q = villageWords(query);
  const scored: { v: V; score: number }[] = [];
  for (const f of villages) {
    const score = foldedScore(f, q, query);
    if (score !== undefined) scored.push({ v: f.village, score });
  }
  scored.sort((a, b) => a.score - b.score || a.v.name.localeCompare(b.v.name, 'id'));
  return scored.slice(0, limit).map((s) => s.v);
}

/** Villages matching `query`, best first (ties by name), at most `limit`. */
export function rankVillages<V extends NamedVillage>(
  villages: Iterable<V>,
  query: string,
  limit = 50,
): V[] {
  return rankFolded([...villages].map(foldVillage), query, limit);
}
