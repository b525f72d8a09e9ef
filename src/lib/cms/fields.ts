/**
 * What the web editor (/admin/) says about each product field: an Indonesian label and an
 * English hint, keyed by the field's path in the product schema (`*` for list items). The
 * structure — which fields exist, required or optional, allowed values, lengths, defaults — is
 * NOT here: it is read from the zod schema (src/schemas/product.ts) by `./config.ts`. Fields the
 * schema only types as "anything the validator accepts" (`validated(...)`) get their editor
 * widget here, with a pattern no looser than the validator (tests/unit/cms-config.test.ts).
 */
import { MIN_PHOTO_SIZE } from '../../schemas/limits.ts';
import { QR_CODE_PATTERN } from '../validators/qr-code.ts';
import { CAPACITY, LEAD_TIME, MINIMUM_ORDER, type QuantityRule } from '../validators/quantity.ts';

/** A Sveltia CMS field, as written in config.yml (only the keys this project uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  readonly?: boolean;
  default?: unknown;
  pattern?: [string, string];
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  [key: string]: unknown;
}

/** The label and hint of one field, and for validator-typed fields the widget to use. */
export interface FieldText {
  /** Indonesian label, shown above the input. */
  label: string;
  /** English hint, shown under the input (with an Indonesian one where the format matters). */
  hint?: string;
  /** Widget properties for fields whose schema is a custom validator (`validated(...)`). */
  widget?: Omit<CmsField, 'name' | 'label' | 'hint'>;
}

const PHOTO_HINT =
  `Foto JPG, PNG, WebP atau AVIF, minimal ${MIN_PHOTO_SIZE.toLocaleString('id-ID')} piksel pada sisi terpanjang; ` +
  `disimpan di folder produk ini. / A JPG, PNG, WebP or AVIF photo, at least ${MIN_PHOTO_SIZE.toLocaleString('en-US')} px on its long side; saved in this product's folder.`;

/** A date picker that writes `YYYY-MM-DD`. */
const DATE: FieldText['widget'] = {
  widget: 'datetime',
  type: 'date',
  format: 'YYYY-MM-DD',
};

/** A whole-number input within the validator's bounds (src/lib/validators/quantity.ts). */
const quantityWidget = (rule: QuantityRule): NonNullable<FieldText['widget']> => ({
  widget: 'number',
  value_type: 'int',
  min: rule.min,
  max: rule.max,
  step: 1,
});

/**
 * Patterns for validator-typed fields. Each accepts only input its validator accepts (a unit
 * test runs the validators over the pattern's examples), so the form never lets through what the
 * content check would reject; the validator stays the authority for what the pattern misses.
 */
export const PATTERNS = {
  gtin: '^\\d{8}$|^\\d{12,14}$',
  nib: '^\\d{13}$',
  whatsapp: '^(\\+62|62|0)8[0-9 -]{7,15}$',
  https: '^https://\\S+$',
  bpom: '^M[DL]\\d{12}$',
  pirt: '^\\d{13}-\\d{2}$',
  halal: '^ID\\d{17}$',
  qr: QR_CODE_PATTERN.source,
} as const;

