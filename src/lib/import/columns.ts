/**
 * The columns of the import spreadsheet: which product field each fills, its Indonesian header
 * (the template's), its English header (the template's cell note; also accepted as a header),
 * the open-data CSV column it matches (`/data/products.csv`, so the published file imports
 * back), and the kind of value. Closed choices come from the product schema itself, and
 * `tests/unit/import.test.ts` keeps this list and the schema's fields in step.
 */
import {
  CHECKLIST_AREAS,
  CHECKLIST_STATES,
  STAGES,
  type ChecklistArea,
} from '../../schemas/product.ts';
import type { Bilingual } from '../validators/result.ts';
import { CAPACITY, LEAD_TIME, MINIMUM_ORDER, type QuantityRule } from '../validators/quantity.ts';
import { CSV_HEADER } from '../open-data/csv.ts';

export type ColumnKind =
  | 'text'
  | 'digits'
  | 'phone'
  | 'date'
  | 'price'
  | 'quantity'
  | 'boolean'
  | 'choice'
  | 'list'
  | 'village';

export interface Column {
  /** Stable key; also the frontmatter path it fills, dotted (`producer.whatsapp`). */
  key: string;
  /** Header in the template (Indonesian). */
  id: string;
  /** English header: the template's cell note, also accepted as a header. */
  en: string;
  /** What to write, for the template's notes and the instructions sheet. */
  help: Bilingual;
  kind: ColumnKind;
  /** Other headers that mean this column: the open-data CSV's dotted names. */
  aliases?: readonly string[];
  /** Closed choices (dropdown in the template). `category` and `regency` are filled at run time. */
  choices?: readonly string[];
  /** Required for a new product (the schema has no default for it). */
  required?: boolean;
  /** For `quantity` columns: the bounds and wording of the product schema's validator. */
  rule?: QuantityRule;
}

const YES_NO = ['ya', 'tidak'] as const;

/** Checklist headers, one per mentoring area of the schema. */
const AREA_HEADERS: Record<ChecklistArea, Bilingual> = {
  productionQuality: { id: 'Mutu produksi', en: 'Production quality' },
  facilities: { id: 'Fasilitas produksi', en: 'Production facilities' },
  packaging: { id: 'Kemasan', en: 'Packaging' },
  labelling: { id: 'Label', en: 'Labelling' },
  licensing: { id: 'Perizinan', en: 'Licensing' },
  barcode: { id: 'Barcode', en: 'Barcode' },
  qris: { id: 'QRIS', en: 'QRIS' },
  digitalPromotion: { id: 'Promosi digital', en: 'Digital promotion' },
};

