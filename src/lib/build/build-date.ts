import { config } from '../config/env.ts';

/**
 * "Today" for everything computed at build time (certificate validity, dashboard dates).
 * `BUILD_DATE=YYYY-MM-DD` pins it, so tests and rebuilds of old data are reproducible.
 */
export function buildDate(value: string | undefined = config().BUILD_DATE): Date {
  if (value) {
    const d = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) throw new Error(`BUILD_DATE "${value}" must be YYYY-MM-DD.`);
    return d;
  }
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
