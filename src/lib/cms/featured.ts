/**
 * The web editor's form for `content/featured.yaml` (src/schemas/featured.ts): the office picks
 * the home page's featured products from a list of products on sale, in order, with an optional
 * period and title, and the product whose photo pictures each category and island. The content
 * check (src/lib/catalogue/featured.ts) still refuses what the form cannot prevent (a product retired later).
 */
import { TEXT_LIMITS } from '../../schemas/limits.ts';
import type { Choice } from './config.ts';
import type { CmsField } from './fields.ts';

export interface FeaturedChoices {
  /** Products on sale: label = name, value = folder name. */
  products: Choice[];
  categories: Choice[];
  /** Islands from content/islands.yaml: value = id. */
  islands: Choice[];
}

/** Where the file lives in the repository. */
export const FEATURED_PATH = 'content/featured.yaml';

const DATE = { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: false } as const;

export function featuredCollection(choices: FeaturedChoices): object {
  const { max } = TEXT_LIMITS.featuredTitle;
  const product = (hint: string): CmsField => ({
    name: 'product',
    label: 'Produk',
    hint,
    widget: 'select',
    options: choices.products,
  });
  const fields: CmsField[] = [
    {
      name: 'title',
      label: 'Judul di beranda',
      hint: `Mis. "Desember: hadiah untuk hari raya"; kosong: "Produk pilihan". Maks. ${max} karakter. / Heading above the products, e.g. "December: gifts for the holidays"; empty: "Featured products".`,
      widget: 'object',
      required: false,
      fields: [
        { name: 'id', label: 'Bahasa Indonesia', widget: 'string', maxlength: max },
        { name: 'en', label: 'English', widget: 'string', maxlength: max, required: false },
      ],
    },
    {
      name: 'from',
      label: 'Mulai tanggal',
      hint: 'Kosong: mulai sekarang. / First day; empty: from now on.',
      ...DATE,
    },
    {
      name: 'until',
      label: 'Sampai tanggal',
      hint: 'Setelah tanggal ini beranda kembali ke pilihan bawaan. / After this day the home page shows the default again.',
      ...DATE,
    },
    {
      name: 'products',
      label: 'Produk pilihan (urut)',
      hint: 'Urutan di sini = urutan di beranda; dua sampai empat yang pertama tampil tanpa menggulir. Kosong: pilihan bawaan (satu produk per kategori). / In this order on the home page; the first two to four show without scrolling. Empty: the default.',
      widget: 'list',
      required: false,
      max: 12,
      field: product('Produk yang dijual. / A product on sale.'),
    },
    {
      name: 'categoryPhotos',
      label: 'Foto kategori',
      hint: 'Produk yang fotonya mewakili kategori di beranda; kosong: produk pilihan pertama dari kategori itu. / The product whose photo pictures a category.',
      widget: 'list',
      required: false,
      fields: [
        { name: 'category', label: 'Kategori', widget: 'select', options: choices.categories },
        product('Produk dari kategori ini. / A product of this category.'),
      ],
    },
    {
      name: 'islandPhotos',
      label: 'Foto pulau',
      hint: 'Produk yang fotonya mewakili pulau di beranda; kosong: produk pilihan pertama dari pulau itu. / The product whose photo pictures an island.',
      widget: 'list',
      required: false,
      fields: [
        { name: 'island', label: 'Pulau', widget: 'select', options: choices.islands },
        product('Produk dari pulau ini. / A product from this island.'),
      ],
    },
  ];
  return {
    name: 'featured',
    label: 'Beranda',
    description:
      'Produk pilihan di beranda, periode dan judulnya, foto kategori dan pulau. / The home page: featured products, their period and title, category and island photos.',
    editor: { preview: false },
    files: [{ name: 'featured', label: 'Produk pilihan / Featured', file: FEATURED_PATH, fields }],
  };
}
