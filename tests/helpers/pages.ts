/**
 * One or two representative URLs for every page type the site has. Browser tests open these;
 * a page type is listed here when it is added to the site.
 */
export interface PageType {
  type: string;
  /** Paths in both languages (where the type is translated). */
  paths: string[];
}

/** Product whose permanent QR code (RM7B) the tests use. */
export const SAMPLE_PRODUCT = { slug: 'kopi-arabika-golewa', code: 'RM7B' };

export const PAGE_TYPES: PageType[] = [
  { type: 'home', paths: ['/', '/en/'] },
  { type: 'catalogue', paths: ['/produk/', '/en/produk/'] },
  { type: 'product', paths: ['/produk/kopi-arabika-golewa/', '/en/produk/kopi-arabika-golewa/'] },
  { type: 'regency', paths: ['/kabupaten/ngada/', '/en/kabupaten/ngada/'] },
  { type: 'category', paths: ['/kategori/kopi/', '/en/kategori/kopi/'] },
  // Flores: the island with the most regencies and the "also covers" lines; Alor–Pantar: a group.
  { type: 'island', paths: ['/pulau/flores/', '/en/pulau/flores/', '/pulau/alor-pantar/'] },
  { type: 'search', paths: ['/cari/', '/en/cari/'] },
  { type: 'programme', paths: ['/program/', '/en/program/'] },
  { type: 'data', paths: ['/data/', '/en/data/'] },
  { type: 'events', paths: ['/acara/', '/en/acara/'] },
  // An event to come (with products and an organiser link) and a past one.
  {
    type: 'event',
    paths: [
      '/acara/contoh-pameran-ovop-labuan-bajo-2027-06/',
      '/en/acara/contoh-pameran-ovop-labuan-bajo-2027-06/',
      '/acara/contoh-pasar-tani-kupang-2025-05/',
    ],
  },
  { type: 'about', paths: ['/tentang/', '/en/tentang/'] },
  { type: 'privacy', paths: ['/privasi/', '/en/privasi/'] },
  { type: 'accessibility', paths: ['/aksesibilitas/', '/en/aksesibilitas/'] },
  { type: 'offices', paths: ['/instansi/', '/en/instansi/'] },
  { type: 'buying-for-offices', paths: ['/belanja-instansi/', '/en/belanja-instansi/'] },
  { type: '404', paths: ['/tidak-ada-halaman-ini/'] },
  // The printed catalogue: a real page in both languages, noindex (npm run catalogue:pdf).
  { type: 'print-catalogue', paths: ['/katalog-cetak/', '/en/katalog-cetak/'] },
  // Language-neutral pages (the switcher leads to the product page, not a translated copy).
  { type: 'qr-landing', paths: ['/P/RM7B/'] },
  { type: 'label', paths: ['/label/', '/label/RM7B/'] },
];
