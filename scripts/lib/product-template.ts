/**
 * The Markdown file `npm run new:product` writes: every field, each with a short comment in
 * Indonesian (the editor guide explains them in full). Values the editor did not give are
 * clearly fake placeholders, and the product starts as `sample: true`: the editor sets it to
 * false after replacing them, and the checker refuses a non-sample product that still has a
 * placeholder, so a half-filled product can never pass as real.
 */
import type { Stage } from '../../src/schemas/product.ts';
import { PLACEHOLDER_WHATSAPP } from '../../src/lib/validators/whatsapp.ts';

export interface NewProductAnswers {
  slug: string;
  name: string;
  nameEn?: string | undefined;
  village: string;
  category: string;
  producer?: string | undefined;
  owner?: string | undefined;
  whatsapp?: string | undefined;
  price?: number | undefined;
  unit?: string | undefined;
  stage?: Stage | undefined;
  /** YYYY-MM-DD; defaults to today. */
  added: string;
}

const yamlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The full index.md text for a new product. */
export function productTemplate(a: NewProductAnswers): string {
  const todo = (given: string | undefined, placeholder: string) => given ?? placeholder;
  return `---
# Produk baru. Lihat docs/panduan-editor.md untuk arti setiap kolom.
# Selama masih ada isian "GANTI", biarkan sample: true (halaman diberi tanda "Contoh").
sample: true # ubah ke false setelah semua isian GANTI diganti data asli
name:
  id: ${yamlString(a.name)} # nama produk (bahasa Indonesia)
  en: ${yamlString(a.nameEn ?? a.name)} # nama dalam bahasa Inggris
tagline:
  id: 'GANTI: satu kalimat pendek yang menjual produk ini.'
  en: 'REPLACE: one short sentence that sells this product.'
category: ${a.category} # id dari content/categories.yaml
tags: [] # kata yang sering dicari orang, mis. [tenun, ikat]
# qr: diisi otomatis oleh npm run qr:assign — jangan diubah
# gtin: '8991234567891' # angka barcode pada kemasan, jika ada (dalam tanda kutip)
village: ${yamlString(a.village)} # kode desa Kemendagri
producer:
  name: ${yamlString(todo(a.producer, 'GANTI: nama UMKM'))} # nama usaha
  owner: ${yamlString(todo(a.owner, 'GANTI: nama pemilik'))} # pemilik / kontak (dengan izinnya)
  whatsapp: ${yamlString(todo(a.whatsapp, PLACEHOLDER_WHATSAPP))} # nomor HP WhatsApp: 08…
  # consent: 2025-05-20 # tanggal produsen setuju dipublikasikan (wajib bila sample: false)
  # nib: '1234567890123' # Nomor Induk Berusaha, 13 angka
  # instagram: nama.akun # tanpa @
  marketplaces: [] # - { name: Tokopedia, url: https://… } ; e-Katalog LKPP: tambahkan kind: e-katalog
  outlets: [] # - { name: Toko …, address: Kupang }
offer:
  price: ${a.price ?? 10000} # ${a.price ? '' : 'GANTI: '}rupiah tanpa titik, atau { min: 25000, max: 45000 }
  unit: ${yamlString(a.unit ?? 'per buah')} # harga untuk apa, mis. per bungkus 250 g
  variants: [] # - 250 g
  # shelfLife: 12 bulan # masa simpan
  available: true # false bila stok sedang habis
  # institutional: # untuk pembeli instansi (isi yang diketahui saja)
  #   monthlyCapacity: 500 # satuan per bulan
  #   minimumOrder: 20 # pesanan minimum, dalam satuan
  #   leadTimeDays: 7 # hari sampai barang siap (0 = stok siap)
  #   invoice: true # bisa memberi kuitansi/faktur
certifications: {}
  # halal: { number: ID…, issued: 2025-01-31, expires: 2029-01-31 }
  # bpom: 'MD123456789012'
  # pirt: '1234567890123-45'
qris:
  accepted: false # true bila menerima pembayaran QRIS
  # merchant: NAMA MERCHANT # nama merchant pada stiker QRIS
programme:
  stage: ${a.stage ?? 'pendampingan'} # siap-pasar | transisi | pendampingan
  checklist: # belum | proses | selesai
    productionQuality: belum # mutu produksi
    facilities: belum # fasilitas
    packaging: belum # kemasan
    labelling: belum # label
    licensing: belum # perizinan (BPOM, Halal)
    barcode: belum
    qris: belum
    digitalPromotion: belum # promosi digital
hero:
  src: ./hero.jpg # foto utama di folder ini, sisi terpanjang minimal 1200 px
  alt:
    id: ${yamlString(`GANTI: apa yang terlihat di foto ${a.name}.`)}
    en: 'REPLACE: what the photo shows.'
gallery: [] # - { src: ./foto-2.jpg, alt: … }
added: ${a.added} # tanggal masuk katalog
# retired: # hanya bila produk tidak dijual lagi; halamannya tetap ada, jangan hapus folder
#   date: 2026-01-31
#   reason: { id: Produsen berhenti produksi., en: The producer stopped production. }
---

GANTI: cerita produk — siapa pembuatnya, bahannya, cara membuatnya, apa yang istimewa.
`;
}
