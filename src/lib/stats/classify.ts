/**
 * What a request path means for the campaign numbers. The shapes come from the URL contract
 * (src/lib/links/urls.ts, docs/architecture.md):
 *
 * - `/P/<CODE>/`: a QR scan — only the printed code sends the uppercase `P` (QR alphanumeric
 *   mode); people typing the label's `/p/<code>` send lowercase `p`;
 * - `/p/<CODE>/`: a typed short link;
 * - `/01/<GTIN>/…`: a GS1 Digital Link resolution (a scan by a GS1-aware app, or a typed link);
 * - `/produk/<slug>/`, `/en/produk/<slug>/`: a product page view in that language;
 * - `POST /pesan/<CODE>/`: the order button's `ping` — a click on "Pesan lewat WhatsApp";
 * - `/cari/?q=…`, `/en/cari/?q=…`: a search that reached the server (the search form's no-JS
 *   path and shared search links; searches typed on the page run in the browser and are never
 *   seen, by design).
 *
 * Files (any last segment with a dot: images, scripts, the search index, QR images) are assets.
 */
import type { Locale } from '../text/locales.ts';
import { SEGMENTS, splitLocale } from '../links/urls.ts';

export type Hit =
  | { kind: 'qr'; code: string }
  | { kind: 'short'; code: string }
  | { kind: 'gs1'; gtin: string }
  | { kind: 'order'; code: string }
  | { kind: 'product'; slug: string; locale: Locale }
  | { kind: 'search'; locale: Locale; words: string[] }
  | { kind: 'asset' }
  | { kind: 'page' };

/** Percent-decoding that never throws (a malformed escape keeps the raw text). */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The words of a search query: lowercase, letters and digits, two characters or more. */
export function searchWords(query: string): string[] {
  // URLSearchParams never throws: a malformed escape stays as it was typed.
  const q = new URLSearchParams(query).get('q') ?? '';
  return q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && w.length <= 40);
}

/** Classifies a request path (without query) and its query string. */
export function classify(rawPath: string, query = ''): Hit {
  const path = decode(rawPath);
  const parts = path.split('/').filter(Boolean);
  const last = parts.at(-1) ?? '';
  if (last.includes('.')) return { kind: 'asset' };
  const [first, second] = parts;
  if (parts.length === 2 && (first === 'P' || first === SEGMENTS.shortLink) && second)
    return first === 'P'
      ? { kind: 'qr', code: second }
      : { kind: 'short', code: second.toUpperCase() };
  if (parts.length === 2 && first === SEGMENTS.order && second)
    return { kind: 'order', code: second.toUpperCase() };
  if (first === SEGMENTS.gs1 && second && /^\d{8,14}$/.test(second))
    return { kind: 'gs1', gtin: second.padStart(14, '0') };
  const { locale, rest } = splitLocale(path);
  const local = rest.split('/').filter(Boolean);
  if (local.length === 2 && local[0] === SEGMENTS.products && local[1] && !/^\d+$/.test(local[1]))
    return { kind: 'product', slug: local[1], locale };
  if (local.length === 1 && local[0] === SEGMENTS.search && /(^|&)q=/.test(query))
    return { kind: 'search', locale, words: searchWords(query) };
  return { kind: 'page' };
}
