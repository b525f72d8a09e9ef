/** The site's opt-in "most scanned" list: rounding, the threshold, and the totals file. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  MOST_SCANNED_LIMIT,
  MOST_SCANNED_MIN,
  mostScanned,
  roundDown,
  type PublicTotals,
} from '../../src/lib/stats/most-scanned.ts';
import { publicTotals, readPublicTotals } from '../../src/lib/stats/most-scanned-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'etalase-most-scanned-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const totals = (products: { slug: string; qr: number }[]): PublicTotals => ({
  version: 1,
  from: '2026-11-01',
  to: '2026-11-30',
  products,
});

describe('mostScanned', () => {
  it('rounds down to tens, and to hundreds from 1,000', () => {
    expect([0, 9, 25, 29, 999, 1000, 1234, 15_099].map(roundDown)).toEqual([
      0, 0, 20, 20, 990, 1000, 1200, 15_000,
    ]);
  });

  it('leaves out products below the threshold and products no longer listed', () => {
    const list = mostScanned(
      totals([
        { slug: 'a', qr: MOST_SCANNED_MIN - 1 },
        { slug: 'b', qr: MOST_SCANNED_MIN },
        { slug: 'c', qr: 1234 },
        { slug: 'retired', qr: 5000 },
      ]),
      new Set(['a', 'b', 'c']),
    );
    expect(list).toEqual([
      { slug: 'c', scans: 1200 },
      { slug: 'b', scans: roundDown(MOST_SCANNED_MIN) },
    ]);
  });

  it('lists at most six, most scanned first, ties by name', () => {
    const products = Array.from({ length: 10 }, (_, i) => ({ slug: `p${i}`, qr: 100 + (i % 3) }));
    const list = mostScanned(totals(products), new Set(products.map((p) => p.slug)));
    expect(list).toHaveLength(MOST_SCANNED_LIMIT);
    expect(list.map((p) => p.slug)).toEqual(['p2', 'p5', 'p8', 'p1', 'p4', 'p7']);
  });
});

describe('the STATS_TOTALS file', () => {
  it('is nothing when the variable is unset or empty', () => {
    expect(publicTotals(undefined)).toBeUndefined();
    expect(readPublicTotals('  ')).toBeUndefined();
  });

  it('reads a totals.json', () => {
    const file = join(dir, 'totals.json');
    writeFileSync(file, JSON.stringify({ ...totals([{ slug: 'a', qr: 30 }]), lines: 9 }));
    expect(publicTotals(file)?.products).toEqual([{ slug: 'a', qr: 30 }]);
  });

  it('stops with a message naming the variable, the file and the fix', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"version": 2}');
    expect(() => readPublicTotals(bad)).toThrow(
      `STATS_TOTALS=${bad}: not a totals.json of npm run stats (version 1). Run npm run stats again`,
    );
    writeFileSync(bad, 'not json');
    expect(() => readPublicTotals(bad)).toThrow(/bukan totals\.json dari npm run stats/);
    expect(() => readPublicTotals(join(dir, 'missing.json'))).toThrow(
      /the file is missing or unreadable\. Set it to the totals\.json/,
    );
  });
});
