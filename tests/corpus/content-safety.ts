/**
 * The content-safety corpus: realistic editor mistakes, one row each, and the valid edge cases
 * that must keep passing. Each row is a product folder (or a whole content folder for QR
 * registry states); `expect` says which problem the check must report: file, field, line
 * (a number, or a text whose first line in the written file is meant) and words of both
 * languages. To add a case, add a row.
 */
import { VALID_PRODUCT } from '../helpers/content-fixture.ts';

export type Photo = [number, number] | 'huge';

export interface Expected {
  /** File relative to the content folder (default: the product's index file). */
  file?: string;
  field: string | undefined;
  /** Line number, or a text whose first line in the written file is meant. */
  line: number | string | undefined;
  /** Must appear in the Indonesian message. */
  id: RegExp;
  /** Must appear in the English message. */
  en: RegExp;
  /** Must appear in neither (wrong advice). */
  never?: RegExp;
}

export interface ProductCase {
  /** Folder name; also what the case is about. */
  name: string;
  /** index file text, or raw bytes (encodings); default: the valid product. */
  source?: string | Buffer;
  ext?: 'md' | 'mdx';
  photos?: Record<string, Photo>;
  /** Also write an index.mdx beside index.md (two index files). */
  twoIndexFiles?: boolean;
  /** Expected problem; absent for a valid case (no problem at all). */
  expect?: Expected;
}

/** The valid product with one text replaced (throws when the text is absent). */
export function edit(search: string | RegExp, replacement: string, base = VALID_PRODUCT): string {
  const out = base.replace(search, replacement);
  if (out === base) throw new Error(`corpus: text not found: ${String(search)}`);
  return out;
}
const story = (body: string) => edit('Cerita uji.', body);
const real = (s: string) => edit('sample: true', 'sample: false', s);
const long = (n: number, ch = 'a') => ch.repeat(n);
const latin1 = (s: string) => Buffer.from(s, 'latin1');

const HTML_RULE = {
  id: /Kode HTML tidak boleh ada di cerita produk/,
  en: /HTML code is not allowed/,
};
const URL_RULE = { id: /tidak diizinkan/, en: /is not allowed/ };
const body = (line: string, rule: { id: RegExp; en: RegExp }): Expected => ({
  field: 'body',
  line,
  ...rule,
});
const tooLong = (field: string, line: string, max: number): Expected => ({
  field,
  line,
  id: new RegExp(`maksimal ${max} karakter`),
  en: new RegExp(`the maximum is ${max}`),
});
const notOnCalendar = (field: string, line: string): Expected => ({
  field,
  line,
  id: /tidak ada di kalender/,
  en: /does not exist in the calendar/,
});

