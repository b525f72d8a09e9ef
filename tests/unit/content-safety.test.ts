/**
 * The content-safety corpus (tests/corpus/content-safety.ts) through the content check,
 * in-process: every malformed case fails with file, field and line, Indonesian first and
 * English second, and no stack trace; every valid edge case passes. Inline snapshots pin the
 * exact wording of one message per class.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import type { AreaIndex } from '../../src/lib/places/areas.ts';
import { checkContent, type Problem } from '../../src/lib/content-check/check.ts';
import { formatProblems } from '../../src/lib/content-check/report.ts';
import { PRODUCT_CASES, REGISTRY_CASES, type Expected } from '../corpus/content-safety.ts';
import {
  lineContaining,
  readText,
  writeProductCases,
  writeRegistryCase,
} from '../helpers/corpus-dir.ts';

let areas: AreaIndex;
let productDir: string;
let written: Map<string, string>;
let problems: Problem[];
const registryRuns = new Map<string, { dir: string; problems: Problem[] }>();

beforeAll(async () => {
  areas = await loadAreas();
  ({ dir: productDir, written } = await writeProductCases(PRODUCT_CASES));
  problems = (await checkContent({ contentDir: productDir, areas, root: productDir })).problems;
  for (const c of REGISTRY_CASES) {
    const dir = await writeRegistryCase(c);
    const result = await checkContent({ contentDir: dir, areas, root: dir });
    registryRuns.set(c.name, { dir, problems: result.problems });
  }
}, 120_000);
afterAll(() => {
  rmSync(productDir, { recursive: true, force: true });
  for (const { dir } of registryRuns.values()) rmSync(dir, { recursive: true, force: true });
});

const STACK = /^\s+at .+[:(]\d+:\d+\)?$/m;

/** Asserts the problem the case expects is among `found`, complete and bilingual. */
function expectProblem(found: Problem[], file: string, want: Expected, text: string | undefined) {
  const inFile = found.filter((p) => p.file === file);
  expect(inFile.length, `${file}: no problem reported`).toBeGreaterThan(0);
  const match = inFile.find((p) => p.field === want.field && want.id.test(p.message.id));
  expect(
    match,
    `${file}: expected field ${String(want.field)} matching ${String(want.id)}; got\n${formatProblems(inFile)}`,
  ).toBeDefined();
  const p = match as Problem;
  expect(p.message.en).toMatch(want.en);
  const line = typeof want.line === 'string' ? lineContaining(text ?? '', want.line) : want.line;
  if (want.line !== undefined) expect(p.line, `${file} line`).toBe(line);
  // Indonesian first, English second: two different texts, both present.
  expect(p.message.id.length).toBeGreaterThan(20);
  expect(p.message.en.length).toBeGreaterThan(20);
  expect(p.message.id).not.toBe(p.message.en);
  const report = formatProblems(inFile);
  expect(report).not.toMatch(STACK);
  expect(report.indexOf(p.message.id)).toBeLessThan(report.indexOf(p.message.en));
  if (want.never) {
    for (const q of inFile) expect(`${q.message.id}\n${q.message.en}`).not.toMatch(want.never);
  }
}

describe('content-safety corpus: product folders', () => {
  it('has at least 60 malformed cases and the valid edge cases', () => {
    const malformed = PRODUCT_CASES.filter((c) => c.expect).length + REGISTRY_CASES.length;
    expect(malformed).toBeGreaterThanOrEqual(60);
    expect(PRODUCT_CASES.filter((c) => !c.expect).length).toBeGreaterThanOrEqual(6);
  });

  for (const c of PRODUCT_CASES) {
    const file = `products/${c.name}/index.${c.ext ?? 'md'}`;
    if (c.expect) {
      const want = c.expect;
      it(`rejects ${c.name}`, () =>
        expectProblem(problems, want.file ?? file, want, written.get(c.name)));
    } else {
      it(`accepts ${c.name}`, () => {
        const mine = problems.filter((p) => p.file.startsWith(`products/${c.name}/`));
        expect(formatProblems(mine)).toBe('');
      });
    }
  }
});

describe('content-safety corpus: QR registry states', () => {
  for (const c of REGISTRY_CASES) {
    it(c.name, () => {
      const run = registryRuns.get(c.name);
      if (!run) throw new Error('not run');
      const file = c.expect.file ?? `products/${c.expect.slugFile ?? ''}/index.md`;
      const text = file.endsWith('qr-registry.yaml')
        ? readText(join(run.dir, 'qr-registry.yaml'))
        : file.endsWith('.md')
          ? readText(join(run.dir, file))
          : undefined;
      expectProblem(run.problems, file, c.expect, text);
    });
  }
});

/** The report block of one product case, without the file name and the summary. */
const block = (name: string, field?: string) =>
  formatProblems(
    problems.filter(
      (p) => p.file.startsWith(`products/${name}/`) && (field === undefined || p.field === field),
    ),
  )
    .replace(/\n\n\d+ masalah[^]*$/, '')
    .replace(/^.*\n/, '');

