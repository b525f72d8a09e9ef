import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatCount,
  formatDate,
  formatPrice,
  formatRupiah,
  isoDate,
} from '../../src/lib/text/format.ts';
import { pick } from '../../src/lib/views/localize.ts';

describe('formatRupiah', () => {
  it.each([
    [100, 'Rp 100'],
    [45000, 'Rp 45.000'],
    [1250000, 'Rp 1.250.000'],
    [1_000_000_000, 'Rp 1.000.000.000'],
  ])('%d -> %s', (n, expected) => {
    expect(formatRupiah(n)).toBe(expected);
  });

  it('round-trips: removing "Rp " and the dots gives the number back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(Number(formatRupiah(n).slice(3).replace(/\./g, ''))).toBe(n);
      }),
    );
  });
});

describe('formatPrice', () => {
  it('formats single prices and ranges', () => {
    expect(formatPrice({ min: 45000 })).toBe('Rp 45.000');
    expect(formatPrice({ min: 55000, max: 95000 })).toBe('Rp 55.000 – Rp 95.000');
  });
});

describe('dates and counts', () => {
  it('formats dates in UTC in both languages', () => {
    const d = new Date('2025-05-27T00:00:00Z');
    expect(formatDate(d, 'id')).toBe('27 Mei 2025');
    expect(formatDate(d, 'en')).toBe('27 May 2025');
    expect(isoDate(d)).toBe('2025-05-27');
  });

  it('groups thousands per language', () => {
    expect(formatCount(3442, 'id')).toBe('3.442');
    expect(formatCount(3442, 'en')).toBe('3,442');
    expect(formatCount(44, 'en')).toBe('44');
  });
});

describe('pick (localised text)', () => {
  it('uses English when given, and marks Indonesian fallbacks', () => {
    expect(pick({ id: 'Kopi', en: 'Coffee' }, 'en')).toEqual({
      text: 'Coffee',
      lang: 'en',
      fallback: false,
    });
    expect(pick({ id: 'Kopi' }, 'en')).toEqual({ text: 'Kopi', lang: 'id', fallback: true });
    expect(pick({ id: 'Kopi', en: 'Coffee' }, 'id')).toEqual({
      text: 'Kopi',
      lang: 'id',
      fallback: false,
    });
  });
});