export const PRODUCT_CASES: ProductCase[] = [
  // Markup in Markdown stories.
  {
    name: 'md-script',
    source: story("<script>alert('x')</script>"),
    expect: body('<script>', HTML_RULE),
  },
  {
    name: 'md-onerror',
    source: story('<img src="x" onerror="alert(1)">'),
    expect: body('onerror', HTML_RULE),
  },
  {
    name: 'md-iframe',
    source: story('<iframe src="https://evil.example"></iframe>'),
    expect: body('<iframe', HTML_RULE),
  },
  {
    name: 'md-form',
    source: story('<form action="https://evil.example"><input name="pin"></form>'),
    expect: body('<form', HTML_RULE),
  },
  {
    name: 'md-hidden-style',
    source: story('<div style="display:none">Teks tersembunyi</div>'),
    expect: body('display:none', HTML_RULE),
  },
  {
    name: 'md-style-element',
    source: story('<style>main{display:none}</style>'),
    expect: body('<style>', HTML_RULE),
  },
  {
    name: 'md-inline-onclick',
    source: story('Madu <span onclick="alert(1)">asli</span> Sumba.'),
    expect: body('onclick', HTML_RULE),
  },
  {
    name: 'md-svg-onload',
    source: story('<svg onload="alert(1)"></svg>'),
    expect: body('<svg', HTML_RULE),
  },
  {
    name: 'md-object',
    source: story('<object data="https://evil.example/x.swf"></object>'),
    expect: body('<object', HTML_RULE),
  },
  {
    name: 'md-embed',
    source: story('<embed src="https://evil.example/x">'),
    expect: body('<embed', HTML_RULE),
  },
  {
    name: 'md-meta-refresh',
    source: story('<meta http-equiv="refresh" content="0;url=https://evil.example">'),
    expect: body('<meta', HTML_RULE),
  },
  {
    name: 'md-raw-anchor',
    source: story('<a href="https://example.com">toko</a>'),
    expect: body('<a href', HTML_RULE),
  },
  {
    name: 'md-br-with-handler',
    source: story('Baris<br onclick="alert(1)">dua'),
    expect: body('<br onclick', HTML_RULE),
  },
  {
    name: 'md-javascript-link',
    source: story('[klik](javascript:alert(1))'),
    expect: body('[klik]', URL_RULE),
  },
  {
    name: 'md-javascript-mixed-case',
    source: story('[klik](JaVaScRiPt:alert(1))'),
    expect: body('[klik]', URL_RULE),
  },
  {
    name: 'md-entity-javascript',
    source: story('[klik](javascript&#58;alert(1))'),
    expect: body('[klik]', URL_RULE),
  },
  {
    name: 'md-data-link',
    source: story('[buka](data:text/html;base64,PHNjcmlwdD4=)'),
    expect: body('[buka]', URL_RULE),
  },
  {
    name: 'md-data-image',
    source: story('![foto](data:image/png;base64,iVBORw0KGgo=)'),
    expect: body('![foto]', URL_RULE),
  },
  {
    name: 'md-vbscript-definition',
    source: story('[toko][t]\n\n[t]: vbscript:msgbox(1)'),
    expect: body('[t]:', URL_RULE),
  },
  // MDX stories.
  {
    name: 'mdx-unclosed-tag',
    ext: 'mdx',
    source: story('<Sorotan judul="Catatan">\nIsi catatan.'),
    expect: {
      field: 'body',
      line: '<Sorotan',
      id: /dibuka tetapi tidak ditutup/,
      en: /opened but never closed/,
    },
  },
  {
    name: 'mdx-unknown-component',
    ext: 'mdx',
    source: story('<Peta lokasi="Bajawa" />'),
    expect: {
      field: 'body',
      line: '<Peta',
      id: /Tag <Peta> tidak boleh/,
      en: /The tag <Peta> is not allowed/,
    },
  },
  {
    name: 'mdx-import',
    ext: 'mdx',
    source: story("import Peta from '../../../src/components/Peta.astro';\n\nCerita."),
    expect: {
      field: 'body',
      line: 'import Peta',
      id: /import\/export tidak boleh/,
      en: /import\/export lines are not allowed/,
    },
  },
  {
    name: 'mdx-export',
    ext: 'mdx',
    source: story('export const harga = 1;\n\nCerita.'),
    expect: {
      field: 'body',
      line: 'export const',
      id: /import\/export tidak boleh/,
      en: /not allowed/,
    },
  },
  {
    name: 'mdx-expression',
    ext: 'mdx',
    source: story('Harga {alert(1)} rupiah.'),
    expect: {
      field: 'body',
      line: 'Harga {',
      id: /dijalankan sebagai kode/,
      en: /would run as code/,
    },
  },
  {
    name: 'mdx-script',
    ext: 'mdx',
    source: story("<script>{`alert('x')`}</script>"),
    expect: {
      field: 'body',
      line: '<script>',
      id: /Tag <script> tidak boleh/,
      en: /The tag <script> is not allowed/,
    },
  },
  {
    name: 'mdx-attribute-expression',
    ext: 'mdx',
    source: story('<Sorotan judul={globalThis.x}>Isi</Sorotan>'),
    expect: {
      field: 'body',
      line: '<Sorotan',
      id: /Atribut judul pada <Sorotan> tidak boleh/,
      en: /attribute judul on <Sorotan> is not allowed/,
    },
  },
  {
    name: 'mdx-onclick',
    ext: 'mdx',
    source: story('<Sorotan onClick="alert(1)">Isi</Sorotan>'),
    expect: { field: 'body', line: '<Sorotan', id: /Atribut onClick/, en: /attribute onClick/ },
  },
  {
    name: 'mdx-div',
    ext: 'mdx',
    source: story('<div style={{ display: "none" }}>Isi</div>'),
    expect: {
      field: 'body',
      line: '<div',
      id: /Tag <div> tidak boleh/,
      en: /The tag <div> is not allowed/,
    },
  },
  {
    name: 'mdx-javascript-link',
    ext: 'mdx',
    source: story('[klik](javascript:alert(1))'),
    expect: body('[klik]', URL_RULE),
  },
  {
    name: 'mdx-less-than-text',
    ext: 'mdx',
    source: story('Kemasan kecil <5 kg tersedia.'),
    expect: { field: 'body', line: 'Kemasan kecil', id: /tulis \\</, en: /write \\</ },
  },
  {
    name: 'mdx-unclosed-brace',
    ext: 'mdx',
    source: story('Harga mulai {25.000 rupiah.'),
    expect: { field: 'body', line: 'Harga mulai', id: /Kurung kurawal/, en: /brace/ },
  },
  // Impossible dates, as written.
  {
    name: 'date-feb-30',
    source: edit('added: 2025-05-27', 'added: 2025-02-30'),
    expect: notOnCalendar('added', 'added:'),
  },
  {
    name: 'date-month-13',
    source: edit('added: 2025-05-27', 'added: 2025-13-01'),
    expect: { field: 'added', line: 'added:', id: /./, en: /./ },
  },
  {
    name: 'date-quoted-feb-29',
    source: edit('added: 2025-05-27', "added: '2025-02-29'"),
    expect: notOnCalendar('added', 'added:'),
  },
  {
    name: 'date-halal-issued',
    source: edit('issued: 2025-01-01', 'issued: 2025-04-31'),
    expect: notOnCalendar('certifications.halal', 'halal:'),
  },
  {
    name: 'date-halal-expires',
    source: edit('expires: 2029-01-01', 'expires: 2029-02-29'),
    expect: notOnCalendar('certifications.halal', 'halal:'),
  },
  {
    name: 'date-retired',
    source: edit('added: 2025-05-27', 'added: 2025-05-27\nretired:\n  date: 2026-06-31'),
    expect: notOnCalendar('retired.date', 'date: 2026'),
  },
  // Text encoding.
  {
    name: 'latin1-name',
    source: latin1(edit('id: Madu Hutan Uji', 'id: Madu Hutan Café')),
    expect: {
      field: 'name.id',
      line: 4,
      id: /tidak tersimpan sebagai UTF-8: baris 4/,
      en: /not saved as UTF-8: line 4/,
    },
  },
  {
    name: 'latin1-story',
    source: latin1(story('Madu dari Soë, Timor.')),
    expect: { field: 'body', line: 41, id: /UTF-8/, en: /UTF-8/ },
  },
  {
    name: 'utf16-file',
    source: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID_PRODUCT, 'utf16le')]),
    expect: { field: undefined, line: 1, id: /UTF-8/, en: /UTF-8/ },
  },
  // Lengths (src/schemas/limits.ts).
  {
    name: 'long-name',
    source: edit('id: Madu Hutan Uji', `id: ${long(500)}`),
    expect: tooLong('name.id', 'id: aaa', 60),
  },
  {
    name: 'long-name-en',
    source: edit('en: Test Forest Honey', `en: ${long(61)}`),
    expect: tooLong('name.en', 'en: aaa', 60),
  },
  {
    name: 'long-tagline',
    source: edit('id: Madu untuk pengujian.', `id: ${long(121)}`),
    expect: tooLong('tagline.id', 'id: aaa', 120),
  },
  {
    name: 'long-producer-name',
    source: edit('name: UMKM Uji', `name: ${long(61)}`),
    expect: tooLong('producer.name', 'name: aaa', 60),
  },
  {
    name: 'long-owner',
    source: edit('owner: Penguji (fiktif)', `owner: ${long(61)}`),
    expect: tooLong('producer.owner', 'owner:', 60),
  },
  {
    name: 'long-shop-name',
    source: edit('- name: Tokopedia', `- name: ${long(61)}`),
    expect: tooLong('producer.marketplaces[0].name', '- name:', 60),
  },
  {
    name: 'long-unit',
    source: edit('unit: per botol 250 ml', `unit: ${long(61)}`),
    expect: tooLong('offer.unit', 'unit:', 60),
  },
  {
    name: 'long-alt',
    source: edit('alt: Foto uji.', `alt: ${long(201)}`),
    expect: tooLong('hero.alt', 'alt:', 200),
  },
  {
    name: 'long-tag',
    source: edit('category: madu', `category: madu\ntags:\n  - ${long(41)}`),
    expect: tooLong('tags[0]', '  - aaa', 40),
  },
  {
    name: 'long-retired-reason',
    source: edit(
      'added: 2025-05-27',
      `added: 2025-05-27\nretired:\n  date: 2026-01-01\n  reason: ${long(301)}`,
    ),
    expect: tooLong('retired.reason', 'reason:', 300),
  },
  {
    name: 'long-emoji-name',
    source: edit('id: Madu Hutan Uji', `id: ${long(61, '🍯')}`),
    expect: tooLong('name.id', 'id: 🍯', 60),
  },
  // Photos.
  {
    name: 'huge-hero',
    photos: { 'hero.jpg': [1600, 1200], 'raksasa.png': 'huge' },
    source: edit('src: ./hero.jpg', 'src: ./raksasa.png'),
    expect: {
      field: 'hero.src',
      line: 'src:',
      id: /terlalu besar: 20000×20000 px = 400 juta piksel; batasnya 100 juta/,
      en: /too large: 20000×20000 px = 400 million pixels; the limit is 100 million.*Resize/,
    },
  },
  {
    name: 'huge-gallery',
    photos: { 'hero.jpg': [1600, 1200], 'galeri.png': 'huge' },
    source: edit(
      'added: 2025-05-27',
      'gallery:\n  - src: ./galeri.png\n    alt: Galeri.\nadded: 2025-05-27',
    ),
    expect: {
      field: 'gallery[0].src',
      line: '- src: ./galeri',
      id: /terlalu besar/,
      en: /too large/,
      never: /rusak|damaged/,
    },
  },
  // Every message names its field.
  {
    name: 'placeholder-tagline',
    source: real(edit('id: Madu untuk pengujian.', "id: 'GANTI: tagline'")),
    expect: {
      field: 'tagline.id',
      line: 'GANTI:',
      id: /Kolom tagline\.id masih berisi isian "GANTI:"/,
      en: /Field tagline\.id still holds/,
    },
  },
  {
    name: 'placeholder-whatsapp',
    source: real(edit("whatsapp: '0800-0000-0999'", "whatsapp: '0800-0000-0000'")),
    expect: {
      field: 'producer.whatsapp',
      line: 'whatsapp:',
      id: /nomor contoh/,
      en: /placeholder/,
    },
  },
  // YAML mistakes.
  {
    name: 'yaml-tab',
    source: edit('  name: UMKM Uji', '\tname: UMKM Uji'),
    expect: {
      field: 'producer.name',
      line: '\tname',
      id: /karakter Tab di baris \d+.*dua spasi/,
      en: /Tab character on line \d+.*two spaces/,
    },
  },
  {
    name: 'yaml-unclosed-double-quote',
    source: edit('  name: UMKM Uji', '  name: "UMKM Uji'),
    expect: {
      field: 'producer.name',
      line: 'name: "UMKM',
      id: /Tanda kutip " dibuka di baris \d+ tetapi tidak pernah ditutup/,
      en: /quote is opened on line \d+ but never closed/,
    },
  },
  {
    name: 'yaml-unclosed-single-quote',
    source: edit("bpom: 'MD000000000999'", "bpom: 'MD000000000999"),
    expect: {
      field: 'certifications.bpom',
      line: 'bpom:',
      id: /Tanda kutip ' dibuka/,
      en: /quote is opened/,
    },
  },
  {
    name: 'yaml-missing-closing-fence',
    source: VALID_PRODUCT.replace('added: 2025-05-27\n---', 'added: 2025-05-27'),
    expect: {
      field: 'frontmatter',
      line: 1,
      id: /tidak ditutup\. Tambahkan satu baris berisi "---"/,
      en: /never closed/,
    },
  },
  {
    name: 'yaml-duplicate-key',
    source: edit('category: madu', 'category: madu\ncategory: kopi'),
    expect: {
      field: 'category',
      line: 'category: kopi',
      id: /sudah ditulis sebelumnya/,
      en: /already written/,
    },
  },
  {
    name: 'yaml-bad-indent',
    source: edit('  owner: Penguji (fiktif)', '   owner: Penguji (fiktif)'),
    expect: { field: 'producer.owner', line: '   owner', id: /tidak sejajar/, en: /not aligned/ },
  },
  {
    name: 'yaml-apostrophe',
    source: edit('  name: UMKM Uji', "  name: 'Kopi Ine's'"),
    expect: {
      field: 'producer.name',
      line: 'Kopi Ine',
      id: /tanda kutip ganda/,
      en: /double quotes/,
    },
  },
  {
    name: 'yaml-no-space-after-colon',
    source: edit('  price: 75000', '  price:75000\n  x'),
    expect: { field: 'offer.price', line: undefined, id: /nama: isi/, en: /name: value/ },
  },
  {
    name: 'conflict-markers-product',
    source: edit(
      '  price: 75000',
      '<<<<<<< HEAD\n  price: 75000\n=======\n  price: 80000\n>>>>>>> harga-baru',
    ),
    expect: { field: 'offer', line: '<<<<<<<', id: /tanda konflik git/, en: /conflict markers/ },
  },
  // Field-name hints in Indonesian.
  {
    name: 'hint-harga',
    source: edit('category: madu', 'category: madu\nharga: 75000'),
    expect: {
      field: 'harga',
      line: 'harga:',
      id: /"harga" \(→ "offer\.price"\?\)/,
      en: /"harga" \(→ "offer\.price"\?\)/,
    },
  },
  {
    name: 'hint-desa',
    source: edit("village: '53.11.01.2012'", "desa: '53.11.01.2012'"),
    expect: { field: 'desa', line: 'desa:', id: /"desa" \(→ "village"\?\)/, en: /→ "village"/ },
  },
  {
    name: 'hint-nama-producer',
    source: edit('  name: UMKM Uji', '  nama: UMKM Uji'),
    expect: { field: 'producer.nama', line: 'nama:', id: /→ "name"/, en: /→ "name"/ },
  },
  {
    name: 'hint-satuan',
    source: edit('  unit: per botol 250 ml', '  satuan: per botol 250 ml'),
    expect: { field: 'offer.satuan', line: 'satuan:', id: /→ "unit"/, en: /→ "unit"/ },
  },
  // Valid edge cases: must pass.
  { name: 'valid-crlf', source: VALID_PRODUCT.replace(/\n/g, '\r\n') },
  { name: 'valid-bom', source: `\uFEFF${VALID_PRODUCT}` },
  { name: 'valid-bom-crlf', source: `\uFEFF${VALID_PRODUCT.replace(/\n/g, '\r\n')}` },
  {
    name: 'valid-typography',
    source: story('“Madu” dari ‘hutan’ — dipanen 2–3 kali… setahun.').replace(
      'id: Madu untuk pengujian.',
      'id: “Madu” asli — manis…',
    ),
  },
  {
    name: 'valid-emoji',
    source: edit('id: Madu Hutan Uji', `id: Madu 🍯 ${long(52, '🐝')}`).replace(
      'Cerita uji.',
      'Lebah 🐝 dan bunga 🌺.',
    ),
  },
  {
    name: 'valid-required-only',
    source: VALID_PRODUCT.replace(/^ {2}marketplaces:\n.*\n.*\n/m, '')
      .replace(/^certifications:\n.*\n.*\n/m, '')
      .replace(/^ {2}en: .*\n/gm, ''),
  },
  {
    name: 'valid-br-and-comment',
    source: story(
      'Baris satu<br>baris dua<br/>tiga.\n\n<!-- catatan editor: periksa harga -->\n\n[Toko](https://example.com), [surel](mailto:uji@example.com), [telepon](tel:+628123).',
    ),
  },
  {
    name: 'valid-mdx',
    ext: 'mdx',
    source: story(
      'Cerita MDX.\n\n<Sorotan judul="Cara menyeduh">Seduh dengan air **90 °C**.</Sorotan>\n\nBaris<br />dua, harga \\{mulai\\} \\<5 kg.',
    ),
  },
  { name: 'valid-leap-day', source: edit('added: 2025-05-27', 'added: 2024-02-29') },
  {
    name: 'valid-limits-exact',
    source: edit('id: Madu Hutan Uji', `id: ${long(60)}`).replace(
      'name: UMKM Uji',
      `name: ${long(60, 'é')}`,
    ),
  },
];

