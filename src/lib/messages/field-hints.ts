/**
 * Indonesian words editors try as field names, and the field they mean. A path means the field
 * lives inside a group (`harga` at the top level → `offer.price`).
 */
export const INDONESIAN_FIELD_NAMES: Readonly<Record<string, string>> = {
  nama: 'name',
  judul: 'name',
  slogan: 'tagline',
  semboyan: 'tagline',
  kategori: 'category',
  'kata-kunci': 'tags',
  kata_kunci: 'tags',
  katakunci: 'tags',
  label: 'tags',
  kode: 'qr',
  barcode: 'gtin',
  kode_batang: 'gtin',
  desa: 'village',
  kelurahan: 'village',
  kode_desa: 'village',
  produsen: 'producer',
  umkm: 'producer',
  usaha: 'producer',
  pemilik: 'producer.owner',
  kontak: 'producer.owner',
  wa: 'producer.whatsapp',
  hp: 'producer.whatsapp',
  telepon: 'producer.whatsapp',
  nomor_hp: 'producer.whatsapp',
  toko: 'producer.outlets',
  outlet: 'producer.outlets',
  alamat: 'address',
  lokapasar: 'producer.marketplaces',
  marketplace: 'producer.marketplaces',
  tautan: 'url',
  alamat_web: 'url',
  penawaran: 'offer',
  harga: 'offer.price',
  satuan: 'offer.unit',
  varian: 'offer.variants',
  ukuran: 'offer.variants',
  masa_simpan: 'offer.shelfLife',
  'masa-simpan': 'offer.shelfLife',
  tersedia: 'offer.available',
  stok: 'offer.available',
  sertifikat: 'certifications',
  sertifikasi: 'certifications',
  izin: 'certifications',
  nomor: 'number',
  terbit: 'issued',
  tanggal_terbit: 'issued',
  berlaku: 'expires',
  kedaluwarsa: 'expires',
  kadaluarsa: 'expires',
  program: 'programme',
  tahap: 'programme.stage',
  pendampingan: 'programme',
  foto: 'hero',
  gambar: 'hero',
  foto_utama: 'hero',
  galeri: 'gallery',
  keterangan: 'alt',
  teks_alt: 'alt',
  tanggal: 'added',
  ditambahkan: 'added',
  tanggal_masuk: 'added',
  contoh: 'sample',
  pensiun: 'retired',
  dihentikan: 'retired',
  alasan: 'reason',
  deskripsi: 'description',
  warna: 'color',
  pedagang: 'merchant',
  diterima: 'accepted',
};

/**
 * The field an Indonesian word means, as it should be written where it was found: the plain
 * name when it is allowed there, else its path from the top of the file.
 */
export function indonesianFieldHint(key: string, knownKeys: readonly string[]): string | undefined {
  const target = INDONESIAN_FIELD_NAMES[key.trim().toLowerCase().replace(/\s+/g, '_')];
  if (!target) return undefined;
  const last = target.split('.').at(-1) as string;
  if (knownKeys.includes(last)) return last;
  if (knownKeys.includes(target.split('.')[0] as string)) return target;
  return undefined;
}
