/**
 * The disk side of `npm run import:products`: reads the spreadsheet and the catalogue, asks the
 * pure planner (src/lib/import/plan.ts) what to do, and — only when the plan has no problem —
 * writes it: new product folders, changed index.md files, copied photos, then QR codes for the
 * new products through the same code as `npm run qr:assign`.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join } from 'node:path';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { MIN_PHOTO_SIZE } from '../../src/schemas/limits.ts';
import { photoSizeCache } from '../../src/lib/content-check/photo-sizes.ts';
import { parseMarkdown, parseYaml } from '../../src/lib/content-files/source.ts';
import { planImport, type ExistingProduct, type Plan } from '../../src/lib/import/plan.ts';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { readSheet, type SheetFormat } from '../../src/lib/import/sheet.ts';
import type { Bilingual } from '../../src/lib/validators/result.ts';
import { assignCodes, type Assigned } from './assign-codes.ts';
import { slugify } from '../../src/lib/text/fold.ts';

/** Every product folder that has a readable index.md. */
export function readCatalogue(contentDir: string): {
  products: ExistingProduct[];
  categories: string[];
} {
  const productsDir = join(contentDir, 'products');
  const products: ExistingProduct[] = [];
  for (const slug of existsSync(productsDir) ? readdirSync(productsDir).sort() : []) {
    const dir = join(productsDir, slug);
    if (!statSync(dir).isDirectory()) continue;
    const file = ['index.md', 'index.mdx'].map((f) => join(dir, f)).find(existsSync);
    if (!file) continue;
    const source = readFileSync(file, 'utf8');
    const parsed = parseMarkdown(source);
    // A file that does not parse keeps its folder name taken; the content check reports it.
    products.push({
      slug,
      file,
      source,
      data: parsed.ok ? parsed.value.data : {},
      files: readdirSync(dir),
    });
  }
  const categoriesFile = join(contentDir, 'categories.yaml');
  const parsed = existsSync(categoriesFile)
    ? parseYaml(readFileSync(categoriesFile, 'utf8'))
    : undefined;
  const list =
    parsed?.ok && Array.isArray(parsed.value.data) ? (parsed.value.data as { id?: unknown }[]) : [];
  const categories = list.map((c) => c.id).filter((id): id is string => typeof id === 'string');
  return { products, categories };
}

export interface ImportOptions {
  file: string;
  contentDir: string;
  photosDir?: string | undefined;
  today?: string;
  onProgress?: (done: number, total: number) => void;
}

/** Reads everything and plans the import; nothing is written. */
export async function planFromFiles(options: ImportOptions): Promise<Plan> {
  const ext = extname(options.file).toLowerCase();
  const format: SheetFormat = ext === '.csv' || ext === '.txt' ? 'csv' : 'xlsx';
  const sheet = await readSheet(readFileSync(options.file), format, basename(options.file));
  const { products, categories } = readCatalogue(options.contentDir);
  const productsDir = join(options.contentDir, 'products');
  const sizes = photoSizeCache(undefined);
  const photosDir = options.photosDir;
  return planImport({
    sheet,
    products,
    areas: await loadAreas(),
    categories,
    slugify,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    sourceName: basename(options.file),
    minPhotoSize: MIN_PHOTO_SIZE,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    photos: photosDir
      ? {
          names: readdirSync(photosDir).filter((n) => statSync(join(photosDir, n)).isFile()),
          size: (name) => sizes.get(join(photosDir, name)),
          sameAs: (name, slug, target) => {
            const there = join(productsDir, slug, target);
            return (
              existsSync(there) && readFileSync(there).equals(readFileSync(join(photosDir, name)))
            );
          },
        }
      : undefined,
  });
}

/** Writes a plan without problems; returns the QR codes given to new products. */
export function applyPlan(
  plan: Plan,
  contentDir: string,
  photosDir?: string,
): { assigned: Assigned[]; error?: Bilingual } {
  if (plan.problems.length) throw new Error('a plan with problems is never written');
  // New products need codes: a damaged registry stops the import before anything is written.
  const registry = readRegistry(contentDir);
  if (plan.creates.length && registry.error) return { assigned: [], error: registry.error };
  const productsDir = join(contentDir, 'products');
  const files: {
    slug: string;
    text: string;
    photos: Plan['creates'][number]['photos'];
    file?: string;
  }[] = [...plan.creates, ...plan.updates];
  for (const p of files) {
    const dir = join(productsDir, p.slug);
    mkdirSync(dir, { recursive: true });
    for (const photo of p.photos) {
      if (!photosDir) throw new Error('photos planned without a photo folder');
      copyFileSync(join(photosDir, photo.from), join(dir, photo.to));
    }
    writeFileSync(p.file ?? join(dir, 'index.md'), p.text);
  }
  return plan.creates.length ? assignCodes(contentDir) : { assigned: [] };
}
