/**
 * The project's one way to compare and slug texts: lower case without accents or apostrophes.
 * Search (in the browser too), village lookup and slugs all start from `fold`, so "Se'i",
 * "se’i" and "SEI" are the same word everywhere.
 */

/** Lower case, accents and apostrophes removed: `Se'i` -> `sei`, `Alor–Pantar` -> `alor–pantar`. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '');
}

/** `Kopi Arabika "Bajawa"!` -> `kopi-arabika-bajawa` (at most 60 characters). */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
