import { describe, expect, it } from 'vitest';
import { astroDuration, phaseSeconds } from '../../scripts/bench/phases.ts';

describe('astroDuration', () => {
  it('reads every form Astro prints', () => {
    expect(astroDuration('850ms')).toBe(0.85);
    expect(astroDuration('12.6s')).toBe(12.6);
    expect(astroDuration('1m 16s')).toBe(76);
    expect(astroDuration('2m')).toBe(120);
    expect(astroDuration('soon')).toBeUndefined();
    expect(astroDuration('')).toBeUndefined();
  });
});

describe('phaseSeconds', () => {
  const log = [
    '01:15:35 [build] ✓ Completed in 4.54s.',
    '\x1b[42m generating static routes \x1b[49m',
    '01:15:39   ├─ /index.html (+5ms)',
    '01:16:55 \x1b[32m✓ Completed in 1m 16s.\x1b[39m',
    ' generating optimized images ',
    '01:16:56   ▶ /_astro/a.webp (reused cache entry) (+1ms) (1/2)',
    '01:16:58 ✓ Completed in 850ms.',
  ].join('\n');

  it('takes the first completion line after the heading, minutes included', () => {
    expect(phaseSeconds(log, 'generating static routes')).toBe(76);
    expect(phaseSeconds(log, 'generating optimized images')).toBe(0.85);
  });

  it('gives 0 for a phase the log does not have', () => {
    expect(phaseSeconds(log, 'generating something else')).toBe(0);
  });
});
