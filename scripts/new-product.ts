/**
 * `npm run new:product`: creates a product folder with a complete index.md and a placeholder
 * photo, then checks it. Asks questions in a terminal; with flags (or no terminal) it asks
 * nothing:
 *
 *   npm run new:product -- --name "Kopi Arabika Golewa" --village 53.09.02.2002 --category kopi
 *
 * Flags: --name, --name-en, --village (code, or a village name to look up), --category,
 * --producer, --owner, --whatsapp, --price, --unit, --stage, --slug, --content <folder>.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as p from '@clack/prompts';
import yaml from 'js-yaml';
import { loadAreas } from '../src/lib/places/areas-load.ts';
import { config } from '../src/lib/config/env.ts';
import { describeVillage, VILLAGE_CODE_PATTERN } from '../src/lib/places/areas.ts';
import { runContentCheck } from '../src/lib/content-check/run.ts';
import { rankVillages } from '../src/lib/places/village-search.ts';
import { assignCodes } from './lib/assign-codes.ts';
import { parseCli } from './lib/cli.ts';
import { writePlaceholderPhoto } from './lib/placeholder-photo.ts';
import { slugify } from '../src/lib/text/fold.ts';
import { productTemplate, type NewProductAnswers } from './lib/product-template.ts';

const flags = parseCli(
  {
    name: { type: 'string' },
    'name-en': { type: 'string' },
    village: { type: 'string' },
    category: { type: 'string' },
    producer: { type: 'string' },
    owner: { type: 'string' },
    whatsapp: { type: 'string' },
    price: { type: 'string' },
    unit: { type: 'string' },
    stage: { type: 'string' },
    slug: { type: 'string' },
    content: { type: 'string' },
  },
  {
    command: 'npm run new:product -- [--name "…" --village <kode|nama> --category <id> …]',
    id: 'Membuat folder produk baru berisi index.md lengkap dan foto sementara. Tanpa opsi, bertanya di terminal.',
    en: 'Creates a new product folder with a complete index.md and a placeholder photo. Without flags it asks in the terminal.',
    flags: [
      '--name "…"          Nama produk / Product name',
      '--name-en "…"       Nama dalam bahasa Inggris / English name',
      '--village <…>       Kode desa atau nama desa / Village code or name',
      '--category <id>     Kategori dari content/categories.yaml / Category id',
      '--producer "…"      Nama UMKM / Producer name',
      '--owner "…"         Pemilik / Owner',
      '--whatsapp <08…>    Nomor WhatsApp / WhatsApp number',
      '--price <angka>     Harga rupiah / Price in rupiah',
      '--unit "…"          Satuan harga / Price unit',
      '--stage <tahap>     siap-pasar, transisi, pendampingan',
      '--slug <folder>     Nama folder / Folder name',
      '--content <folder>  Folder konten (bawaan: content) / Content folder',
    ],
  },
);
const contentDir = flags.content ?? config().CONTENT_DIR;
const interactive = process.stdin.isTTY === true && !flags.name;

function fail(id: string, en: string): never {
  console.error(`✗ ${id}\n  ${en}`);
  process.exit(1);
}

const categories = (
  yaml.load(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) as {
    id: string;
    name: { id: string } | string;
  }[]
).map((c) => ({ id: c.id, label: typeof c.name === 'string' ? c.name : c.name.id }));
const areas = await loadAreas();

/** A village code, or a name to look up; returns the code or explains the choices. */
function resolveVillage(input: string): string {
  const value = input.trim();
  if (VILLAGE_CODE_PATTERN.test(value)) return value;
  const matches = areas.searchByName(value, 8);
  if (matches.length === 1 && matches[0]) return matches[0].code;
  // An exact name wins over near spellings ("Were I" over "Were II"), when it is unique.
  const exact = matches.filter((v) => v.name.toLowerCase() === value.toLowerCase());
  if (exact.length === 1 && exact[0]) return exact[0].code;
  if (matches.length === 0) {
    fail(`Desa "${value}" tidak ditemukan di NTT.`, `No NTT village matches "${value}".`);
  }
  fail(
    `Ada beberapa desa "${value}"; tulis kodenya dengan --village:\n    ${matches.map(describeVillage).join('\n    ')}`,
    `Several villages match "${value}"; pass the code with --village.`,
  );
}

