/**
 * The content checker on deliberately broken products: every broken file is reported, with
 * the field, and the exact bilingual message editors will read (pinned as inline snapshots).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { checkContent, type Problem } from '../../src/lib/content-check/check.ts';
import { formatProblems } from '../../src/lib/content-check/report.ts';
import { breakProduct, makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';

const BROKEN = {
  'valid-product': { source: VALID_PRODUCT },
  'missing-required': { source: breakProduct(/^tagline:\n.*\n.*\n/m, '') },
  'wrong-type': { source: breakProduct('sample: true', 'sample: ya') },
  'unknown-category': { source: breakProduct('category: madu', 'category: madoe') },
  'village-outside-ntt': {
    source: breakProduct("village: '53.11.01.2012'", "village: '51.71.01.1001'"),
  },
  'village-not-existing': {
    source: breakProduct("village: '53.11.01.2012'", "village: '53.11.01.2999'"),
  },
  'bad-gtin': { source: breakProduct('category: madu', "category: madu\ngtin: '2000000000108'") },
  'bad-bpom': { source: breakProduct("bpom: 'MD000000000999'", "bpom: 'MD 12345'") },
  'bad-whatsapp': {
    source: breakProduct("whatsapp: '0800-0000-0999'", "whatsapp: '021-555-1234'"),
  },
  'halal-expiry-before-issue': {
    source: breakProduct(
      'issued: 2025-01-01, expires: 2029-01-01',
      'issued: 2025-01-01, expires: 2024-01-01',
    ),
  },
  'missing-photo': {
    source: VALID_PRODUCT,
    photos: { 'foto.jpg': [1600, 1200] } as Record<string, [number, number]>,
  },
  'small-photo': {
    source: VALID_PRODUCT,
    photos: { 'hero.jpg': [800, 600] } as Record<string, [number, number]>,
  },
  'duplicate-qr-a': { source: breakProduct('category: madu', "category: madu\nqr: 'K7MX'") },
  'duplicate-qr-b': { source: breakProduct('category: madu', "category: madu\nqr: 'K7MX'") },
  'javascript-link': {
    source: breakProduct('https://tokopedia.example/uji', "'javascript:alert(1)'"),
  },
  'broken-yaml': { source: breakProduct('  name: UMKM Uji', '  name: "UMKM Uji') },
  'placeholder-left': {
    source: breakProduct('sample: true', 'sample: false')
      .replace('Madu untuk pengujian.', "'GANTI: tagline'")
      .replace('  owner: Penguji (fiktif)', '  owner: Penguji (fiktif)\n  consent: 2025-05-01'),
  },
  'real-without-consent': { source: breakProduct('sample: true', 'sample: false') },
  'unknown-field': { source: breakProduct('category: madu', 'category: madu\ncategroy: kopi') },
};

let dir: string;
let problems: Problem[];
const of = (slug: string) => problems.filter((p) => p.file.startsWith(`products/${slug}/`));
const text = (slug: string) =>
  formatProblems(of(slug))
    .replace(/\n\n\d+ masalah[^]*$/, '')
    .replace(/^.*\n/, '');

beforeAll(async () => {
  dir = await makeContentDir(BROKEN);
  const result = await checkContent({ contentDir: dir, areas: await loadAreas(), root: dir });
  problems = result.problems;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content checker on broken products', () => {
  it('passes the valid product and reports every broken one, all in one run', () => {
    expect(of('valid-product')).toEqual([]);
    for (const slug of Object.keys(BROKEN).filter(
      (s) => s !== 'valid-product' && s !== 'duplicate-qr-a',
    )) {
      expect(of(slug).length, slug).toBeGreaterThan(0);
    }
  });

  it('missing required field', () => {
    expect(text('missing-required')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: tagline, baris/line 2
          Kolom wajib ini belum diisi. Tambahkan dengan isi berupa teks.
          This required field is missing. Add it, with text as its value."
    `);
  });
  it('wrong type', () => {
    expect(text('wrong-type')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: sample, baris/line 2
          Harus berupa true atau false, tetapi tertulis "ya".
          Must be true or false, but it is "ya"."
    `);
  });
  it('unknown category', () => {
    expect(text('unknown-category')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: category, baris/line 9
          Kategori "madoe" tidak ada di content/categories.yaml. Pilih salah satu: kain-tenun, kopi, madu, gula-lontar, kelor, camilan, daging-olahan, hasil-kebun, garam, kerajinan — atau tambahkan kategori baru di berkas itu.
          Category "madoe" is not in content/categories.yaml. Choose one of: kain-tenun, kopi, madu, gula-lontar, kelor, camilan, daging-olahan, hasil-kebun, garam, kerajinan — or add the new category to that file."
    `);
  });
  it('village outside NTT', () => {
    expect(text('village-outside-ntt')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: village, baris/line 11
          Kode desa "51.71.01.1001" adalah Serangan, Kota Denpasar, Bali — di luar NTT. Produk OVOP NTT harus dari desa di NTT (kode diawali 53.).
          Village code "51.71.01.1001" is Serangan, Kota Denpasar, Bali — outside NTT. OVOP NTT products must come from an NTT village (codes start with 53.)."
    `);
  });
  it('non-existent village code', () => {
    expect(text('village-not-existing')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: village, baris/line 11
          Kode desa "53.11.01.2999" tidak ada dalam daftar wilayah resmi. Kode terdekat: 53.11.01.2012 Lukukamaru, Kec. Kota Waingapu, Kabupaten Sumba Timur; 53.11.01.2013 Mbatakapidu, Kec. Kota Waingapu, Kabupaten Sumba Timur; 53.11.01.2014 Pambotandjara, Kec. Kota Waingapu, Kabupaten Sumba Timur.
          Village code "53.11.01.2999" is not in the official area list. Closest codes: 53.11.01.2012 Lukukamaru, Kec. Kota Waingapu, Kabupaten Sumba Timur; 53.11.01.2013 Mbatakapidu, Kec. Kota Waingapu, Kabupaten Sumba Timur; 53.11.01.2014 Pambotandjara, Kec. Kota Waingapu, Kabupaten Sumba Timur."
    `);
  });
  it('bad GTIN check digit', () => {
    expect(text('bad-gtin')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: gtin, baris/line 11
          GTIN "2000000000108" tidak valid: angka terakhir (angka pemeriksa) seharusnya 7, bukan 8. Bandingkan setiap angka dengan barcode pada kemasan; biasanya ada satu angka yang salah ketik.
          GTIN "2000000000108" is not valid: the last digit (check digit) should be 7, not 8. Compare each digit with the barcode on the package; usually one digit was mistyped."
    `);
  });
  it('bad BPOM number', () => {
    expect(text('bad-bpom')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: certifications.bpom, baris/line 24
          Nomor BPOM "MD 12345" memiliki 5 angka setelah MD, padahal harus 12 angka. Periksa lagi nomor pada kemasan, misalnya "MD123456789012".
          BPOM number "MD 12345" has 5 digits after MD, but it must have 12. Check the number on the package again, e.g. "MD123456789012"."
    `);
  });
  it('bad WhatsApp number', () => {
    expect(text('bad-whatsapp')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.whatsapp, baris/line 15
          Nomor WhatsApp "021-555-1234" tampaknya nomor telepon kantor atau rumah, bukan nomor HP. WhatsApp memerlukan nomor HP yang diawali 08, misalnya "0812 3456 7890".
          WhatsApp number "021-555-1234" looks like a landline, not a mobile number. WhatsApp needs a mobile number starting with 08, e.g. "0812 3456 7890"."
    `);
  });
  it('Halal expiry before issue', () => {
    expect(text('halal-expiry-before-issue')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: certifications.halal, baris/line 23
          Tanggal berakhir sertifikat halal (2024-01-01) harus sesudah tanggal terbitnya (2025-01-01). Periksa apakah kedua tanggal tertukar atau salah tahun.
          The halal certificate's expiry date (2024-01-01) must be after its issue date (2025-01-01). Check whether the two dates are swapped or have a wrong year."
    `);
  });
  it('missing photo file', () => {
    expect(text('missing-photo')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: hero.src, baris/line 37
          Foto "./hero.jpg" tidak ada di folder missing-photo/. Foto yang ada: foto.jpg. Periksa nama berkas (huruf besar/kecil dihitung) atau salin fotonya ke folder itu.
          Photo "./hero.jpg" is not in folder missing-photo/. Photos there: foto.jpg. Check the file name (case matters) or copy the photo into that folder."
    `);
  });
  it('too-small photo', () => {
    expect(text('small-photo')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: hero.src, baris/line 37
          Foto "./hero.jpg" terlalu kecil: 800×600 px. Sisi terpanjang minimal 1200 px agar tajam di layar dan cetak; pakai foto asli dari kamera, bukan hasil unduhan WhatsApp.
          Photo "./hero.jpg" is too small: 800×600 px. The long side must be at least 1200 px to look sharp; use the original camera photo, not one downloaded from WhatsApp."
    `);
  });
  it('duplicate QR code (reported on the second product only)', () => {
    expect(of('duplicate-qr-a')).toEqual([]);
    expect(text('duplicate-qr-b')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: qr, baris/line 10
          Kode QR K7MX diterbitkan untuk produk "duplicate-qr-a", tetapi dipakai juga oleh produk "duplicate-qr-b". Satu kode untuk satu produk selamanya. Jika registri atau folder diubah/diganti nama dengan tangan, kembalikan registri dari git (git restore content/qr-registry.yaml). Jika "duplicate-qr-b" adalah produk baru hasil menyalin folder lain, salinan itu belum punya kode sendiri: hapus baris qr: HANYA di salinan baru itu, lalu npm run qr:assign memberinya kode baru.
          QR code K7MX was issued to product "duplicate-qr-a" but is also used by "duplicate-qr-b". A code belongs to one product forever. If the registry or a folder was edited or renamed by hand, restore the registry from git (git restore content/qr-registry.yaml). If "duplicate-qr-b" is a new product made by copying another folder, the copy has no code of its own yet: remove the qr: line of that new copy ONLY, and npm run qr:assign gives it a new code."
    `);
  });
  it('javascript: link', () => {
    expect(text('javascript-link')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.marketplaces[0].url, baris/line 18
          Tautan "javascript:alert(1)" memakai "javascript:", padahal hanya tautan https:// yang diizinkan. Tulis alamat halaman web, misalnya "https://www.example.com/toko".
          Link "javascript:alert(1)" uses "javascript:", but only https:// links are allowed. Write a web page address, e.g. "https://www.example.com/toko"."
    `);
  });
  it('broken YAML', () => {
    expect(text('broken-yaml')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.name, baris/line 13
          Tanda kutip " dibuka di baris 13 tetapi tidak pernah ditutup. Tambahkan " penutup di akhir teks pada baris itu, mis. name: "Kopi Bajawa". Kode QR produk ini tetap aman: kode itu berfungsi lagi setelah berkasnya diperbaiki (jangan menandai produk ini retired, jangan mengubah registri).
          A " quote is opened on line 13 but never closed. Add the closing " at the end of the text on that line, e.g. name: "Kopi Bajawa". This product's QR code is safe: it works again once the file is fixed (do not mark the product retired, do not edit the registry)."
    `);
  });
  it('misspelt field name, with a suggestion', () => {
    expect(text('unknown-field')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: categroy, baris/line 11
          Kolom tidak dikenal: "categroy" (→ "category"?). Periksa ejaan, atau hapus kolom itu. Kolom yang boleh: sample, name, tagline, category, tags, qr, gtin, village, producer, offer, certifications, qris, programme, hero, gallery, added, retired.
          Unknown field: "categroy" (→ "category"?). Check the spelling, or remove it. Allowed fields: sample, name, tagline, category, tags, qr, gtin, village, producer, offer, certifications, qris, programme, hero, gallery, added, retired."
    `);
  });
  it('placeholder text left in a product that is no longer a sample', () => {
    expect(text('placeholder-left')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: tagline.id, baris/line 7
          Kolom tagline.id masih berisi isian "GANTI:" padahal sample: false. Ganti semua isian contoh dengan data asli, atau kembalikan sample: true.
          Field tagline.id still holds a "GANTI:"/"REPLACE:" placeholder although sample: false. Replace every placeholder with real data, or set sample: true again."
    `);
  });
  it('a real product (sample: false) without the producer consent date', () => {
    expect(text('real-without-consent')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.consent, baris/line 13
          Produk asli (sample: false) wajib mencatat persetujuan produsen untuk dipublikasikan. Tambahkan di bawah producer: baris consent: 2025-05-20 (tanggal produsen menandatangani persetujuan; simpan formulirnya di kantor dinas).
          A real product (sample: false) must record the producer's consent to publication. Under producer:, add the line consent: 2025-05-20 (the date the producer signed the consent; keep the form at the office)."
    `);
  });
});
