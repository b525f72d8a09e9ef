/**
 * The totals as files: JSON (everything, for the site's opt-in "most scanned" list and for
 * other tools) and CSV (for a spreadsheet). Only counts, names and days: no address, no
 * browser, no single request.
 */
import { stringify } from 'csv-stringify/sync';
import { COUNT_FIELDS, type StatsTotals } from './aggregate.ts';

export const STATS_FILES = {
  json: 'totals.json',
  daily: 'daily.csv',
  products: 'products-daily.csv',
  places: 'places.csv',
  words: 'search-words.csv',
} as const;

const COUNT_COLUMNS = [
  'qr_scans',
  'short_links',
  'gs1',
  'views_id',
  'views_en',
  'whatsapp_orders',
] as const;

export function totalsJson(totals: StatsTotals): string {
  return `${JSON.stringify(totals, null, 2)}\n`;
}

/** One row per WITA day: every count of the site. */
export function dailyCsv(totals: StatsTotals): string {
  return stringify(
    totals.daily.map((d) => [d.day, ...COUNT_FIELDS.map((f) => d[f]), d.pages, d.searches]),
    { header: true, columns: ['day', ...COUNT_COLUMNS, 'page_views', 'searches'] },
  );
}

/** One row per product and WITA day with a count. */
export function productsCsv(totals: StatsTotals): string {
  const rows: (string | number)[][] = [];
  for (const p of [...totals.products].sort((a, b) => a.slug.localeCompare(b.slug)))
    for (const [day, c] of Object.entries(p.days))
      rows.push([day, p.slug, p.regency, p.island, p.category, ...COUNT_FIELDS.map((f) => c[f])]);
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return stringify(rows, {
    header: true,
    columns: ['day', 'product', 'regency', 'island', 'category', ...COUNT_COLUMNS],
  });
}

/** Totals by regency, island and category over the whole period. */
export function placesCsv(totals: StatsTotals): string {
  const rows = (['regencies', 'islands', 'categories'] as const).flatMap((kind) =>
    totals[kind].map((p) => [kind, p.slug, p.name.id, ...COUNT_FIELDS.map((f) => p[f]), p.total]),
  );
  return stringify(rows, {
    header: true,
    columns: ['kind', 'slug', 'name', ...COUNT_COLUMNS, 'total'],
  });
}

export function wordsCsv(totals: StatsTotals): string {
  return stringify(
    totals.searches.topWords.map((w) => [w.word, w.count]),
    { header: true, columns: ['word', 'searches'] },
  );
}
