/**
 * The one place that builds the site's paths. The URL contract in DESIGN.md is printed on
 * packaging, so templates never concatenate paths themselves: they call these functions, and
 * the unit tests pin every shape.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

/** Path segments of the URL contract. Identical in both languages (English adds `/en`). */
export const SEGMENTS = {
  products: 'produk',
  regencies: 'kabupaten',
  categories: 'kategori',
  islands: 'pulau',
  search: 'cari',
  programme: 'program',
  shortLink: 'p',
  gs1: '01',
  qr: 'qr',
  label: 'label',
  data: 'data',
} as const;

/** `''` for Indonesian, `'/en'` for English. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** Joins segments into a page path with leading and trailing slash. */
function page(locale: Locale, ...segments: (string | number)[]): string {
  const parts = segments.map((s) => encodeURIComponent(String(s)));
  const body = parts.length ? `/${parts.join('/')}/` : '/';
  return `${localePrefix(locale)}${body}`;
}

export const homeUrl = (locale: Locale): string => page(locale);

/** Catalogue; page 1 is `/produk/`, later pages `/produk/2/`. */
export function catalogueUrl(locale: Locale, pageNumber = 1): string {
  return pageNumber <= 1
    ? page(locale, SEGMENTS.products)
    : page(locale, SEGMENTS.products, pageNumber);
}

export const productUrl = (slug: string, locale: Locale): string =>
  page(locale, SEGMENTS.products, slug);
export const regencyUrl = (slug: string, locale: Locale): string =>
  page(locale, SEGMENTS.regencies, slug);
export const categoryUrl = (slug: string, locale: Locale): string =>
  page(locale, SEGMENTS.categories, slug);
export const islandUrl = (slug: string, locale: Locale): string =>
  page(locale, SEGMENTS.islands, slug);
export const searchUrl = (locale: Locale): string => page(locale, SEGMENTS.search);
export const programmeUrl = (locale: Locale): string => page(locale, SEGMENTS.programme);
/** The open-data page that describes the downloads: `/data/`, `/en/data/`. */
export const dataUrl = (locale: Locale): string => page(locale, SEGMENTS.data);

/** Open-data files (language-neutral, one copy for both languages). */
export const DATA_FILES = {
  json: 'products.json',
  schema: 'products.schema.json',
  csv: 'products.csv',
} as const;
export type DataFile = keyof typeof DATA_FILES;

/** `/data/products.json`, `/data/products.schema.json`, `/data/products.csv`. */
export const dataFileUrl = (file: DataFile): string => `/${SEGMENTS.data}/${DATA_FILES[file]}`;

/** Atom feed of newly added products (language-neutral): `/feed.xml`. */
export const feedUrl = (): string => '/feed.xml';

/** QR short link (language-neutral): `/p/<CODE>/`. */
export const shortLinkUrl = (code: string): string => `/${SEGMENTS.shortLink}/${code}/`;

/**
 * Splits a path into its locale and the locale-free rest (always starting with `/`).
 * `/en/produk/x/` -> `{ locale: 'en', rest: '/produk/x/' }`.
 */
export function splitLocale(path: string): { locale: Locale; rest: string } {
  for (const locale of LOCALES) {
    if (locale === DEFAULT_LOCALE) continue;
    const prefix = `/${locale}`;
    if (path === prefix || path.startsWith(`${prefix}/`)) {
      const rest = path.slice(prefix.length);
      return { locale, rest: rest === '' ? '/' : rest };
    }
  }
  return { locale: DEFAULT_LOCALE, rest: path.startsWith('/') ? path : `/${path}` };
}

/** The same page in another language: `/produk/x/` <-> `/en/produk/x/`. */
export function localizedPath(path: string, to: Locale): string {
  const { rest } = splitLocale(path);
  return `${localePrefix(to)}${rest}`;
}

/** Absolute URL on the configured origin. */
export function absoluteUrl(path: string, origin: string): string {
  return new URL(path, `${origin.replace(/\/$/, '')}/`).href;
}
