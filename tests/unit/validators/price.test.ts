import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PRICE, MIN_PRICE, parsePrice } from '../../../src/lib/validators/price.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('parsePrice accepts', () => {
  it.each([
    [45000, { min: 45000 }],
    [MIN_PRICE, { min: 100 }],
    [MAX_PRICE, { min: 1_000_000_000 }],
    [{ min: 25000 }, { min: 25000 }],
    [
      { min: 25000, max: 45000 },
      { min: 25000, max: 45000 },
    ],
    [{ min: 25000, max: null }, { min: 25000 }],
    [{ min: 25000, max: undefined }, { min: 25000 }],
    [
      { min: 100, max: 200 },
      { min: 100, max: 200 },
    ],
  ])('%j', (input, expected) => {
    expect(parsePrice(input)).toEqual({ ok: true, value: expected });
  });

  it('leaves max out entirely for a single price', () => {
    const result = parsePrice({ min: 25000, max: null });
    expect(result.ok && 'max' in result.value).toBe(false);
  });
});

describe('parsePrice rejects', () => {
  it.each([
    ['missing', undefined],
    ['null', null],
    ['zero', 0],
    ['negative', -45000],
    ['negative zero', -0],
    ['a decimal', 45000.5],
    ['"45.500" read by YAML as a decimal', 45.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['more than a billion', MAX_PRICE + 1],
    ['"45.000" read by YAML as 45', 45],
    ['below the smallest coin', MIN_PRICE - 1],
    ['an unsafe integer', 2 ** 60],
    ['a quoted number', '45000'],
    ['thousands dots', '45.000'],
    ['Rp prefix', 'Rp 45.000'],
    ['Rp prefix and ,-', 'Rp45.000,-'],
    ['a range as text', '25.000 - 45.000'],
    ['a boolean', true],
    ['a list', [25000, 45000]],
    ['a range without min', { max: 45000 }],
    ['a range with null min', { min: null, max: 45000 }],
    ['a range with text min', { min: 'Rp 25.000', max: 45000 }],
    ['a range with decimal max', { min: 25000, max: 45000.5 }],
    ['a range with zero min', { min: 0, max: 45000 }],
    ['max equal to min', { min: 45000, max: 45000 }],
    ['max below min', { min: 45000, max: 25000 }],
    ['max above the limit', { min: 25000, max: MAX_PRICE + 1 }],
    ['an unknown field', { min: 25000, maks: 45000 }],
    ['a unit in the range', { min: 25000, max: 45000, unit: 'kg' }],
  ])('%s (%j)', (_label, input) => {
    expect(parsePrice(input).ok).toBe(false);
  });

  it.each([
    ['45.000', '45000'],
    ['Rp 45.000', '45000'],
    ['Rp. 45.000,-', '45000'],
    ['rp45.000,00', '45000'],
    ['1.250.000', '1250000'],
    ['45,000', '45000'],
    ['45000', '45000'],
    ['045000', '45000'],
  ])('suggests the plain number for %j', (input, suggestion) => {
    expect(errorOf(parsePrice(input)).en).toMatch(new RegExp(`e\\.g\\. ${suggestion}\\.$`));
  });

  it('does not guess a number from ambiguous text', () => {
    expect(errorOf(parsePrice('45.5')).en).toMatch(/e\.g\. 45000\.$/);
    expect(errorOf(parsePrice('25.000 - 45.000')).en).toMatch(/e\.g\. 45000\.$/);
  });

  it('explains how to write rupiah instead of "Rp 45.000"', () => {
    expect(errorOf(parsePrice('Rp 45.000'))).toMatchInlineSnapshot(`
      {
        "en": "Price "Rp 45.000" must be a plain number without dots, "Rp" or quotes, e.g. 45000.",
        "id": "Harga "Rp 45.000" harus ditulis sebagai angka biasa tanpa titik, tanpa Rp dan tanpa tanda kutip, misalnya 45000.",
      }
    `);
  });

  it('names both ends of a reversed range', () => {
    expect(errorOf(parsePrice({ min: 45000, max: 25000 }))).toMatchInlineSnapshot(`
      {
        "en": "The highest price (max: 25000) must be greater than the lowest price (min: 45000). Swap the two if they are reversed, or write a single number if the price is the same.",
        "id": "Harga tertinggi (max: 25000) harus lebih besar dari harga terendah (min: 45000). Tukar kedua angka jika terbalik, atau tulis satu angka saja jika harganya sama.",
      }
    `);
  });

  it('says which end of a range is wrong', () => {
    expect(errorOf(parsePrice({ min: 25000, max: 45000.5 })).id).toMatch(
      /^Harga tertinggi \(max\)/,
    );
    expect(errorOf(parsePrice({ min: -1, max: 45000 })).en).toMatch(/^Lowest price \(min\)/);
  });
});

describe('parsePrice properties', () => {
  it('accepts every whole rupiah amount from Rp 100 to the limit, unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_PRICE, max: MAX_PRICE }), (amount) => {
        expect(parsePrice(amount)).toEqual({ ok: true, value: { min: amount } });
      }),
    );
  });

  it('accepts a range exactly when max is greater than min', () => {
    const amount = fc.integer({ min: MIN_PRICE, max: MAX_PRICE });
    fc.assert(
      fc.property(amount, amount, (min, max) => {
        expect(parsePrice({ min, max }).ok).toBe(max > min);
      }),
    );
  });

  it('rejects every non-integer', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((n) => !Number.isInteger(n)),
        (amount) => {
          expect(parsePrice(amount).ok).toBe(false);
        },
      ),
    );
  });
});
