/**
 * Whole-number quantities an office buyer plans with: monthly capacity, minimum order (both in
 * the units the price is for) and lead time in days. YAML is the trap here, as with prices:
 * `1.000` (Indonesian thousands separator) is read as the number 1, and `200 bungkus` stays a
 * string, so both get a hint to write a plain number.
 */
import { fail, ok, show } from './result.ts';
import type { Bilingual, Result } from './result.ts';

export interface QuantityRule {
  /** What the number is, for the message, e.g. `{ id: 'Pesanan minimum', en: 'Minimum order' }`. */
  what: Bilingual;
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value: catches an extra zero or a pasted phone number. */
  max: number;
  /** A typical value for the example in messages. */
  example: number;
}

/** Monthly production capacity, in the units the price is for. */
export const CAPACITY: QuantityRule = {
  what: { id: 'Kapasitas per bulan', en: 'Monthly capacity' },
  min: 1,
  max: 10_000_000,
  example: 500,
};

/** Minimum order for an office, in the units the price is for. */
export const MINIMUM_ORDER: QuantityRule = {
  what: { id: 'Pesanan minimum', en: 'Minimum order' },
  min: 1,
  max: 10_000_000,
  example: 20,
};

/** Days from a confirmed order to delivery; 0 means ready stock, same day. */
export const LEAD_TIME: QuantityRule = {
  what: { id: 'Waktu siap (hari)', en: 'Lead time (days)' },
  min: 0,
  max: 365,
  example: 7,
};

/** A validator for a whole number within the rule's bounds. */
export function quantity(rule: QuantityRule): (input: unknown) => Result<number> {
  const { what, min, max, example } = rule;
  return (input) => {
    if (typeof input === 'string') {
      const digits = /^\s*(\d{1,3}(?:\.\d{3})+|\d+)\b/.exec(input)?.[1]?.replace(/\./g, '');
      const hint = digits ?? String(example);
      return fail(
        `${what.id} ${show(input)} harus berupa angka biasa tanpa titik, tanpa satuan dan tanpa tanda kutip, misalnya ${hint}.`,
        `${what.en} ${show(input)} must be a plain number without dots, units or quotes, e.g. ${hint}.`,
      );
    }
    if (typeof input !== 'number' || Number.isNaN(input)) {
      return fail(
        `${what.id} harus berupa angka, misalnya ${example}, bukan ${show(input)}.`,
        `${what.en} must be a number, e.g. ${example}, not ${show(input)}.`,
      );
    }
    if (!Number.isInteger(input)) {
      return fail(
        `${what.id} ${show(input)} bukan bilangan bulat. Tulis angka tanpa titik atau koma: 1.000 ditulis 1000.`,
        `${what.en} ${show(input)} is not a whole number. Write it without dots or commas: 1.000 is written 1000.`,
      );
    }
    if (input < min) {
      return fail(
        `${what.id} ${show(input)} terlalu kecil: paling sedikit ${min}. Hapus baris ini jika belum diketahui.`,
        `${what.en} ${show(input)} is too small: the least is ${min}. Remove the line if it is not known yet.`,
      );
    }
    if (input > max) {
      return fail(
        `${what.id} ${show(input)} lebih dari ${max.toLocaleString('id-ID')}; mungkin ada angka 0 yang berlebih. Periksa lagi, misalnya ${example}.`,
        `${what.en} ${show(input)} is more than ${max.toLocaleString('en-US')}; there may be an extra zero. Check it again, e.g. ${example}.`,
      );
    }
    return ok(input);
  };
}

/** Host names of the government e-catalogue (LKPP e-Katalog, now under INAPROC). */
export const EKATALOG_HOSTS = ['e-katalog.lkpp.go.id', 'katalog.inaproc.id'] as const;

/**
 * The stand-in host of sample products' e-Katalog links: sample content never points at a real
 * government page (like the samples' `shopee.example` shops, a reserved `.example` name).
 */
export const SAMPLE_EKATALOG_HOST = 'e-katalog.example';

/**
 * `true` when the https URL is on an LKPP e-Katalog host (or a subdomain of one); with
 * `sample`, the sample stand-in host counts too.
 */
export function isEkatalogUrl(url: string, sample = false): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const hosts: readonly string[] = sample
    ? [...EKATALOG_HOSTS, SAMPLE_EKATALOG_HOST]
    : EKATALOG_HOSTS;
  return hosts.some((h) => host === h || host.endsWith(`.${h}`));
}
