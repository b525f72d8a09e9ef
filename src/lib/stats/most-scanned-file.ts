/**
 * Reads the totals file named by `STATS_TOTALS` (once per build). Unset: undefined, and the
 * site shows nothing of it (the build output is the same as without this feature). A missing
 * or unreadable file stops the build with a message naming the variable, the file and the fix.
 */
import { config } from '../config/env.ts';
import { readFileSync } from 'node:fs';
import { publicTotalsSchema, type PublicTotals } from './most-scanned.ts';

/** The environment variable naming the totals file of `npm run stats`. */
export const STATS_TOTALS_VAR = 'STATS_TOTALS';

export function readPublicTotals(path: string | undefined): PublicTotals | undefined {
  if (path === undefined || path.trim() === '') return undefined;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `${STATS_TOTALS_VAR}=${path}: berkas tidak ada atau tidak bisa dibaca. Isi dengan jalur totals.json dari npm run stats, atau kosongkan variabel ini.\n` +
        `${STATS_TOTALS_VAR}=${path}: the file is missing or unreadable. Set it to the totals.json written by npm run stats, or unset it.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  const parsed = publicTotalsSchema.safeParse(data);
  if (!parsed.success)
    throw new Error(
      `${STATS_TOTALS_VAR}=${path}: bukan totals.json dari npm run stats (versi 1). Jalankan npm run stats lagi dan pakai totals.json yang baru.\n` +
        `${STATS_TOTALS_VAR}=${path}: not a totals.json of npm run stats (version 1). Run npm run stats again and use the new totals.json.`,
    );
  return parsed.data;
}

let cached: { path: string | undefined; totals: PublicTotals | undefined } | undefined;

/** The totals of `STATS_TOTALS`, read once per build. */
export function publicTotals(
  path: string | undefined = config().STATS_TOTALS,
): PublicTotals | undefined {
  if (cached && cached.path === path) return cached.totals;
  const totals = readPublicTotals(path);
  cached = { path, totals };
  return totals;
}
