/**
 * Builds throw-away content folders for checker and build tests: a valid base product that
 * each test breaks in one way, with real (generated) photos.
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { CROCKFORD_ALPHABET } from '../../src/lib/validators/qr-code.ts';
import { ROOT } from './paths.ts';

/** A product that passes every check. Tests replace one line to break it. */
export const VALID_PRODUCT = `---
sample: true
name:
  id: Madu Hutan Uji
  en: Test Forest Honey
tagline:
  id: Madu untuk pengujian.
  en: Honey for testing.
category: madu
village: '53.11.01.2012'
producer:
  name: UMKM Uji
  owner: Penguji (fiktif)
  whatsapp: '0800-0000-0999'
  marketplaces:
    - name: Tokopedia
      url: https://tokopedia.example/uji
offer:
  price: 75000
  unit: per botol 250 ml
certifications:
  halal: { number: ID00000000000000999, issued: 2025-01-01, expires: 2029-01-01 }
  bpom: 'MD000000000999'
programme:
  stage: pendampingan
  checklist:
    productionQuality: proses
    facilities: belum
    packaging: belum
    labelling: belum
    licensing: proses
    barcode: belum
    qris: belum
    digitalPromotion: belum
hero:
  src: ./hero.jpg
  alt: Foto uji.
added: 2025-05-27
---

Cerita uji.
`;

export interface FixtureProduct {
  /** The whole index.md text. */
  source: string;
  /** `false`: leave the product without a QR code (default: one is assigned). */
  qr?: false;
  /** Photos to create: name -> [width, height]. Default: hero.jpg 1600×1200. */
  photos?: Record<string, [number, number]>;
}

/** Writes a content folder (categories and islands from the real content); returns its path. */
export async function makeContentDir(products: Record<string, FixtureProduct>): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'etalase-content-'));
  copyFileSync(join(ROOT, 'content/categories.yaml'), join(dir, 'categories.yaml'));
  // Every page's footer links the information pages.
  cpSync(join(ROOT, 'content/pages'), join(dir, 'pages'), { recursive: true });
  copyFileSync(join(ROOT, 'content/islands.yaml'), join(dir, 'islands.yaml'));
  writeFileSync(join(dir, 'regencies.yaml'), "- id: '53.11'\n  description: Teks uji.\n");
  // Products without a `qr:` line get a code, and every code is registered once (first user),
  // as `npm run qr:assign` would have done.
  const registry = new Map<string, string>();
  let n = 0;
  for (const [slug, product] of Object.entries(products)) {
    const folder = join(dir, 'products', slug);
    mkdirSync(folder, { recursive: true });
    let source = product.source;
    if (product.qr !== false && !/^qr:/m.test(source)) {
      source = source.replace(/^category: .*$/m, (line) => `${line}\nqr: '${fixtureCode(n++)}'`);
    }
    const code = /^qr: '([^']+)'/m.exec(source)?.[1];
    if (code && !registry.has(code)) registry.set(code, slug);
    writeFileSync(join(folder, 'index.md'), source);
    const photos: Record<string, [number, number]> = product.photos ?? { 'hero.jpg': [1600, 1200] };
    for (const [name, [width, height]] of Object.entries(photos)) {
      await sharp({ create: { width, height, channels: 3, background: '#a86a12' } })
        .jpeg({ quality: 60 })
        .toFile(join(folder, name));
    }
  }
  writeFileSync(
    join(dir, 'qr-registry.yaml'),
    [...registry]
      .map(([code, slug]) => `- { code: '${code}', product: '${slug}', issued: '2025-05-27' }\n`)
      .join(''),
  );
  return dir;
}

/** Deterministic distinct test codes: Z000, Z001, … (valid Crockford base32). */
export function fixtureCode(i: number): string {
  const digits = [Math.floor(i / 1024) % 32, Math.floor(i / 32) % 32, i % 32];
  return `Z${digits.map((d) => CROCKFORD_ALPHABET[d]).join('')}`;
}

/** The valid product with one piece of text replaced (fails loudly if the text is absent). */
export function breakProduct(search: string | RegExp, replacement: string): string {
  const broken = VALID_PRODUCT.replace(search, replacement);
  if (broken === VALID_PRODUCT) throw new Error(`fixture text not found: ${String(search)}`);
  return broken;
}
