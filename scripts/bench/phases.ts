/**
 * Reading phase times out of an `astro build` log: Astro prints a heading ("generating static
 * routes"), the per-route lines, then "✓ Completed in 12.6s." — or "1m 16s." or "850ms." —
 * for it. Pure, so the parsing is unit-tested (tests/unit/bench-phases.test.ts).
 */

/** "850ms" → 0.85, "12.6s" → 12.6, "1m 16s" → 76, "2m" → 120; undefined if not a duration. */
export function astroDuration(text: string): number | undefined {
  const m = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const minutes = Number(m[1] ?? 0) * 60;
  const rest = m[2] === undefined ? 0 : Number(m[2]) / (m[3] === 'ms' ? 1000 : 1);
  return minutes + rest;
}

/** Seconds of the phase whose heading contains `marker`, or 0 when the log lacks it. */
export function phaseSeconds(log: string, marker: string): number {
  // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const start = lines.findIndex((l) => l.includes(marker));
  if (start < 0) return 0;
  for (const line of lines.slice(start + 1)) {
    const m = /^(?:\d\d:\d\d:\d\d\s+)?✓ Completed in (.+?)\.?\s*$/.exec(line.trim());
    const seconds = m?.[1] === undefined ? undefined : astroDuration(m[1]);
    if (seconds !== undefined) return seconds;
  }
  return 0;
}
