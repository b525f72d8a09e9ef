/**
 * Days as the province counts them: WITA (Asia/Makassar, UTC+8 all year; Indonesia has no
 * daylight saving time since 1964). A fixed offset, so a million lines need no Intl call each;
 * tests/unit/stats-wita.test.ts compares it with Intl for every hour of several years.
 */

/** WITA is UTC+8. */
export const WITA_OFFSET_MS = 8 * 60 * 60 * 1000;
export const WITA_TIME_ZONE = 'Asia/Makassar';

/** `YYYY-MM-DD` of an instant (milliseconds since the epoch), in WITA. */
export function witaDay(epochMs: number): string {
  return new Date(epochMs + WITA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The first instant of a WITA day `YYYY-MM-DD` (for `--since`), or undefined when not a date. */
export function witaDayStart(day: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  const utc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(utc).toISOString().slice(0, 10) !== day) return undefined;
  return utc - WITA_OFFSET_MS;
}
