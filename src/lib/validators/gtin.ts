/**
 * GS1 trade item numbers (the digits under a barcode). Products are keyed by GTIN-14 so that the
 * same item written as EAN-13, UPC-A or EAN-8 lands on one page and one GS1 Digital Link.
 */
import { fail, ok, show, textInput } from './result.ts';
import type { Result } from './result.ts';

export interface Gtin {
  /** The 14-digit form, left-padded with zeros: what GS1 Digital Link URIs use. */
  gtin14: string;
  /** How many digits the editor wrote (EAN-8, UPC-A, EAN-13 or GTIN-14). */
  length: 8 | 12 | 13 | 14;
  /** The digits as the editor wrote them, spaces removed. */
  original: string;
}

const WHAT = { id: 'GTIN (nomor barcode)', en: 'GTIN (barcode number)' };
const EXAMPLE = '8991234567891';
const LENGTHS: readonly number[] = [8, 12, 13, 14];

const isGtinLength = (n: number): n is Gtin['length'] => LENGTHS.includes(n);

/** GS1 mod-10 check digit for the digits that precede it (any length). */
export function gtinCheckDigit(digitsWithoutCheck: string): number {
  if (!/^\d+$/.test(digitsWithoutCheck)) {
    throw new RangeError(`gtinCheckDigit expects digits, got ${show(digitsWithoutCheck)}`);
  }
  let sum = 0;
  // Weights alternate 3,1,3,… starting from the digit next to the check digit, so the same
  // function serves every GTIN length.
  for (let i = digitsWithoutCheck.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += Number(digitsWithoutCheck[i]) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** Validates a GTIN-8/12/13/14 with its check digit and normalises it to GTIN-14. */
export function parseGtin(input: unknown): Result<Gtin> {
  const text = textInput(input, WHAT, EXAMPLE, true);
  if (!text.ok) return text;
  const original = text.value.replace(/\s+/g, '');
  const wrong = [...new Set(original.replace(/\d/g, ''))].map(show).join(', ');
  if (wrong) {
    return fail(
      `GTIN ${show(text.value)} hanya boleh berisi angka, tetapi memuat ${wrong}. Salin angka di bawah barcode saja, misalnya "${EXAMPLE}".`,
      `GTIN ${show(text.value)} may contain only digits, but it contains ${wrong}. Copy just the digits under the barcode, e.g. "${EXAMPLE}".`,
    );
  }
  const { length } = original;
  if (!isGtinLength(length)) {
    return fail(
      `GTIN ${show(text.value)} terdiri dari ${length} angka, padahal harus 8, 12, 13 atau 14 angka. Periksa lagi angka di bawah barcode, misalnya "${EXAMPLE}" (13 angka).`,
      `GTIN ${show(text.value)} has ${length} digits, but it must have 8, 12, 13 or 14. Check the digits under the barcode again, e.g. "${EXAMPLE}" (13 digits).`,
    );
  }
  const expected = gtinCheckDigit(original.slice(0, -1));
  const actual = Number(original.slice(-1));
  if (expected !== actual) {
    return fail(
      `GTIN ${show(text.value)} tidak valid: angka terakhir (angka pemeriksa) seharusnya ${expected}, bukan ${actual}. Bandingkan setiap angka dengan barcode pada kemasan; biasanya ada satu angka yang salah ketik.`,
      `GTIN ${show(text.value)} is not valid: the last digit (check digit) should be ${expected}, not ${actual}. Compare each digit with the barcode on the package; usually one digit was mistyped.`,
    );
  }
  return ok({ gtin14: original.padStart(14, '0'), length, original });
}

/** The 13-digit (EAN-13) form of a GTIN-14, or `undefined` when it has no such form. */
export function gtin13Of(gtin14: string): string | undefined {
  return /^0\d{13}$/.test(gtin14) ? gtin14.slice(1) : undefined;
}

/**
 * Whether a GTIN-14 is a GS1 restricted-circulation number (RCN): valid only inside one store or
 * one country, so it cannot identify a product in a public catalogue. Covers GS1 Prefixes 20–29
 * (EAN-13 `2…`), 02 and 04 (UPC-A `2…`/`4…`) and RCN-8 (EAN-8 `0…`/`2…`).
 */
export function isRestrictedCirculationGtin(gtin14: string): boolean {
  return /^(?:02|00[24]|000000[02])\d*$/.test(gtin14) && gtin14.length === 14;
}