/** Every product field the editor shows. A schema field missing here fails the unit test. */
export const FIELD_TEXT: Readonly<Record<string, FieldText>> = {
  sample: {
    label: 'Contoh (fiktif)',
    hint: 'Nyalakan hanya untuk produk contoh. / On only for fictional sample products: the site shows a "Sample" notice.',
  },
  name: { label: 'Nama produk', hint: 'Product name.' },
  tagline: { label: 'Kalimat singkat', hint: 'One line that sells the product (about 10 words).' },
  category: { label: 'Kategori', hint: 'Category (from content/categories.yaml).' },
  tags: {
    label: 'Kata kunci',
    hint: 'Kata lain yang dicari orang (nama lokal, ejaan lain). / Extra search words (local names, spellings).',
  },
  'tags.*': { label: 'Kata kunci' },
  qr: {
    label: 'Kode QR',
    hint: 'Diisi otomatis setelah disimpan; tidak dapat diubah. / Assigned automatically by the publishing pipeline after you save; it can never be changed.',
    widget: {
      widget: 'string',
      readonly: true,
      pattern: [PATTERNS.qr, 'Kode QR tidak boleh diubah. / The QR code cannot be changed.'],
    },
  },
  gtin: {
    label: 'Nomor barcode (GTIN)',
    hint: 'Angka di bawah barcode kemasan, 8, 12, 13 atau 14 angka. Kosongkan jika tidak ada. / The number under the package barcode (GTIN-8/12/13/14). Leave empty if none.',
    widget: {
      widget: 'string',
      pattern: [
        PATTERNS.gtin,
        'Tulis 8, 12, 13 atau 14 angka tanpa spasi. / Write 8, 12, 13 or 14 digits, no spaces.',
      ],
    },
  },
  village: {
    label: 'Desa',
    hint: 'Ketik nama desa, lalu pilih desa yang benar (kecamatan dan kabupaten ditampilkan). Yang disimpan adalah kode desa Kemendagri. / Type the village name and pick it; the file stores its official Kemendagri code.',
    // The site's own field type (src/client/admin/village-field.ts): the 3,442 villages come
    // from /admin/villages.json when a form opens, not inside config.yml.
    widget: { widget: 'ntt-village' },
  },
  producer: { label: 'Produsen (UMKM)', hint: 'The village business that makes the product.' },
  'producer.name': { label: 'Nama usaha', hint: 'Business name.' },
  'producer.owner': {
    label: 'Pemilik / narahubung',
    hint: 'Owner or contact person (with their consent).',
  },
  'producer.consent': {
    label: 'Tanggal persetujuan produsen',
    hint: 'Tanggal produsen menyetujui publikasi (wajib untuk produk asli; simpan formulirnya di kantor). / Date the producer agreed to publication (required for real products; keep the signed form at the office).',
    widget: DATE,
  },
  'producer.whatsapp': {
    label: 'Nomor WhatsApp',
    hint: 'Nomor HP untuk pesanan, mis. 0812-3456-7890. / Mobile number for orders: 08…, 62… or +62….',
    widget: {
      widget: 'string',
      pattern: [
        PATTERNS.whatsapp,
        'Tulis nomor HP Indonesia: 08…, 62… atau +62…. / Write an Indonesian mobile number: 08…, 62… or +62….',
      ],
    },
  },
  'producer.nib': {
    label: 'NIB',
    hint: 'Nomor Induk Berusaha dari OSS: 13 angka. / Business registration number: 13 digits.',
    widget: {
      widget: 'string',
      pattern: [PATTERNS.nib, 'NIB terdiri dari 13 angka. / The NIB has 13 digits.'],
    },
  },
  'producer.instagram': {
    label: 'Akun Instagram',
    hint: 'Nama akun saja, tanpa @. / Account name only, without @.',
  },
  'producer.marketplaces': {
    label: 'Toko online',
    hint: 'Marketplace shop pages (Tokopedia, Shopee, …).',
  },
  'producer.marketplaces.*.name': { label: 'Nama toko online', hint: 'E.g. Tokopedia.' },
  'producer.marketplaces.*.url': {
    label: 'Alamat halaman toko',
    hint: 'Alamat lengkap, diawali https://. / Full address starting with https://.',
    widget: {
      widget: 'string',
      type: 'url',
      pattern: [PATTERNS.https, 'Diawali https:// / Starts with https://'],
    },
  },
  'producer.marketplaces.*.kind': {
    label: 'Jenis tautan',
    hint: "Pilih e-Katalog LKPP jika tautan ini halaman produk di e-Katalog (e-katalog.lkpp.go.id atau katalog.inaproc.id). / Choose LKPP e-Katalog when the link is the product's page on the government e-catalogue.",
  },
  'producer.outlets': { label: 'Tempat penjualan', hint: 'Shops and places where it is sold.' },
  'producer.outlets.*.name': { label: 'Nama tempat', hint: 'Name of the shop or place.' },
  'producer.outlets.*.address': {
    label: 'Alamat',
    hint: 'Address or area, e.g. Jl. El Tari, Kupang.',
  },
  'producer.outlets.*.url': {
    label: 'Tautan web atau peta',
    hint: 'Diawali https://. / Web page or map link (https).',
    widget: {
      widget: 'string',
      type: 'url',
      pattern: [PATTERNS.https, 'Diawali https:// / Starts with https://'],
    },
  },
  offer: { label: 'Penawaran', hint: 'What is sold and for how much.' },
  'offer.price': {
    label: 'Harga (rupiah)',
    hint: 'Angka bulat tanpa titik, mis. 45000. Isi "tertinggi" hanya untuk rentang harga. / Whole rupiah without dots; fill in the highest price only for a price range.',
    widget: {
      widget: 'object',
      collapsed: false,
      fields: [
        { name: 'min', label: 'Harga (terendah)', widget: 'number', value_type: 'int' },
        {
          name: 'max',
          label: 'Harga tertinggi (jika rentang)',
          widget: 'number',
          value_type: 'int',
          required: false,
        },
      ],
    },
  },
  'offer.unit': { label: 'Satuan harga', hint: 'What the price is for, e.g. "per bungkus 250 g".' },
  'offer.variants': { label: 'Ukuran / varian', hint: 'Sizes or variants, e.g. "250 g".' },
  'offer.shelfLife': { label: 'Masa simpan', hint: 'How long it keeps, e.g. "12 bulan".' },
  'offer.available': {
    label: 'Tersedia',
    hint: 'Matikan jika stok sedang habis. / Off while temporarily out of stock.',
  },
  'offer.institutional': {
    label: 'Untuk pembeli instansi',
    hint: 'Isi yang diketahui saja; jumlah dihitung dalam satuan harga di atas. / For office (institutional) buyers: fill in what is known; quantities count the units the price is for.',
  },
  'offer.institutional.monthlyCapacity': {
    label: 'Kapasitas per bulan',
    hint: 'Berapa satuan yang bisa dibuat dalam sebulan, mis. 500. / Units the producer can make in a month.',
    widget: quantityWidget(CAPACITY),
  },
  'offer.institutional.minimumOrder': {
    label: 'Pesanan minimum',
    hint: 'Pesanan terkecil dari instansi, dalam satuan; tidak boleh lebih dari kapasitas per bulan. / Smallest office order, in units; not more than the monthly capacity.',
    widget: quantityWidget(MINIMUM_ORDER),
  },
  'offer.institutional.leadTimeDays': {
    label: 'Waktu siap (hari)',
    hint: 'Hari sejak pesanan dikonfirmasi sampai barang siap; 0 jika stok tersedia. / Days from a confirmed order until the goods are ready; 0 for ready stock.',
    widget: quantityWidget(LEAD_TIME),
  },
  'offer.institutional.invoice': {
    label: 'Bisa memberi kuitansi/faktur',
    hint: 'Nyalakan jika produsen bisa memberi kuitansi atau faktur untuk pertanggungjawaban instansi. / On when the producer can issue a receipt or invoice for office accounts.',
  },
  certifications: {
    label: 'Izin dan sertifikat',
    hint: 'Isi hanya yang dimiliki produk. / Fill in only what the product has.',
  },
  'certifications.halal': {
    label: 'Sertifikat halal (BPJPH)',
    hint: 'Halal certificate from BPJPH.',
    widget: {
      widget: 'object',
      required: false,
      fields: [
        {
          name: 'number',
          label: 'Nomor sertifikat halal',
          widget: 'string',
          hint: 'ID diikuti 17 angka, mis. ID00110000000000000. / ID followed by 17 digits.',
          pattern: [PATTERNS.halal, 'ID + 17 angka / ID + 17 digits'],
        },
        { name: 'issued', label: 'Tanggal terbit', hint: 'Issue date.', ...DATE },
        {
          name: 'expires',
          label: 'Berlaku sampai',
          hint: 'Kosongkan jika tidak ada. / Expiry date; leave empty if none.',
          required: false,
          ...DATE,
        },
      ],
    },
  },
  'certifications.bpom': {
    label: 'Nomor BPOM',
    hint: 'MD atau ML diikuti 12 angka, mis. MD123456789012. / MD or ML followed by 12 digits.',
    widget: {
      widget: 'string',
      pattern: [PATTERNS.bpom, 'MD/ML + 12 angka / MD/ML + 12 digits'],
    },
  },
  'certifications.pirt': {
    label: 'Nomor P-IRT',
    hint: '13 angka, tanda minus, 2 angka, mis. 1234567890123-45. / 13 digits, a dash, 2 digits.',
    widget: {
      widget: 'string',
      pattern: [PATTERNS.pirt, '13 angka - 2 angka / 13 digits - 2 digits'],
    },
  },
  qris: {
    label: 'QRIS',
    hint: 'Hanya apakah QRIS diterima, tidak pernah gambar QR pembayaran. / Only whether QRIS is accepted, never a payable QR image.',
  },
  'qris.accepted': { label: 'Menerima QRIS', hint: 'On when the producer accepts QRIS.' },
  'qris.merchant': { label: 'Nama merchant QRIS', hint: 'Merchant name as shown in payment apps.' },
  programme: { label: 'Pendampingan', hint: 'Mentoring by the provincial programme.' },
  'programme.stage': {
    label: 'Tahap',
    hint: 'siap-pasar (market-ready), transisi (regency → province), pendampingan (mentoring).',
  },
  'programme.checklist': {
    label: 'Daftar periksa pendampingan',
    hint: 'Progress per mentoring area: belum (not started), proses (in progress), selesai (done).',
  },
  'programme.checklist.productionQuality': { label: 'Mutu produksi', hint: 'Production quality.' },
  'programme.checklist.facilities': { label: 'Sarana produksi', hint: 'Facilities.' },
  'programme.checklist.packaging': { label: 'Kemasan', hint: 'Packaging.' },
  'programme.checklist.labelling': { label: 'Label', hint: 'Labelling.' },
  'programme.checklist.licensing': {
    label: 'Perizinan (BPOM, Halal)',
    hint: 'Licensing (BPOM, Halal).',
  },
  'programme.checklist.barcode': { label: 'Barcode', hint: 'Barcode.' },
  'programme.checklist.qris': { label: 'QRIS', hint: 'QRIS payments.' },
  'programme.checklist.digitalPromotion': { label: 'Promosi digital', hint: 'Digital promotion.' },
  hero: { label: 'Foto utama', hint: 'Main photo.' },
  'hero.src': { label: 'Berkas foto utama', hint: PHOTO_HINT },
  'hero.alt': {
    label: 'Keterangan foto (teks alternatif)',
    hint: 'Apa yang terlihat di foto, untuk yang tidak bisa melihatnya. / What the photo shows, for people who cannot see it.',
  },
  gallery: { label: 'Foto lainnya', hint: 'More photos; each needs its own description.' },
  'gallery.*.src': { label: 'Berkas foto', hint: PHOTO_HINT },
  'gallery.*.alt': {
    label: 'Keterangan foto (wajib)',
    hint: 'Apa yang terlihat di foto. / What the photo shows (required).',
  },
  added: {
    label: 'Tanggal masuk katalog',
    hint: 'Date the product joined the catalogue.',
    widget: DATE,
  },
  retired: {
    label: 'Tidak dijual lagi',
    hint: 'Isi hanya jika produk berhenti dijual; kode QR-nya tetap berfungsi. / Only when the product is no longer sold; its QR code keeps working.',
  },
  'retired.date': { label: 'Tanggal berhenti', hint: 'Date it was retired.', widget: DATE },
  'retired.reason': {
    label: 'Alasan',
    hint: 'Shown to shoppers who scan an old package.',
  },
};

/** Labels of choice values (enums), Indonesian first. */
export const OPTION_LABELS: Readonly<Record<string, string>> = {
  'siap-pasar': 'Siap pasar (market-ready)',
  transisi: 'Transisi: kabupaten → provinsi (handed to the province)',
  pendampingan: 'Pendampingan penuh (full mentoring)',
  belum: 'Belum (not started)',
  proses: 'Proses (in progress)',
  selesai: 'Selesai (done)',
  'toko-online': 'Toko online (online shop)',
  'e-katalog': 'e-Katalog LKPP (government e-catalogue)',
};

/** Labels of the two halves of a bilingual `{ id, en }` pair. */
export const PAIR_LABELS = { id: 'Bahasa Indonesia', en: 'English (opsional / optional)' };
