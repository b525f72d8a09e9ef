/**
 * Maximum lengths of every text field editors write, in characters (Unicode code points, so an
 * emoji or "é" counts once). Defined once here and used by the schemas, the check's messages and
 * the editor guides (docs/panduan-editor.md, docs/editor-guide.md), so the three never disagree.
 * Each limit fits the smallest place the text is shown.
 */
import type { Bilingual } from '../lib/validators/result.ts';

export interface TextLimit {
  /** Longest allowed text, in characters. */
  max: number;
  /** Where the text is shown (why the limit is what it is). */
  shown: Bilingual;
}

export const TEXT_LIMITS = {
  /** Product name: printed on the 20 mm label and a catalogue card (the label assumes <= 60). */
  productName: {
    max: 60,
    shown: { id: 'label 20 mm dan kartu katalog', en: 'the 20 mm label and catalogue cards' },
  },
  /** Tagline: one line under the name on a card. */
  tagline: { max: 120, shown: { id: 'kartu katalog', en: 'catalogue cards' } },
  /** One search tag. */
  tag: { max: 40, shown: { id: 'daftar kata kunci', en: 'the keyword list' } },
  /** Producer (UMKM) name: printed on the label (the label assumes <= 60). */
  producerName: {
    max: 60,
    shown: { id: 'label produk dan halaman produk', en: 'the label and the product page' },
  },
  /** Owner or contact person. */
  ownerName: { max: 60, shown: { id: 'halaman produk', en: 'the product page' } },
  /** Shop, marketplace or outlet name. */
  shopName: { max: 60, shown: { id: 'tombol toko', en: 'shop buttons' } },
  /** Outlet address. */
  address: { max: 160, shown: { id: 'daftar tempat beli', en: 'the where-to-buy list' } },
  /** Price unit, variant, shelf life: short phrases beside the price. */
  offerText: { max: 60, shown: { id: 'baris harga', en: 'the price line' } },
  /** QRIS merchant name as shown in payment apps. */
  merchant: { max: 60, shown: { id: 'halaman produk', en: 'the product page' } },
  /** Alt text of a photo: read aloud by screen readers, one or two sentences. */
  alt: { max: 200, shown: { id: 'pembaca layar', en: 'screen readers' } },
  /** Reason a product was retired, shown to shoppers who scan an old package. */
  retiredReason: { max: 300, shown: { id: 'halaman produk lama', en: 'the retired product page' } },
  /** Category name: menus, badges and filters. */
  categoryName: { max: 40, shown: { id: 'menu dan filter', en: 'menus and filters' } },
  /** Category or regency description: one paragraph on its page. */
  description: {
    max: 600,
    shown: { id: 'halaman kategori/kabupaten', en: 'category/regency pages' },
  },
  /** Title of the featured selection: the heading above the products on the home page. */
  featuredTitle: { max: 60, shown: { id: 'judul di beranda', en: 'the home page heading' } },
  /** Event name: a heading on the events list and the home page, and a calendar entry. */
  eventTitle: {
    max: 100,
    shown: { id: 'daftar acara dan kalender', en: 'the events list and calendars' },
  },
  /** Event description: a paragraph on the event page and the calendar entry. */
  eventDescription: { max: 1000, shown: { id: 'halaman acara', en: 'the event page' } },
  /** Event venue: the name of the place, e.g. a square or a hall. */
  eventVenue: {
    max: 100,
    shown: { id: 'halaman acara dan kalender', en: 'the event page and calendars' },
  },
} as const satisfies Record<string, TextLimit>;

export type TextLimitName = keyof typeof TEXT_LIMITS;

/** Smallest allowed long side of a product photo, in pixels (the content check's rule). */
export const MIN_PHOTO_SIZE = 1200;

/**
 * Largest photo accepted, in pixels (width × height): 100 megapixels, e.g. 12,000 × 8,000. A
 * bigger file (a 20,000 × 20,000 scan, a 200-megapixel phone mode) takes minutes and gigabytes
 * to resize in every build, and beyond ~268 megapixels the image library refuses it outright.
 */
export const MAX_PHOTO_PIXELS = 100_000_000;

/** Long side suggested when a photo is too large. */
export const SUGGESTED_PHOTO_LONG_SIDE = 4000;

/** Characters in a text as an editor counts them (an emoji is one). */
export const charCount = (s: string): number => [...s].length;
