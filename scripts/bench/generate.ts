/**
 * Generates N synthetic products into a content folder for benchmarks (never committed):
 * realistic frontmatter and bodies, a unique photo each, spread over the real NTT villages,
 * with registered QR codes, so the site builds them with every feature on.
 */
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { gtinCheckDigit } from '../../src/lib/validators/gtin.ts';
import { CROCKFORD_ALPHABET } from '../../src/lib/validators/qr-code.ts';

const CATEGORIES = [
  'kain-tenun',
  'kopi',
  'madu',
  'gula-lontar',
  'kelor',
  'camilan',
  'daging-olahan',
  'hasil-kebun',
  'garam',
  'kerajinan',
];
const WORDS = [
  'Tenun',
  'Kopi',
  'Madu',
  'Gula',
  'Kelor',
  'Keripik',
  "Se'i",
  'Kemiri',
  'Garam',
  'Anyaman',
  'Ikat',
  'Arabika',
  'Hutan',
  'Lontar',
  'Mete',
];
const STAGES = ['siap-pasar', 'transisi', 'pendampingan'] as const;
const PARAGRAPH =
  'Produk contoh untuk uji beban. Dibuat oleh kelompok usaha desa dengan bahan setempat, ' +
  'diolah dengan tangan dan dikemas rapi. Setiap tahap dicatat agar mutu tetap terjaga, dari ' +
  'bahan baku sampai kemasan, dan didampingi program OVOP Provinsi Nusa Tenggara Timur.';

/** Deterministic pseudo-random numbers, so two runs generate the same content. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

function codeFor(i: number): string {
  let n = i + 32 ** 3; // 4+ characters
  let code = '';
  while (n > 0) {
    code = CROCKFORD_ALPHABET[n % 32] + code;
    n = Math.floor(n / 32);
  }
  return code;
}

export async function generateContent(dir: string, n: number, root = process.cwd()): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'products'), { recursive: true });
  for (const f of ['categories.yaml', 'regencies.yaml', 'islands.yaml', 'search-synonyms.yaml']) {
    copyFileSync(join(root, 'content', f), join(dir, f));
  }
  // The information pages are required (every footer links them): the real ones, as they are.
  cpSync(join(root, 'content', 'pages'), join(dir, 'pages'), { recursive: true });
  const villages = [...(await loadAreas()).villages.values()];
  const random = rng(n);
  // Noise textures are the slow part of drawing a photo: make a few and reuse them.
  const textures = await Promise.all(
    Array.from({ length: 16 }, () =>
      sharp({
        create: {
          width: 400,
          height: 300,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 40 },
        },
      })
        .blur(1.2)
        .resize(1600, 1200)
        .png()
        .toBuffer(),
    ),
  );
  const registry: string[] = [];
  const drawing = new Set<Promise<unknown>>();
  for (let i = 0; i < n; i++) {
    const village = villages[Math.floor((i * villages.length) / Math.max(n, 1)) % villages.length];
    if (!village) throw new Error('no villages');
    const name = `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} ${village.name} ${i + 1}`;
    const slug = `bench-${String(i + 1).padStart(5, '0')}`;
    const code = codeFor(i);
    // GTIN-13 from the restricted-circulation prefix 20: never a real product's number.
    const body = `20${String(i).padStart(10, '0')}`;
    const gtin = i % 4 === 0 ? `'${body}${gtinCheckDigit(body)}'` : undefined;
    const folder = join(dir, 'products', slug);
    mkdirSync(folder);
    const stage = STAGES[i % 10 === 0 ? 0 : i % 10 === 1 ? 1 : 2];
    const price = 10_000 + Math.floor(random() * 400) * 1000;
    writeFileSync(
      join(folder, 'index.md'),
      `---
sample: true
name: { id: "${name}", en: "${name} (EN)" }
tagline: { id: Produk uji beban nomor ${i + 1}., en: Load test product number ${i + 1}. }
category: ${CATEGORIES[i % CATEGORIES.length]}
tags: [uji, bench]
qr: '${code}'
${gtin ? `gtin: ${gtin}\n` : ''}village: '${village.code}'
producer:
  name: UMKM Uji ${i + 1}
  owner: Penguji (fiktif)
  whatsapp: '0800-0000-${String(i % 10000).padStart(4, '0')}'
  marketplaces:
    - { name: Tokopedia, url: 'https://tokopedia.example/uji-${i + 1}' }
offer:
  price: ${i % 3 === 0 ? `{ min: ${price}, max: ${price + 20000} }` : price}
  unit: { id: per bungkus, en: per pack }
certifications: ${i % 2 === 0 ? `{ halal: { number: ID${String(10_000_000_000 + i)}, issued: 2025-01-01, expires: 2029-01-01 } }` : '{}'}
programme:
  stage: ${stage}
  checklist: { productionQuality: selesai, facilities: proses, packaging: proses, labelling: belum, licensing: belum, barcode: belum, qris: belum, digitalPromotion: proses }
hero: { src: ./hero.jpg, alt: { id: Foto uji ${i + 1}., en: Test photo ${i + 1}. } }
added: 2025-05-27
---

${PARAGRAPH}

${PARAGRAPH.split(' ').reverse().join(' ')}
`,
    );
    registry.push(`- { code: '${code}', product: '${slug}', issued: '2025-05-27' }`);
    // A unique photo: a colour field with a band at a product-specific place.
    const [r, g, b] = [
      Math.floor(random() * 200),
      Math.floor(random() * 200),
      Math.floor(random() * 200),
    ];
    const band = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200"><rect y="${100 + (i % 900)}" width="1600" height="160" fill="#f5e6c8"/><circle cx="${200 + (i % 1200)}" cy="300" r="120" fill="#13263f"/></svg>`,
    );
    // Blurred noise gives the encoders photo-like texture to work on (flat colours would make
    // image encoding look far cheaper than it is for real photos); the colour and shapes make
    // each photo unique.
    const texture = textures[i % textures.length] as Buffer;
    const photo = sharp({
      create: { width: 1600, height: 1200, channels: 3, background: { r, g, b } },
    })
      .composite([{ input: texture, blend: 'overlay' }, { input: band }])
      .jpeg({ quality: 80 })
      .toFile(join(folder, 'hero.jpg'))
      .then(() => {
        drawing.delete(photo);
      });
    // A few photos in flight at once: sharp encodes on its own threads, so every core works.
    // A failed photo stays in the set, so the next race (or the final wait) throws its error.
    drawing.add(photo);
    if (drawing.size >= 4) await Promise.race(drawing);
  }
  await Promise.all(drawing);
  writeFileSync(join(dir, 'qr-registry.yaml'), `${registry.join('\n')}\n`);
}