describe('new messages, word for word', () => {
  it('raw HTML in a story', () => {
    expect(block('md-script')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: body, baris/line 42
          Kode HTML tidak boleh ada di cerita produk: <script>alert('x')</script>. Tulis cerita dengan Markdown biasa (**tebal**, _miring_, [tautan](https://…), baris kosong antar paragraf); HTML yang boleh hanya <br> untuk pindah baris. Skrip, atribut on…=, iframe, form dan style tidak akan pernah tampil di situs.
          HTML code is not allowed in a product story: <script>alert('x')</script>. Write the story in plain Markdown (**bold**, _italic_, [link](https://…), a blank line between paragraphs); the only HTML allowed is <br> for a line break. Scripts, on…= attributes, iframes, forms and styles never reach the site."
    `);
  });
  it('unsafe link in a story', () => {
    expect(block('md-javascript-link')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: body, baris/line 42
          Alamat tautan/gambar "javascript:alert(1)" tidak diizinkan. Di cerita hanya boleh alamat http:, https:, mailto:, tel: atau nama foto di folder yang sama (javascript: dan data: tidak pernah boleh).
          The link/image address "javascript:alert(1)" is not allowed. Stories may only use http:, https:, mailto:, tel: addresses or a photo file in the same folder (javascript: and data: never)."
    `);
  });
  it('MDX component outside the allow-list', () => {
    expect(block('mdx-unknown-component')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: body, baris/line 42
          Tag <Peta> tidak boleh dipakai di cerita MDX. Komponen yang boleh: <Sorotan> (daftar di src/components/story/); tag HTML yang boleh hanya <br />. Tulis isinya dengan Markdown biasa.
          The tag <Peta> is not allowed in an MDX story. Allowed components: <Sorotan> (listed in src/components/story/); the only HTML tag allowed is <br />. Write the content in plain Markdown."
    `);
  });
  it('MDX syntax error', () => {
    expect(block('mdx-unclosed-tag')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: body, baris/line 42
          Tag <Sorotan> dibuka tetapi tidak ditutup: tambahkan </Sorotan> setelah isinya (atau tulis <Sorotan />).
          The tag <Sorotan> is opened but never closed: add </Sorotan> after its content (or write <Sorotan />)."
    `);
  });
  it('impossible date', () => {
    expect(block('date-feb-30')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: added, baris/line 39
          Tanggal "2025-02-30" tidak ada di kalender. Periksa lagi bulan dan tanggalnya (format TAHUN-BULAN-TANGGAL, misalnya 2025-01-31).
          Date "2025-02-30" does not exist in the calendar. Check the month and day again (format YEAR-MONTH-DAY, e.g. 2025-01-31)."
    `);
  });
  it('not UTF-8', () => {
    expect(block('latin1-name')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: name.id, baris/line 4
          Berkas ini tidak tersimpan sebagai UTF-8: baris 4 memuat byte E9 0A (mis. huruf "é" dari penyunting lama). Buka berkas, simpan ulang dengan encoding UTF-8 (VS Code: klik "UTF-8/Latin-1" di pojok kanan bawah → Save with Encoding → UTF-8), lalu periksa huruf di baris itu.
          This file is not saved as UTF-8: line 4 holds the bytes E9 0A (e.g. an "é" from an old editor). Open the file, save it again with UTF-8 encoding (VS Code: click the encoding in the bottom right → Save with Encoding → UTF-8), then check the letters on that line."
    `);
  });
  it('text too long', () => {
    expect(block('long-producer-name')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.name, baris/line 13
          Teks ini 61 karakter; maksimal 60 karakter agar muat di label produk dan halaman produk. Persingkat 1 karakter.
          This text is 61 characters long; the maximum is 60 so that it fits the label and the product page. Shorten it by 1 character."
    `);
  });
  it('photo with too many pixels', () => {
    expect(block('huge-hero')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: hero.src, baris/line 37
          Foto "./raksasa.png" terlalu besar: 20000×20000 px = 400 juta piksel; batasnya 100 juta piksel. Perkecil dulu sampai sisi terpanjang 4000 px (mis. di HP: Edit → Ubah ukuran; di komputer: GIMP/Photos → Resize), simpan sebagai JPG, lalu ganti berkasnya.
          Photo "./raksasa.png" is too large: 20000×20000 px = 400 million pixels; the limit is 100 million. Resize it to 4000 px on the long side first (e.g. phone: Edit → Resize; computer: GIMP/Photos → Resize), save as JPG and replace the file."
    `);
  });
  it('placeholder names its field', () => {
    expect(block('placeholder-tagline')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: tagline.id, baris/line 7
          Kolom tagline.id masih berisi isian "GANTI:" padahal sample: false. Ganti semua isian contoh dengan data asli, atau kembalikan sample: true.
          Field tagline.id still holds a "GANTI:"/"REPLACE:" placeholder although sample: false. Replace every placeholder with real data, or set sample: true again."
    `);
  });
  it('tab in YAML', () => {
    expect(block('yaml-tab')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.name, baris/line 13
          Ada karakter Tab di baris 13. YAML hanya menerima spasi untuk menjorokkan baris: hapus Tab itu dan ketik dua spasi sebagai gantinya. Kode QR produk ini tetap aman: kode itu berfungsi lagi setelah berkasnya diperbaiki (jangan menandai produk ini retired, jangan mengubah registri).
          There is a Tab character on line 13. YAML only accepts spaces for indentation: delete the Tab and type two spaces instead. This product's QR code is safe: it works again once the file is fixed (do not mark the product retired, do not edit the registry)."
    `);
  });
  it('unclosed quote points at the line it opened', () => {
    expect(block('yaml-unclosed-double-quote')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: producer.name, baris/line 13
          Tanda kutip " dibuka di baris 13 tetapi tidak pernah ditutup. Tambahkan " penutup di akhir teks pada baris itu, mis. name: "Kopi Bajawa". Kode QR produk ini tetap aman: kode itu berfungsi lagi setelah berkasnya diperbaiki (jangan menandai produk ini retired, jangan mengubah registri).
          A " quote is opened on line 13 but never closed. Add the closing " at the end of the text on that line, e.g. name: "Kopi Bajawa". This product's QR code is safe: it works again once the file is fixed (do not mark the product retired, do not edit the registry)."
    `);
  });
  it('missing closing ---', () => {
    expect(block('yaml-missing-closing-fence')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: frontmatter, baris/line 1
          Frontmatter dibuka dengan "---" di baris 1 tetapi tidak ditutup. Tambahkan satu baris berisi "---" saja setelah kolom terakhir (sebelum cerita produk). Kode QR produk ini tetap aman: kode itu berfungsi lagi setelah berkasnya diperbaiki (jangan menandai produk ini retired, jangan mengubah registri).
          The frontmatter opens with "---" on line 1 but is never closed. Add a line holding only "---" after the last field (before the product story). This product's QR code is safe: it works again once the file is fixed (do not mark the product retired, do not edit the registry)."
    `);
  });
  it('Indonesian field name', () => {
    expect(block('hint-harga', 'harga')).toMatchInlineSnapshot(`
      "  ✗ kolom/field: harga, baris/line 11
          Kolom tidak dikenal: "harga" (→ "offer.price"?). Periksa ejaan, atau hapus kolom itu. Kolom yang boleh: sample, name, tagline, category, tags, qr, gtin, village, producer, offer, certifications, qris, programme, hero, gallery, added, retired.
          Unknown field: "harga" (→ "offer.price"?). Check the spelling, or remove it. Allowed fields: sample, name, tagline, category, tags, qr, gtin, village, producer, offer, certifications, qris, programme, hero, gallery, added, retired."
    `);
  });
  it('merge conflict in the registry', () => {
    const run = registryRuns.get('merge-conflict-in-registry');
    expect(formatProblems(run?.problems ?? [])).toMatchInlineSnapshot(`
      "qr-registry.yaml
        ✗ kolom/field: qr-registry, baris/line 1
          Registri QR berisi tanda konflik git (<<<<<<<, =======, >>>>>>>) mulai baris 1: dua perubahan digabung bersamaan. Selesaikan dengan MENYIMPAN BARIS DARI KEDUA SISI (setiap kode yang pernah diterbitkan tetap tercatat), hapus hanya tiga baris penanda itu, lalu jalankan npm run check:content.
          The QR registry holds git conflict markers (<<<<<<<, =======, >>>>>>>) from line 1: two changes were merged at once. Resolve it by KEEPING THE LINES OF BOTH SIDES (every code ever issued stays recorded), delete only the three marker lines, then run npm run check:content.

      1 masalah di 1 berkas. Perbaiki lalu jalankan lagi: npm run check:content
      1 problem(s) in 1 file(s). Fix them, then run again: npm run check:content"
    `);
  });
  it('registry entry of the last commit missing', () => {
    const run = registryRuns.get('git-folder-and-line-deleted');
    expect(formatProblems((run?.problems ?? []).filter((p) => p.file === 'qr-registry.yaml')))
      .toMatchInlineSnapshot(`
      "qr-registry.yaml
        ✗ kolom/field: Z001
          Kode QR Z001 (untuk "madu-b") ada di commit terakhir tetapi hilang dari registri. Registri hanya boleh ditambah. Kembalikan registri dari git: git restore qr-registry.yaml (lalu, bila ada kode baru, jalankan lagi npm run qr:assign). Jika sebuah produk memang tidak dijual lagi, kembalikan foldernya dan tandai retired — kodenya tetap tercatat.
          QR code Z001 (issued to "madu-b") is in the last commit but missing from the registry now. The registry is append-only. Restore the registry from git: git restore qr-registry.yaml (then, if new codes are needed, run npm run qr:assign again). If a product is no longer sold, restore its folder and mark it retired — its code stays recorded.

      1 masalah di 1 berkas. Perbaiki lalu jalankan lagi: npm run check:content
      1 problem(s) in 1 file(s). Fix them, then run again: npm run check:content"
    `);
  });
});
