/**
 * Prices in whole rupiah. YAML is the trap here: `45.000` (Indonesian thousands separator) is read
 * as the number 45, and `Rp 45.000` stays a string, so both need a clear hint to write `45000`.
 */
import { fail, ok, show } from './result.ts';
import type { Bilingual, Result } from './result.ts';

export interface Price {
  /** The price, or the lowest price of a range, in whole rupiah. */
  min: number;
  /** The highest price of a range; absent for a single price. */
  max?: number;
}

/** Upper bound that catches an extra zero or a pasted phone number; no village product costs more. */
export const MAX_PRICE = 1_000_000_000;

/**
 * Lower bound: Rp 100 is the smallest coin. Anything below is almost always `45.000` written
 * without quotes, which YAML reads as 45.
 */
export const MIN_PRICE = 100;

const PRICE_KEYS = ['min', 'max'];

/** The plain number an editor most likely meant by "Rp 45.000,-", if it is unambiguous. */
function suggestedNumber(text: string): string | undefined {
  const body = text
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/,(?:-|00?)$/, '');
  if (
    /^\d+$/.test(body) ||
    /^\d{1,3}(?:\.\d{3})+$/.test(body) ||
    /^\d{1,3}(?:,\d{3})+$/.test(body)
  ) {
    return body.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  }
  return undefined;
}

function parseAmount(input: unknown, label: Bilingual): Result<number> {
  if (typeof input === 'string') {
    const hint = suggestedNumber(input) ?? '45000';
    return fail(
      `${label.id} ${show(input)} harus ditulis sebagai angka biasa tanpa titik, tanpa Rp dan tanpa tanda kutip, misalnya ${hint}.`,
      `${label.en} ${show(input)} must be a plain number without dots, "Rp" or quotes, e.g. ${hint}.`,
    );
  }
  if (typeof input !== 'number' || Number.isNaN(input)) {
    return fail(
      `${label.id} harus berupa angka rupiah, misalnya 45000, bukan ${show(input)}.`,
      `${label.en} must be an amount in rupiah, e.g. 45000, not ${show(input)}.`,
    );
  }
  if (!Number.isInteger(input)) {
    return fail(
      `${label.id} ${show(input)} bukan bilangan bulat. Tulis rupiah tanpa titik atau koma: Rp 45.500 ditulis 45500.`,
      `${label.en} ${show(input)} is not a whole number. Write rupiah without dots or commas: Rp 45.500 is written 45500.`,
    );
  }
  if (input <= 0) {
    return fail(
      `${label.id} ${show(input)} harus lebih dari 0. Tulis harga jual dalam rupiah, misalnya 45000.`,
      `${label.en} ${show(input)} must be more than 0. Write the selling price in rupiah, e.g. 45000.`,
    );
  }
  if (input < MIN_PRICE) {
    return fail(
      `${label.id} ${show(input)} terlalu kecil (di bawah Rp 100). Jika maksudnya ${input}.000, tulis tanpa titik: ${input * 1000}.`,
      `${label.en} ${show(input)} is too small (below Rp 100). If you meant ${input}.000, write it without the dot: ${input * 1000}.`,
    );
  }
  if (input > MAX_PRICE) {
    return fail(
      `${label.id} ${show(input)} lebih dari Rp 1.000.000.000; mungkin ada angka 0 yang berlebih. Periksa lagi, misalnya 45000 untuk Rp 45.000.`,
      `${label.en} ${show(input)} is more than Rp 1,000,000,000; there may be an extra zero. Check it again, e.g. 45000 for Rp 45,000.`,
    );
  }
  return ok(input);
}

/** Validates a price in rupiah: a single number, or a range `{ min, max? }` with max above min. */
export function parsePrice(input: unknown): Result<Price> {
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date
  ) {
    if (input === undefined || input === null) {
      return fail(
        'Harga kosong. Isi dengan angka rupiah, misalnya 45000, atau rentang { min: 25000, max: 45000 }.',
        'The price is empty. Fill in an amount in rupiah, e.g. 45000, or a range { min: 25000, max: 45000 }.',
      );
    }
    const single = parseAmount(input, { id: 'Harga', en: 'Price' });
    return single.ok ? ok({ min: single.value }) : single;
  }
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !PRICE_KEYS.includes(key));
  if (unknown.length) {
    const names = unknown.map((key) => show(key)).join(', ');
    return fail(
      `Rentang harga memuat kolom yang tidak dikenal: ${names}. Tulis { min: 25000, max: 45000 }, atau satu angka saja untuk satu harga.`,
      `The price range has unknown fields: ${names}. Write { min: 25000, max: 45000 }, or a single number for one price.`,
    );
  }
  if (record['min'] === undefined || record['min'] === null) {
    return fail(
      'Rentang harga belum memiliki harga terendah (min). Tulis { min: 25000, max: 45000 }.',
      'The price range has no lowest price (min). Write { min: 25000, max: 45000 }.',
    );
  }
  const min = parseAmount(record['min'], { id: 'Harga terendah (min)', en: 'Lowest price (min)' });
  if (!min.ok) return min;
  // A blank `max:` in YAML is null: the range degrades to a single price.
  if (record['max'] === undefined || record['max'] === null) return ok({ min: min.value });
  const max = parseAmount(record['max'], {
    id: 'Harga tertinggi (max)',
    en: 'Highest price (max)',
  });
  if (!max.ok) return max;
  if (max.value <= min.value) {
    return fail(
      `Harga tertinggi (max: ${max.value}) harus lebih besar dari harga terendah (min: ${min.value}). Tukar kedua angka jika terbalik, atau tulis satu angka saja jika harganya sama.`,
      `The highest price (max: ${max.value}) must be greater than the lowest price (min: ${min.value}). Swap the two if they are reversed, or write a single number if the price is the same.`,
    );
  }
  return ok({ min: min.value, max: max.value });
}