/** A QR registry state: a whole content folder, optionally a git history, and the problem. */
export interface RegistryCase {
  name: string;
  /** Product folders: slug -> index.md text (a `qr:` line is added from `codes`). */
  products: Record<string, string>;
  /** slug -> code written into the product (default: a fixture code per product). */
  codes?: Record<string, string | null>;
  /** Registry text; default: one line per product code. */
  registry?: (lines: string[]) => string;
  /** Commit the folder first, then apply `after` (products/registry changes). */
  git?: {
    after: { products?: Record<string, string | null>; registry?: (lines: string[]) => string };
  };
  /** Extra files: path relative to the product folder -> text. */
  extra?: Record<string, string>;
  expect: Expected & { slugFile?: string };
}

const productWith = (name: string) => edit('id: Madu Hutan Uji', `id: ${name}`);
const RETIRE_ADVICE =
  /tandai sebagai retired|mark it retired|folder produknya dihapus|folder was deleted/;
const DELETE_QR_ADVICE = /Delete the qr: line and run|Hapus baris qr: lalu jalankan/;

export const REGISTRY_CASES: RegistryCase[] = [
  {
    name: 'parse-error-keeps-code',
    products: {
      'madu-a': productWith('A'),
      'madu-b': edit('  name: UMKM Uji', '  name: "UMKM Uji', productWith('B')),
    },
    expect: {
      slugFile: 'madu-b',
      field: 'producer.name',
      line: 'name: "UMKM',
      id: /Kode QR produk ini tetap aman/,
      en: /QR code is safe/,
      never: RETIRE_ADVICE,
    },
  },
  {
    name: 'empty-file-keeps-code',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    extra: { 'madu-b/index.md': '' },
    expect: {
      slugFile: 'madu-b',
      field: 'frontmatter',
      line: 1,
      id: /tetap aman/,
      en: /is safe/,
      never: RETIRE_ADVICE,
    },
  },
  {
    name: 'two-index-files-keep-code',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    extra: { 'madu-b/index.mdx': VALID_PRODUCT },
    expect: {
      file: 'products/madu-b',
      field: undefined,
      line: undefined,
      id: /index\.md dan index\.mdx.*tetap aman/,
      en: /both index\.md and index\.mdx.*is safe/,
      never: RETIRE_ADVICE,
    },
  },
  {
    name: 'merge-conflict-in-registry',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    registry: ([a, b]) => `<<<<<<< HEAD\n${a}\n=======\n${b}\n>>>>>>> cabang-lain\n`,
    expect: {
      file: 'qr-registry.yaml',
      field: 'qr-registry',
      line: 1,
      id: /tanda konflik git.*KEDUA SISI/,
      en: /conflict markers.*BOTH SIDES/,
      never: /kutip|quote/,
    },
  },
  {
    name: 'registry-line-removed',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    registry: ([a]) => `${a}\n`,
    expect: {
      slugFile: 'madu-b',
      field: 'qr',
      line: 'qr:',
      id: /kembalikan registri dari git/,
      en: /restore the registry from git/,
      never: DELETE_QR_ADVICE,
    },
  },
  {
    name: 'registry-code-changed',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    registry: ([a, b]) => `${a}\n${(b ?? '').replace(/'Z\w+'/, "'ZZZZ'")}\n`,
    expect: {
      slugFile: 'madu-b',
      field: 'qr',
      line: 'qr:',
      id: /kembalikan registri dari git/,
      en: /restore the registry from git/,
      never: DELETE_QR_ADVICE,
    },
  },
  {
    name: 'git-folder-and-line-deleted',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    git: { after: { products: { 'madu-b': null }, registry: ([a]) => `${a}\n` } },
    expect: {
      file: 'qr-registry.yaml',
      field: 'Z001',
      line: undefined,
      id: /ada di commit terakhir tetapi hilang.*git restore/,
      en: /in the last commit but missing.*Restore the registry from git/,
    },
  },
  {
    name: 'git-entry-repointed',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    git: {
      after: { registry: ([a, b]) => `${a}\n${(b ?? '').replace("'madu-b'", "'madu-c'")}\n` },
    },
    expect: {
      file: 'qr-registry.yaml',
      field: 'Z001',
      line: "'madu-c'",
      id: /sekarang untuk "madu-c".*Kembalikan registri dari git/,
      en: /now for "madu-c".*Restore the registry from git/,
    },
  },
  {
    name: 'git-code-changed',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    git: { after: { registry: ([a, b]) => `${a}\n${(b ?? '').replace(/'Z001'/, "'ZZZZ'")}\n` } },
    expect: {
      file: 'qr-registry.yaml',
      field: 'Z001',
      line: undefined,
      id: /hilang dari registri/,
      en: /missing from the registry/,
    },
  },
  {
    name: 'git-renamed-folder-reused',
    products: { 'madu-a': productWith('A'), 'madu-b': productWith('B') },
    // madu-b renamed to madu-b-lama (keeps its code) and the registry edited to follow it;
    // a new product takes the old folder name.
    git: {
      after: {
        products: { 'madu-b-lama': '@madu-b', 'madu-b': productWith('Baru') },
        registry: ([a, b]) => `${a}\n${(b ?? '').replace("'madu-b'", "'madu-b-lama'")}\n`,
      },
    },
    expect: {
      file: 'qr-registry.yaml',
      field: 'Z001',
      line: 'madu-b-lama',
      id: /Kembalikan registri dari git/,
      en: /Restore the registry from git/,
      never: DELETE_QR_ADVICE,
    },
  },
];
