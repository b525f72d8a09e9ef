/** Number, price and date formatting, the Indonesian way (Rp 45.000) in both languages. */
import type { Locale } from './locales.ts';

const LOCALE_TAGS_FOR_FORMAT: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

/** Whole numbers with the locale's grouping (built once: a formatter is costly to create). */
const NUMBER = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
} satisfies Record<Locale, Intl.NumberFormat>;

/**
 * `45000` -> `Rp 45.000` (no decimals: rupiah are whole). Intl groups the digits; the `Rp `
 * prefix stays written here because Intl's IDR currency style puts a no-break space after
 * `Rp` (`Rp\u00a045.000`), which would change every price on the site and in open data.
 */
export function formatRupiah(amount: number): string {
  return `Rp ${NUMBER.id.format(Math.round(amount))}`;
}

/** A single price or a range: `Rp 55.000 – Rp 95.000`. */
export function formatPrice(price: { min: number; max?: number | undefined }): string {
  return price.max === undefined
    ? formatRupiah(price.min)
    : `${formatRupiah(price.min)} – ${formatRupiah(price.max)}`;
}

/** `27 Mei 2025` / `27 May 2025`: day, month name, year (British order in English). */
const DATE = Object.fromEntries(
  (['id', 'en'] as const).map((l) => [
    l,
    new Intl.DateTimeFormat(LOCALE_TAGS_FOR_FORMAT[l], {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** `2025-05-27` -> `27 Mei 2025` / `27 May 2025` (UTC, so the day never shifts). */
export function formatDate(date: Date, locale: Locale): string {
  return DATE[locale].format(date);
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Thousands with the locale's separator: 3442 -> `3.442` / `3,442`. */
export function formatCount(n: number, locale: Locale): string {
  return NUMBER[locale].format(n);
}
