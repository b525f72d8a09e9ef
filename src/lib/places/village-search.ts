/**
 * Ranking for the village picker of `npm run new:product`: what the editor typed is most
 * likely the village's own name, so villages named so come first, then villages whose name
 * starts with or contains it, and only then villages that merely lie in a district or regency
 * of that name (typing "Fatumnasi" offers the village Fatumnasi before Nenas, Kec. Fatumnasi).
 */
import type { Village } from './areas.ts';
import { fold } from '../text/fold.ts';

/** Folded words (dots kept, for codes such as 53.11): `Nenas, Kec.` -> `nenas kec.`. */
const words = (s: string): string =>
  fold(s)
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();

/** Lower is better; undefined when the village does not match at all. */
export function villageScore(v: Village, query: string): number | undefined {
  const q = words(query);
  if (!q) return 9;
  const name = words(v.name);
  if (name === q) return 0;
  if (v.code.startsWith(query.trim())) return 1;
  if (name.startsWith(q)) return 2;
  if (name.includes(q)) return 3;
  const district = words(v.district.name);
  if (district === q) return 4;
  if (district.includes(q)) return 5;
  if (words(v.regency.officialName).includes(q)) return 6;
  return undefined;
}

/** Villages matching `query`, best first (ties by name), at most `limit`. */
export function rankVillages(villages: Iterable<Village>, query: string, limit = 50): Village[] {
  const scored: { v: Village; score: number }[] = [];
  for (const v of villages) {
    const score = villageScore(v, query);
    if (score !== undefined) scored.push({ v, score });
  }
  scored.sort((a, b) => a.score - b.score || a.v.name.localeCompare(b.v.name, 'id'));
  return scored.slice(0, limit).map((s) => s.v);
}
