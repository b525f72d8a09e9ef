/** Number, price and date formatting, the Indonesian way (Rp 45.000) in both languages. */
import type { Locale } from './locales.ts';

/** `45000` -> `Rp 45.000` (no decimals: rupiah are whole). */
export function formatRupiah(amount: number): string {
  const digits = Math.round(amount)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `Rp ${digits}`;
}

/** A single price or a range: `Rp 55.000 – Rp 95.000`. */
export function formatPrice(price: { min: number; max?: number | undefined }): string {
  return price.max === undefined
    ? formatRupiah(price.min)
    : `${formatRupiah(price.min)} – ${formatRupiah(price.max)}`;
}

const MONTHS: Record<Locale, string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** `2025-05-27` -> `27 Mei 2025` / `27 May 2025` (UTC, so the day never shifts). */
export function formatDate(date: Date, locale: Locale): string {
  return `${date.getUTCDate()} ${MONTHS[locale][date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `YYYY-MM-DD` for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Thousands with the locale's separator: 3442 -> `3.442` / `3,442`. */
export function formatCount(n: number, locale: Locale): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');
}