/** Every import column, in the template's order. */
export const COLUMNS: readonly Column[] = [
  {
    key: 'qr',
    id: 'Kode QR',
    en: 'QR code',
    kind: 'digits',
    aliases: ['qrCode'],
    help: {
      id: 'Kosongkan untuk produk baru (kode diberikan otomatis). Untuk memperbarui produk yang ada, salin kodenya dari katalog.',
      en: 'Leave empty for a new product (a code is assigned automatically). To update an existing product, copy its code from the catalogue.',
    },
  },
  {
    key: 'slug',
    id: 'Alamat halaman',
    en: 'Page address (slug)',
    kind: 'text',
    aliases: ['slug'],
    help: {
      id: 'Boleh kosong: dibuat dari nama produk, mis. kopi-arabika-bajawa. Dipakai untuk mencocokkan produk yang ada bila Kode QR kosong.',
      en: 'May be empty: made from the product name, e.g. kopi-arabika-bajawa. Matches an existing product when the QR code is empty.',
    },
  },
  {
    key: 'sample',
    id: 'Contoh',
    en: 'Sample',
    kind: 'boolean',
    choices: YES_NO,
    aliases: ['sample'],
    help: {
      id: '"ya" hanya untuk produk fiktif/contoh. Produk asli: "tidak" (bawaan untuk produk baru).',
      en: '"ya" (yes) only for fictional sample products. Real products: "tidak" (no; the default for new products).',
    },
  },
  {
    key: 'name.id',
    id: 'Nama produk',
    en: 'Product name',
    kind: 'text',
    required: true,
    aliases: ['name.id'],
    help: {
      id: 'Maksimal 60 karakter (tercetak di label).',
      en: 'At most 60 characters (printed on the label).',
    },
  },
  {
    key: 'name.en',
    id: 'Nama produk (Inggris)',
    en: 'Product name (English)',
    kind: 'text',
    aliases: ['name.en'],
    help: { id: 'Boleh kosong.', en: 'Optional.' },
  },
  {
    key: 'tagline.id',
    id: 'Kalimat promosi',
    en: 'Tagline',
    kind: 'text',
    required: true,
    aliases: ['tagline.id'],
    help: {
      id: 'Satu kalimat pendek yang menjual produk.',
      en: 'One short sentence that sells the product.',
    },
  },
  {
    key: 'tagline.en',
    id: 'Kalimat promosi (Inggris)',
    en: 'Tagline (English)',
    kind: 'text',
    aliases: ['tagline.en'],
    help: { id: 'Boleh kosong.', en: 'Optional.' },
  },
  {
    key: 'category',
    id: 'Kategori',
    en: 'Category',
    kind: 'choice',
    required: true,
    aliases: ['category.id'],
    help: {
      id: 'Pilih dari daftar (content/categories.yaml).',
      en: 'Choose from the list (content/categories.yaml).',
    },
  },
  {
    key: 'tags',
    id: 'Kata kunci',
    en: 'Search tags',
    kind: 'list',
    help: { id: 'Dipisah koma, mis. tenun, ikat.', en: 'Separated by commas, e.g. tenun, ikat.' },
  },
  {
    key: 'gtin',
    id: 'GTIN (barcode)',
    en: 'GTIN (barcode)',
    kind: 'digits',
    aliases: ['gtin'],
    help: {
      id: 'Angka di bawah barcode kemasan, jika ada.',
      en: 'The digits under the package barcode, if any.',
    },
  },
  {
    key: 'village',
    id: 'Kode desa',
    en: 'Village code',
    kind: 'village',
    aliases: ['village.code'],
    help: {
      id: 'Kode Kemendagri, mis. 53.09.02.2001 (lihat lembar Desa). Atau kosongkan dan isi nama Desa, Kecamatan dan/atau Kabupaten.',
      en: 'Kemendagri code, e.g. 53.09.02.2001 (see the Desa sheet). Or leave it empty and fill in the Village, District and/or Regency names.',
    },
  },
  {
    key: 'village.name',
    id: 'Desa/Kelurahan',
    en: 'Village',
    kind: 'village',
    aliases: ['village.name'],
    help: {
      id: 'Nama desa, bila kode desa kosong.',
      en: 'Village name, when the village code is empty.',
    },
  },
  {
    key: 'village.district',
    id: 'Kecamatan',
    en: 'District',
    kind: 'village',
    aliases: ['district.name'],
    help: {
      id: 'Membantu menemukan desa yang namanya ada di beberapa tempat.',
      en: 'Helps find a village whose name exists in several places.',
    },
  },
  {
    key: 'village.regency',
    id: 'Kabupaten/Kota',
    en: 'Regency/City',
    kind: 'village',
    aliases: ['regency.name'],
    help: { id: 'Pilih dari daftar.', en: 'Choose from the list.' },
  },
  {
    key: 'producer.name',
    id: 'Nama UMKM',
    en: 'Business name',
    kind: 'text',
    required: true,
    aliases: ['producer.name'],
    help: {
      id: 'Nama usaha (maksimal 60 karakter).',
      en: 'Business name (at most 60 characters).',
    },
  },
  {
    key: 'producer.owner',
    id: 'Pemilik/kontak',
    en: 'Owner/contact',
    kind: 'text',
    required: true,
    help: {
      id: 'Nama pemilik atau kontak, dengan izinnya.',
      en: 'Owner or contact person, with their consent.',
    },
  },
  {
    key: 'producer.whatsapp',
    id: 'WhatsApp',
    en: 'WhatsApp',
    kind: 'phone',
    required: true,
    aliases: ['producer.whatsapp'],
    help: {
      id: 'Nomor HP: 0812-3456-7890 (kolom teks).',
      en: 'Mobile number: 0812-3456-7890 (a text column).',
    },
  },
  {
    key: 'producer.consent',
    id: 'Tanggal persetujuan',
    en: 'Consent date',
    kind: 'date',
    help: {
      id: 'Tanggal produsen menandatangani persetujuan publikasi. Wajib untuk produk asli.',
      en: 'Date the producer signed the consent to publication. Required for real products.',
    },
  },
  {
    key: 'producer.nib',
    id: 'NIB',
    en: 'Business ID (NIB)',
    kind: 'digits',
    help: {
      id: 'Nomor Induk Berusaha, 13 angka (kolom teks).',
      en: 'Business registration number, 13 digits (a text column).',
    },
  },
  {
    key: 'producer.instagram',
    id: 'Instagram',
    en: 'Instagram',
    kind: 'text',
    help: { id: 'Nama akun tanpa @.', en: 'Account name without @.' },
  },
  {
    key: 'producer.marketplaces.name',
    id: 'Toko online (nama)',
    en: 'Online shops (names)',
    kind: 'list',
    aliases: ['producer.marketplaces.name'],
    help: {
      id: 'Nama toko, dipisah |, mis. Tokopedia | Shopee.',
      en: 'Shop names separated by |, e.g. Tokopedia | Shopee.',
    },
  },
  {
    key: 'producer.marketplaces.url',
    id: 'Toko online (alamat)',
    en: 'Online shops (addresses)',
    kind: 'list',
    aliases: ['producer.marketplaces.url'],
    help: {
      id: 'Alamat https, dipisah |, urutan sama dengan nama toko.',
      en: 'https addresses separated by |, in the same order as the names.',
    },
  },
  {
    key: 'offer.price.min',
    id: 'Harga (Rp)',
    en: 'Price (IDR)',
    kind: 'price',
    required: true,
    aliases: ['price.min'],
    help: {
      id: 'Rupiah, mis. 25000 atau Rp 25.000; rentang: 25.000 - 45.000.',
      en: 'Rupiah, e.g. 25000 or Rp 25.000; a range: 25.000 - 45.000.',
    },
  },
  {
    key: 'offer.price.max',
    id: 'Harga tertinggi (Rp)',
    en: 'Highest price (IDR)',
    kind: 'price',
    aliases: ['price.max'],
    help: { id: 'Hanya untuk rentang harga.', en: 'Only for a price range.' },
  },
  {
    key: 'offer.unit.id',
    id: 'Satuan harga',
    en: 'Price unit',
    kind: 'text',
    required: true,
    aliases: ['price.unit.id'],
    help: {
      id: 'Harga untuk apa, mis. per bungkus 250 g.',
      en: 'What the price is for, e.g. per bungkus 250 g.',
    },
  },
  {
    key: 'offer.unit.en',
    id: 'Satuan harga (Inggris)',
    en: 'Price unit (English)',
    kind: 'text',
    aliases: ['price.unit.en'],
    help: { id: 'Boleh kosong.', en: 'Optional.' },
  },
  {
    key: 'offer.variants',
    id: 'Varian',
    en: 'Variants',
    kind: 'list',
    help: { id: 'Dipisah |, mis. 250 g | 500 g.', en: 'Separated by |, e.g. 250 g | 500 g.' },
  },
  {
    key: 'offer.shelfLife',
    id: 'Masa simpan',
    en: 'Shelf life',
    kind: 'text',
    help: { id: 'Mis. 12 bulan.', en: 'E.g. 12 bulan.' },
  },
  {
    key: 'offer.available',
    id: 'Tersedia',
    en: 'Available',
    kind: 'boolean',
    choices: YES_NO,
    aliases: ['available'],
    help: { id: '"tidak" bila stok sedang habis.', en: '"tidak" (no) while out of stock.' },
  },
  {
    key: 'offer.institutional.monthlyCapacity',
    id: 'Kapasitas per bulan',
    en: 'Monthly capacity',
    kind: 'quantity',
    rule: CAPACITY,
    aliases: ['office.monthlyCapacity'],
    help: {
      id: `Untuk pembeli instansi: berapa satuan harga dapat dibuat sebulan. Angka bulat ${CAPACITY.min}–${CAPACITY.max}, tanpa titik dan satuan, mis. ${CAPACITY.example}. Boleh kosong.`,
      en: `For office buyers: how many price units can be made a month. A whole number ${CAPACITY.min}–${CAPACITY.max}, no dots or units, e.g. ${CAPACITY.example}. Optional.`,
    },
  },
  {
    key: 'offer.institutional.minimumOrder',
    id: 'Pesanan minimum',
    en: 'Minimum order',
    kind: 'quantity',
    rule: MINIMUM_ORDER,
    aliases: ['office.minimumOrder'],
    help: {
      id: `Untuk pembeli instansi, dalam satuan harga. Angka bulat ${MINIMUM_ORDER.min}–${MINIMUM_ORDER.max}, mis. ${MINIMUM_ORDER.example}; tidak lebih dari kapasitas per bulan. Boleh kosong.`,
      en: `For office buyers, in price units. A whole number ${MINIMUM_ORDER.min}–${MINIMUM_ORDER.max}, e.g. ${MINIMUM_ORDER.example}; not more than the monthly capacity. Optional.`,
    },
  },
  {
    key: 'offer.institutional.leadTimeDays',
    id: 'Waktu siap (hari)',
    en: 'Lead time (days)',
    kind: 'quantity',
    rule: LEAD_TIME,
    aliases: ['office.leadTimeDays'],
    help: {
      id: `Hari dari pesanan pasti sampai barang siap dikirim, ${LEAD_TIME.min}–${LEAD_TIME.max} (0 = stok siap), mis. ${LEAD_TIME.example}. Boleh kosong.`,
      en: `Days from a confirmed order to goods ready to ship, ${LEAD_TIME.min}–${LEAD_TIME.max} (0 = ready stock), e.g. ${LEAD_TIME.example}. Optional.`,
    },
  },
  {
    key: 'offer.institutional.invoice',
    id: 'Bisa buat kuitansi/faktur',
    en: 'Issues receipt/invoice',
    kind: 'boolean',
    choices: YES_NO,
    aliases: ['office.invoice'],
    help: {
      id: '"ya" bila produsen dapat membuat kuitansi atau faktur untuk instansi. Boleh kosong (belum diketahui).',
      en: '"ya" (yes) when the producer can issue a receipt or invoice to an office. Optional (not known yet).',
    },
  },
  {
    key: 'certifications.halal.number',
    id: 'Nomor halal',
    en: 'Halal number',
    kind: 'digits',
    aliases: ['certifications.halal.number'],
    help: {
      id: 'ID diikuti angka, seperti di sertifikat BPJPH.',
      en: 'ID followed by digits, as on the BPJPH certificate.',
    },
  },
  {
    key: 'certifications.halal.issued',
    id: 'Halal terbit',
    en: 'Halal issued',
    kind: 'date',
    aliases: ['certifications.halal.issued'],
    help: { id: 'Tanggal terbit sertifikat halal.', en: 'Issue date of the halal certificate.' },
  },
  {
    key: 'certifications.halal.expires',
    id: 'Halal berlaku sampai',
    en: 'Halal expires',
    kind: 'date',
    aliases: ['certifications.halal.expires'],
    help: { id: 'Tanggal berakhir, jika tertulis.', en: 'Expiry date, if printed.' },
  },
  {
    key: 'certifications.bpom',
    id: 'Nomor BPOM',
    en: 'BPOM number',
    kind: 'digits',
    aliases: ['certifications.bpom.number'],
    help: { id: 'MD atau ML + 12 angka.', en: 'MD or ML + 12 digits.' },
  },
  {
    key: 'certifications.pirt',
    id: 'Nomor P-IRT',
    en: 'P-IRT number',
    kind: 'digits',
    aliases: ['certifications.pirt.number'],
    help: {
      id: '13 angka, tanda minus, 2 angka (kolom teks).',
      en: '13 digits, a dash, 2 digits (a text column).',
    },
  },
  {
    key: 'qris.accepted',
    id: 'Menerima QRIS',
    en: 'Accepts QRIS',
    kind: 'boolean',
    choices: YES_NO,
    aliases: ['qris'],
    help: { id: 'ya/tidak.', en: 'ya (yes) / tidak (no).' },
  },
  {
    key: 'qris.merchant',
    id: 'Nama merchant QRIS',
    en: 'QRIS merchant name',
    kind: 'text',
    help: { id: 'Seperti tampil di aplikasi pembayaran.', en: 'As shown in payment apps.' },
  },
  {
    key: 'programme.stage',
    id: 'Tahap program',
    en: 'Programme stage',
    kind: 'choice',
    required: true,
    choices: STAGES,
    aliases: ['programme.stage'],
    help: { id: STAGES.join(' | '), en: STAGES.join(' | ') },
  },
  ...CHECKLIST_AREAS.map((area): Column => ({
    key: `programme.checklist.${area}`,
    id: `Checklist: ${AREA_HEADERS[area].id}`,
    en: `Checklist: ${AREA_HEADERS[area].en}`,
    kind: 'choice',
    choices: CHECKLIST_STATES,
    aliases: [`programme.checklist.${area}`],
    help: {
      id: `${CHECKLIST_STATES.join(' | ')} (kosong = belum untuk produk baru).`,
      en: `${CHECKLIST_STATES.join(' | ')} (empty = belum for a new product).`,
    },
  })),
  {
    key: 'hero.src',
    id: 'Foto utama (nama berkas)',
    en: 'Main photo (file name)',
    kind: 'text',
    required: true,
    help: {
      id: 'Nama berkas di folder foto (--photos), mis. IMG_1234.jpg. Sisi terpanjang minimal 1200 px.',
      en: 'File name in the photo folder (--photos), e.g. IMG_1234.jpg. Long side at least 1200 px.',
    },
  },
  {
    key: 'hero.alt.id',
    id: 'Keterangan foto',
    en: 'Photo description',
    kind: 'text',
    required: true,
    help: {
      id: 'Apa yang terlihat di foto, untuk pembaca layar.',
      en: 'What the photo shows, for screen readers.',
    },
  },
  {
    key: 'hero.alt.en',
    id: 'Keterangan foto (Inggris)',
    en: 'Photo description (English)',
    kind: 'text',
    help: { id: 'Boleh kosong.', en: 'Optional.' },
  },
  {
    key: 'added',
    id: 'Tanggal masuk katalog',
    en: 'Date added',
    kind: 'date',
    aliases: ['added'],
    help: { id: 'Kosong = hari ini untuk produk baru.', en: 'Empty = today for a new product.' },
  },
];

