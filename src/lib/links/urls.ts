/**
 * The one place that builds the site's paths. The URL contract (docs/architecture.md) is
 * printed on packaging, so templates never concatenate paths themselves: they call these functions, and
 * the unit tests pin every shape.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../text/locales.ts';

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
  /** The web editor (Sveltia CMS): not a public page. */
  admin: 'admin',
} as const;

/** The web editor's page: `/admin/` (language-neutral). */
export const adminUrl = (): string => `/${SEGMENTS.admin}/`;

/**
 * Information pages, linked from every page's footer: URL segment = content file name
 * (`content/pages/<segment>.<locale>.md`), the same in both languages.
 */
export const INFO_PAGES = ['tentang', 'privasi', 'aksesibilitas'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

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

/** `/tentang/`, `/en/privasi/`, …: an information page. */
export const infoPageUrl = (slug: InfoPage, locale: Locale): string => page(locale, slug);

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

/**
 * Short-link segments, in both cases the site serves: `/p/` is printed as text under the QR,
 * `/P/` is what the QR encodes (uppercase fits QR alphanumeric mode).
 */
export const SHORT_LINK_SEGMENTS = [SEGMENTS.shortLink, 'P'] as const;
export type ShortLinkSegment = (typeof SHORT_LINK_SEGMENTS)[number];

/** QR short link (language-neutral): `/p/<CODE>/`, or `/P/<CODE>/` as the QR encodes it. */
export const shortLinkUrl = (
  code: string,
  segment: ShortLinkSegment = SEGMENTS.shortLink,
): string => `/${segment}/${code}/`;

/** The printable A4 label sheet of every active product (language-neutral): `/label/`. */
export const labelSheetUrl = (): string => `/${SEGMENTS.label}/`;

/** One product's printable label: `/label/<CODE>/`. */
export const labelUrl = (code: string): string => `/${SEGMENTS.label}/${encodeURIComponent(code)}/`;

/** The print files of a QR code. */
export const QR_FILE_KINDS = ['svg', 'png'] as const;
export type QrFileKind = (typeof QR_FILE_KINDS)[number];

/** A QR code's print file, by its name in `/qr/`: `<CODE>.svg`, `<CODE>.png`. */
export const qrFileName = (code: string, kind: QrFileKind): string => `${code}.${kind}`;

/** A QR code's print file: `/qr/<CODE>.svg`, `/qr/<CODE>.png`. */
export const qrFileUrl = (code: string, kind: QrFileKind): string =>
  `/${SEGMENTS.qr}/${encodeURIComponent(qrFileName(code, kind))}`;

/** GS1 Digital Link of a product with a GTIN (language-neutral): `/01/<GTIN-14>/`. */
export const digitalLinkUrl = (gtin14: string): string => `/${SEGMENTS.gs1}/${gtin14}/`;

/** Folders of the built site holding product pages, one per language: `produk`, `en/produk`. */
export const productFolders = (): string[] => LOCALES.map((l) => catalogueUrl(l).slice(1, -1));

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

/**
 * The share card (1200 × 630 JPEG) of a page, by the page's path: products, regencies,
 * categories, the catalogue and the programme have their own card; every other page shows its
 * language's home card. `/produk/x/` -> `/og/produk/x.jpg`, `/en/` -> `/og/en.jpg`,
 * `/produk/2/` -> `/og/produk.jpg`, `/` -> `/og/index.jpg`.
 */
export function shareCardUrl(pagePath: string): string {
  const { locale, rest } = splitLocale(pagePath);
  const parts = rest.split('/').filter(Boolean);
  const [first, second] = parts;
  let own: string[] = [];
  if (first === SEGMENTS.products && (second === undefined || /^\d+$/.test(second))) {
    own = [SEGMENTS.products];
  } else if (
    parts.length === 2 &&
    (first === SEGMENTS.products || first === SEGMENTS.regencies || first === SEGMENTS.categories)
  ) {
    own = parts;
  } else if (parts.length === 1 && first === SEGMENTS.programme) {
    own = parts;
  }
  const segments = [...(locale === DEFAULT_LOCALE ? [] : [locale]), ...own];
  return `/og/${segments.length ? segments.join('/') : 'index'}.jpg`;
}

/** Web app manifest (language-neutral). */
export const manifestUrl = (): string => '/manifest.webmanifest';

/** PNG icons for home screens: `/icon-192.png`, `/icon-512.png`. */
export const iconUrl = (size: 192 | 512): string => `/icon-${size}.png`;

/** iOS home-screen icon (180 px). */
export const touchIconUrl = (): string => '/apple-touch-icon.png';
