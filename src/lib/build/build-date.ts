import { config } from '../config/env.ts';

/**
 * "Today" for everything computed at build time (certificate validity, dashboard dates, which
 * events are still to come). Days are counted in WITA (UTC+8, `Asia/Makassar`): a build at
 * 00:10 WITA (16:10 UTC the day before, when the deploy workflow's daily rebuild runs) is
 * already on the new day. `BUILD_DATE=YYYY-MM-DD` pins it, so tests and rebuilds of old data
 * are reproducible.
 */
export function buildDate(value: string | undefined = config().BUILD_DATE): Date {
  if (value) {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) throw new Error(`BUILD_DATE "${value}" must be YYYY-MM-DD.`);
    return d;
  }
  // WITA has no daylight saving: its date is the UTC date eight hours later.
  const now = new Date(Date.now() + 8 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