/**
 * Open-data CSV columns (`/data/products.csv`) that no import column reads: what the build
 * derives (names of places and categories, links, statuses, completion, the resized photo's
 * URL, the currency; `office.canSupply`, the rule of `office.ts` applied to the other office
 * fields; `office.ekatalogUrl`, the marketplace link of kind `e-katalog`, which the online-shop
 * columns already carry). Recognised so they are not reported as unknown; never written back.
 * `tests/unit/import.test.ts` pins this list, so a new open-data column needs a decision.
 */
export const DERIVED_COLUMNS: readonly string[] = CSV_HEADER.filter(
  (h) => !COLUMNS.some((c) => c.aliases?.includes(h)),
);

const foldHeader = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const byHeader = new Map<string, Column>();
for (const c of COLUMNS) {
  for (const h of [c.id, c.en, c.key, ...(c.aliases ?? [])]) byHeader.set(foldHeader(h), c);
}
const derived = new Set(DERIVED_COLUMNS.map(foldHeader));

/**
 * The column a header names: Indonesian or English header, or open-data name; case, spaces and
 * punctuation do not matter. `derived` for build-made open-data columns, undefined if unknown.
 */
export function columnOf(header: string): Column | 'derived' | undefined {
  const f = foldHeader(header);
  if (!f) return undefined;
  return byHeader.get(f) ?? (derived.has(f) ? 'derived' : undefined);
}

/** Template header for a column key (for messages about a column the sheet lacks). */
export function headerOf(key: string): string {
  return COLUMNS.find((c) => c.key === key)?.id ?? key;
}
