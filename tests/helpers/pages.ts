/**
 * One or two representative URLs for every page type the site has. Browser tests open these;
 * a page type is listed here when it is added to the site.
 */
export interface PageType {
  type: string;
  /** Paths in both languages (where the type is translated). */
  paths: string[];
}

export const PAGE_TYPES: PageType[] = [
  { type: 'home', paths: ['/', '/en/'] },
  { type: 'catalogue', paths: ['/produk/', '/en/produk/'] },
  { type: 'product', paths: ['/produk/kopi-arabika-golewa/', '/en/produk/kopi-arabika-golewa/'] },
  { type: 'regency', paths: ['/kabupaten/ngada/', '/en/kabupaten/ngada/'] },
  { type: 'category', paths: ['/kategori/kopi/', '/en/kategori/kopi/'] },
  { type: '404', paths: ['/tidak-ada-halaman-ini/'] },
];