async function ask(): Promise<Omit<NewProductAnswers, 'slug' | 'added'>> {
  p.intro('Produk baru / New product');
  const cancelled = (v: unknown): v is symbol => p.isCancel(v);
  const name = await p.text({
    message: 'Nama produk (bahasa Indonesia)',
    validate: (v) => (v?.trim() ? undefined : 'Wajib diisi'),
  });
  if (cancelled(name)) process.exit(1);
  const nameEn = await p.text({ message: 'Nama dalam bahasa Inggris (boleh kosong)' });
  if (cancelled(nameEn)) process.exit(1);
  const villageCode = await p.autocomplete<string>({
    message: 'Desa (ketik nama desa)',
    // Ranked on every keystroke: the village's own name first (src/lib/places/village-search.ts).
    options: function () {
      return rankVillages(areas.villages.values(), this.userInput).map((v) => ({
        value: v.code,
        label: describeVillage(v),
      }));
    },
    maxItems: 8,
  });
  if (cancelled(villageCode)) process.exit(1);
  const category = await p.select({
    message: 'Kategori',
    options: categories.map((c) => ({ value: c.id, label: c.label })),
  });
  if (cancelled(category)) process.exit(1);
  const producer = await p.text({ message: 'Nama UMKM (boleh diisi nanti)' });
  if (cancelled(producer)) process.exit(1);
  const owner = await p.text({ message: 'Nama pemilik / kontak (boleh diisi nanti)' });
  if (cancelled(owner)) process.exit(1);
  const whatsapp = await p.text({ message: 'Nomor WhatsApp 08… (boleh diisi nanti)' });
  if (cancelled(whatsapp)) process.exit(1);
  const orUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);
  return {
    name: name.trim(),
    nameEn: orUndefined(nameEn),
    village: villageCode,
    category,
    producer: orUndefined(producer),
    owner: orUndefined(owner),
    whatsapp: orUndefined(whatsapp),
  };
}

let answers: Omit<NewProductAnswers, 'slug' | 'added'>;
if (interactive) answers = await ask();
else {
  const missing = ['name', 'village', 'category'].filter((k) => !flags[k as keyof typeof flags]);
  if (missing.length) {
    fail(
      `Tanpa terminal, isi dengan flag: ${missing.map((m) => `--${m}`).join(', ')}.`,
      `Without a terminal, pass: ${missing.map((m) => `--${m}`).join(', ')}.`,
    );
  }
  const price = flags.price === undefined ? undefined : Number(flags.price);
  if (price !== undefined && !Number.isInteger(price)) {
    fail(
      `--price harus angka rupiah tanpa titik, mis. 45000.`,
      `--price must be whole rupiah, e.g. 45000.`,
    );
  }
  answers = {
    name: flags.name as string,
    nameEn: flags['name-en'],
    village: resolveVillage(flags.village as string),
    category: flags.category as string,
    producer: flags.producer,
    owner: flags.owner,
    whatsapp: flags.whatsapp,
    price,
    unit: flags.unit,
    stage: flags.stage as NewProductAnswers['stage'],
  };
}

if (!categories.some((c) => c.id === answers.category)) {
  fail(
    `Kategori "${answers.category}" tidak ada. Pilih: ${categories.map((c) => c.id).join(', ')}.`,
    `Unknown category "${answers.category}". Choose: ${categories.map((c) => c.id).join(', ')}.`,
  );
}
const slug = flags.slug ?? slugify(answers.name);
const folder = join(contentDir, 'products', slug);
if (existsSync(folder)) {
  fail(
    `Folder ${folder} sudah ada. Pilih nama lain dengan --slug.`,
    `Folder ${folder} already exists. Choose another name with --slug.`,
  );
}
mkdirSync(folder, { recursive: true });
writeFileSync(
  join(folder, 'index.md'),
  productTemplate({ ...answers, slug, added: new Date().toISOString().slice(0, 10) }),
);
const color = (
  yaml.load(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) as {
    id: string;
    color?: string;
  }[]
).find((c) => c.id === answers.category)?.color;
await writePlaceholderPhoto(join(folder, 'hero.jpg'), {
  title: answers.name,
  color: color ?? '#1f3a5f',
  seedText: slug,
  variant: 'hero',
});

console.log(
  `✓ ${join(folder, 'index.md')} dibuat / created (+ hero.jpg, foto contoh / placeholder photo).`,
);
const { assigned } = assignCodes(contentDir);
const mine = assigned.find((a) => a.slug === slug);
if (mine) console.log(`✓ Kode QR / QR code: ${mine.code}`);
const { result } = await runContentCheck(contentDir);
const problems = result.problems.filter((x) => x.file.includes(`/products/${slug}/`));
if (problems.length) {
  const { formatProblems } = await import('../src/lib/content-check/report.ts');
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(
  `✓ Pemeriksaan lolos. Buka berkasnya dan ganti semua isian "GANTI".\n` +
    `✓ Check passed. Open the file and replace every "GANTI"/"REPLACE" value.`,
);
