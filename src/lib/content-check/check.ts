/**
 * The content checker behind `npm run check:content` and the site build. It reads every
 * content file itself (without Astro), validates it against the same zod schemas, runs the
 * checks that need more than one file, and returns every problem at once — so an editor fixes
 * everything in one pass instead of one error per build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import type { AreaIndex } from '../places/areas.ts';
import type { Bilingual } from '../validators/result.ts';
import { categorySchema } from '../../schemas/category.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { productSchema, type ProductData } from '../../schemas/product.ts';
import { regencyTextSchema } from '../../schemas/regency.ts';
import { bilingualMessage, fieldPath } from '../messages/bilingual.ts';
import { inParallel } from '../build/in-parallel.ts';
import { photoSizeCache } from './photo-sizes.ts';
import { parseMarkdown, parseYaml, type ParsedSource } from '../content-files/source.ts';
import { checkInfoPages, checkIslands, checkSearchWords } from './lists.ts';
import { checkFeatured } from './featured.ts';
import { checkRegistry, readRegistry, REGISTRY_FILE } from '../qr/registry.ts';
import { checkAgainstHistory, committedRegistry } from '../qr/registry-history.ts';
import { readContentFile } from '../content-files/file-text.ts';
import { checkStory } from './story.ts';
import { zodProblems } from './zod-problems.ts';
import { checkEvents } from './events.ts';
import { buildDate } from '../build/build-date.ts';
import {
  MAX_PHOTO_PIXELS,
  MIN_PHOTO_SIZE,
  SUGGESTED_PHOTO_LONG_SIDE,
} from '../../schemas/limits.ts';
import { parseWhatsApp, PLACEHOLDER_WHATSAPP } from '../validators/whatsapp.ts';

export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Field path, e.g. `producer.whatsapp`; absent for whole-file problems. */
  field?: string | undefined;
  line?: number | undefined;
  message: Bilingual;
}

export interface CheckOptions {
  /** Folder holding products/, categories.yaml, regencies.yaml. */
  contentDir: string;
  areas: AreaIndex;
  /** Paths in messages are relative to this (default: the working directory). */
  root?: string;
  /** Smallest allowed long side of a photo, in pixels. */
  minPhotoSize?: number;
  /** A file where photo sizes are kept between runs (the build passes one in its cache folder). */
  photoSizeCacheFile?: string | undefined;
  /** Compare the QR registry with the last git commit (default: true). */
  gitHistory?: boolean;
  /**
   * Check stories against the markup rule (default: true). Only the test of the renderer's
   * second line of defence turns this off, to prove a story that slipped through is cleaned.
   */
  storyMarkup?: boolean;
  /** The build day (default: BUILD_DATE or today in WITA): which events are still to come. */
  today?: Date;
}

/** A product that passed its own schema, for the checks across products. */
export interface CheckedProduct {
  slug: string;
  file: string;
  data: ProductData;
  source: ParsedSource;
}

interface ParsedProduct {
  slug: string;
  file: string;
  source: ParsedSource;
}

export interface CheckResult {
  problems: Problem[];
  products: CheckedProduct[];
  categories: string[];
}

const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

/** Photo paths as written in content: relative to the Markdown file, no tricks. */
const photoPath = z.string().superRefine((value, ctx) => {
  const bad = !/^\.\/[^/\\]+$/.test(value.trim()) && !/^[^/\\.][^/\\]*$/.test(value.trim());
  if (bad || !PHOTO_EXTENSIONS.has(extname(value).toLowerCase())) {
    ctx.addIssue({
      code: 'custom',
      message: bilingualMessage({
        id: `Foto ${JSON.stringify(value)} harus berupa nama berkas di folder yang sama, berakhiran .jpg, .png, .webp atau .avif, mis. src: ./foto-utama.jpg`,
        en: `Photo ${JSON.stringify(value)} must be a file name in the same folder ending in .jpg, .png, .webp or .avif, e.g. src: ./foto-utama.jpg`,
      }),
    });
  }
});

function listProductFolders(productsDir: string): string[] {
  if (!existsSync(productsDir)) return [];
  return readdirSync(productsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
}

/** Runs every check on a content folder. Never throws for bad content: it reports it. */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const root = options.root ?? process.cwd();
  const contentDir = resolve(options.contentDir);
  const rel = (p: string) => relative(root, p) || p;
  const problems: Problem[] = [];

  // Categories.
  const categoriesFile = join(contentDir, 'categories.yaml');
  const categories: string[] = [];
  if (!existsSync(categoriesFile)) {
    problems.push({
      file: rel(categoriesFile),
      message: {
        id: 'Berkas daftar kategori tidak ada. Buat berkas ini berisi daftar kategori (id, name).',
        en: 'The category list file is missing. Create it with a list of categories (id, name).',
      },
    });
  } else {
    const read = readContentFile(categoriesFile);
    const parsed = read.ok
      ? parseYaml(read.text)
      : { ok: false as const, line: read.line, field: read.field, error: read.message };
    if (!parsed.ok)
      problems.push({
        file: rel(categoriesFile),
        field: parsed.field,
        line: parsed.line,
        message: parsed.error,
      });
    else {
      const list = z.array(categorySchema);
      const result = list.safeParse(parsed.value.data, { reportInput: true });
      if (!result.success) {
        problems.push(...zodProblems(result.error, rel(categoriesFile), list, parsed.value));
      } else {
        for (const [i, c] of result.data.entries()) {
          if (categories.includes(c.id)) {
            problems.push({
              file: rel(categoriesFile),
              field: `[${i}].id`,
              line: parsed.value.lineOf([i, 'id']),
              message: {
                id: `Kategori "${c.id}" tertulis dua kali. Hapus salah satunya.`,
                en: `Category "${c.id}" is listed twice. Remove one of them.`,
              },
            });
          }
          categories.push(c.id);
        }
      }
    }
  }

  // Regency texts.
  const regenciesFile = join(contentDir, 'regencies.yaml');
  if (existsSync(regenciesFile)) {
    const read = readContentFile(regenciesFile);
    const parsed = read.ok
      ? parseYaml(read.text)
      : { ok: false as const, line: read.line, field: read.field, error: read.message };
    if (!parsed.ok)
      problems.push({
        file: rel(regenciesFile),
        field: parsed.field,
        line: parsed.line,
        message: parsed.error,
      });
    else {
      const list = z.array(regencyTextSchema(photoPath));
      const result = list.safeParse(parsed.value.data, { reportInput: true });
      if (!result.success)
        problems.push(...zodProblems(result.error, rel(regenciesFile), list, parsed.value));
      else {
        for (const [i, r] of result.data.entries()) {
          if (!options.areas.regencyByCode(r.id)) {
            problems.push({
              file: rel(regenciesFile),
              field: `[${i}].id`,
              line: parsed.value.lineOf([i, 'id']),
              message: {
                id: `Kode kabupaten "${r.id}" tidak ada di NTT. Kode yang ada: ${options.areas.regencies.map((x) => `${x.code} ${x.shortName}`).join(', ')}.`,
                en: `Regency code "${r.id}" does not exist in NTT. Valid codes: ${options.areas.regencies.map((x) => `${x.code} ${x.shortName}`).join(', ')}.`,
              },
            });
          }
        }
      }
    }
  }

  // Islands of the regencies, and the search words (categories must be read first).
  problems.push(...checkIslands(contentDir, rel, options.areas));
  problems.push(...checkSearchWords(contentDir, rel, categories));
  problems.push(...checkInfoPages(contentDir, rel));

  // Products, one folder each.
  const productsDir = join(contentDir, 'products');
  const schema = productSchema({ image: photoPath, areas: options.areas });
  const products: CheckedProduct[] = [];
  const parsedProducts: ParsedProduct[] = [];
  /** Folders whose product file could not be read: their QR codes are not "lost". */
  const unreadable = new Set<string>();
  const safeCode = {
    id: ' Kode QR produk ini tetap aman: kode itu berfungsi lagi setelah berkasnya diperbaiki (jangan menandai produk ini retired, jangan mengubah registri).',
    en: " This product's QR code is safe: it works again once the file is fixed (do not mark the product retired, do not edit the registry).",
  };
  for (const slug of listProductFolders(productsDir)) {
    const dir = join(productsDir, slug);
    const candidates = ['index.md', 'index.mdx'].filter((f) => existsSync(join(dir, f)));
    if (candidates.length !== 1) {
      unreadable.add(slug);
      problems.push({
        file: rel(dir),
        message:
          candidates.length === 0
            ? {
                id: 'Folder produk tanpa index.md. Setiap folder produk perlu tepat satu berkas index.md (atau index.mdx). Buat dengan: npm run new:product',
                en: 'Product folder without index.md. Every product folder needs exactly one index.md (or index.mdx). Create one with: npm run new:product',
              }
            : {
                id: 'Folder berisi index.md dan index.mdx sekaligus. Simpan satu saja.',
                en: 'The folder has both index.md and index.mdx. Keep only one.',
              },
      });
      continue;
    }
    const file = join(dir, candidates[0] as string);
    // A digits-only name would collide with catalogue pages (/produk/2/).
    if (!SLUG_PATTERN.test(slug) || !/[a-z]/.test(slug)) {
      problems.push({
        file: rel(dir),
        message: {
          id: `Nama folder "${slug}" menjadi alamat halaman (/produk/${slug}/): pakai huruf kecil, angka dan tanda minus saja (minimal satu huruf), mis. kopi-arabika-bajawa.`,
          en: `Folder name "${slug}" becomes the page address (/produk/${slug}/): use lowercase letters, digits and dashes only (at least one letter), e.g. kopi-arabika-bajawa.`,
        },
      });
    }
    const read = readContentFile(file);
    const parsed = read.ok
      ? parseMarkdown(read.text)
      : { ok: false as const, line: read.line, field: read.field, error: read.message };
    if (!parsed.ok) {
      unreadable.add(slug);
      problems.push({
        file: rel(file),
        field: parsed.field,
        line: parsed.line,
        message: parsed.error,
      });
      continue;
    }
    const result = schema.safeParse(parsed.value.data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(result.error, rel(file), schema, parsed.value));
      // The stages after the schema still run on what was written (below and after the loop),
      // so one run lists every problem of the file, not only the first stage's.
      problems.push(...categoryCheck(rel(file), parsed.value, categories));
    } else products.push({ slug, file: rel(file), data: result.data, source: parsed.value });
    // Placeholders: judged on the written `sample:` value, even when another field is wrong.
    if (isRealProduct(parsed.value.data)) {
      problems.push(
        ...placeholderChecks(
          rel(file),
          read.ok ? read.text : '',
          parsed.value,
          parsed.value.bodyLine,
        ),
      );
    }
    const stories =
      options.storyMarkup === false
        ? []
        : await checkStory(
            parsed.value.body,
            file.endsWith('.mdx') ? 'mdx' : 'md',
            parsed.value.bodyLine,
          );
    for (const story of stories) {
      problems.push({ file: rel(file), field: 'body', line: story.line, message: story.message });
    }
    // Photos and category are checked on what was written, even when other fields are
    // wrong, so the editor sees every problem of the file in one run.
    parsedProducts.push({ slug, file: rel(file), source: parsed.value });
  }

  problems.push(...crossChecks(products, categories));
  // The featured list names products: checked on what was written, retired ones included.
  problems.push(...checkFeatured(contentDir, rel, parsedProducts, categories));
  problems.push(
    ...registryChecks(parsedProducts, unreadable, contentDir, rel, options.gitHistory ?? true),
  );
  // A product that cannot be read keeps its code: say so beside the error itself.
  const registered = new Set(readRegistry(contentDir).entries.map((e) => e.product));
  for (const p of problems) {
    const slug = /products\/([^/]+)/.exec(p.file)?.[1];
    if (
      slug &&
      unreadable.has(slug) &&
      registered.has(slug) &&
      !p.message.id.endsWith(safeCode.id)
    ) {
      p.message = { id: p.message.id + safeCode.id, en: p.message.en + safeCode.en };
    }
  }
  // Market days and exhibitions (content/acara/): their QR codes must name products.
  problems.push(
    ...checkEvents({
      contentDir,
      rel,
      areas: options.areas,
      products: products.flatMap((p) =>
        p.data.qr ? [{ slug: p.slug, qr: p.data.qr, retired: Boolean(p.data.retired) }] : [],
      ),
      today: options.today ?? buildDate(),
    }).problems,
  );
  problems.push(
    ...(await photoChecks(
      parsedProducts,
      productsDir,
      options.minPhotoSize ?? MIN_PHOTO_SIZE,
      options.photoSizeCacheFile,
    )),
  );
  return { problems, products, categories };
}

/** Checks no single-file schema can do. (QR code reuse is the registry check's job.) */
function crossChecks(products: CheckedProduct[], categories: string[]): Problem[] {
  const problems: Problem[] = [];
  const firstByGtin = new Map<string, CheckedProduct>();

  for (const p of products) {
    const at = (path: PropertyKey[]) => ({
      file: p.file,
      field: fieldPath(path),
      line: p.source.lineOf(path),
    });

    if (categories.length && !categories.includes(p.data.category)) {
      problems.push({ ...at(['category']), message: unknownCategory(p.data.category, categories) });
    }

    if (p.data.gtin) {
      const other = firstByGtin.get(p.data.gtin.gtin14);
      if (other) {
        problems.push({
          ...at(['gtin']),
          message: {
            id: `GTIN ${p.data.gtin.original} sudah dipakai produk "${other.slug}". Satu barcode hanya untuk satu produk: periksa angka pada kemasan.`,
            en: `GTIN ${p.data.gtin.original} is already used by product "${other.slug}". A barcode belongs to one product only: check the number on the package.`,
          },
        });
      } else firstByGtin.set(p.data.gtin.gtin14, p);
    }
  }
  return problems;
}

/** The photos a product names, read from the raw frontmatter (valid paths only). */
function photosOf(data: unknown): { path: PropertyKey[]; src: string }[] {
  const d = (data ?? {}) as { hero?: { src?: unknown }; gallery?: unknown };
  const list: { path: PropertyKey[]; src: unknown }[] = [
    { path: ['hero', 'src'], src: d.hero?.src },
  ];
  if (Array.isArray(d.gallery)) {
    d.gallery.forEach((g: { src?: unknown } | null, i) =>
      list.push({ path: ['gallery', i, 'src'], src: g?.src }),
    );
  }
  return list.filter(
    (x): x is { path: PropertyKey[]; src: string } => photoPath.safeParse(x.src).success,
  );
}

/** Every photo exists beside its Markdown file, is a readable image and is large enough. */
async function photoChecks(
  products: ParsedProduct[],
  productsDir: string,
  minPhotoSize: number,
  cacheFile: string | undefined,
): Promise<Problem[]> {
  const sizes = photoSizeCache(cacheFile);
  // Reading a photo's header waits on the disk: 8 products at a time (10,000 photos ~4x faster).
  const perProduct = await inParallel(products, 8, async (p) => {
    const problems: Problem[] = [];
    const at = (path: PropertyKey[]) => ({
      file: p.file,
      field: fieldPath(path),
      line: p.source.lineOf(path),
    });
    for (const photo of photosOf(p.source.data)) {
      const abs = join(productsDir, p.slug, photo.src);
      if (!existsSync(abs) || !statSync(abs).isFile()) {
        const present = readdirSync(join(productsDir, p.slug)).filter((f) =>
          PHOTO_EXTENSIONS.has(extname(f).toLowerCase()),
        );
        problems.push({
          ...at(photo.path),
          message: {
            id: `Foto "${photo.src}" tidak ada di folder ${p.slug}/. Foto yang ada: ${present.join(', ') || '(tidak ada)'}. Periksa nama berkas (huruf besar/kecil dihitung) atau salin fotonya ke folder itu.`,
            en: `Photo "${photo.src}" is not in folder ${p.slug}/. Photos there: ${present.join(', ') || '(none)'}. Check the file name (case matters) or copy the photo into that folder.`,
          },
        });
        continue;
      }
      try {
        const meta = await sizes.get(abs);
        const longSide = Math.max(meta.width, meta.height);
        if (meta.width * meta.height > MAX_PHOTO_PIXELS) {
          const mp = (n: number) => String(Math.round(n / 1_000_000));
          problems.push({
            ...at(photo.path),
            message: {
              id: `Foto "${photo.src}" terlalu besar: ${meta.width}×${meta.height} px = ${mp(meta.width * meta.height)} juta piksel; batasnya ${mp(MAX_PHOTO_PIXELS)} juta piksel. Perkecil dulu sampai sisi terpanjang ${SUGGESTED_PHOTO_LONG_SIDE} px (mis. di HP: Edit → Ubah ukuran; di komputer: GIMP/Photos → Resize), simpan sebagai JPG, lalu ganti berkasnya.`,
              en: `Photo "${photo.src}" is too large: ${meta.width}×${meta.height} px = ${mp(meta.width * meta.height)} million pixels; the limit is ${mp(MAX_PHOTO_PIXELS)} million. Resize it to ${SUGGESTED_PHOTO_LONG_SIDE} px on the long side first (e.g. phone: Edit → Resize; computer: GIMP/Photos → Resize), save as JPG and replace the file.`,
            },
          });
        } else if (longSide < minPhotoSize) {
          problems.push({
            ...at(photo.path),
            message: {
              id: `Foto "${photo.src}" terlalu kecil: ${meta.width}×${meta.height} px. Sisi terpanjang minimal ${minPhotoSize} px agar tajam di layar dan cetak; pakai foto asli dari kamera, bukan hasil unduhan WhatsApp.`,
              en: `Photo "${photo.src}" is too small: ${meta.width}×${meta.height} px. The long side must be at least ${minPhotoSize} px to look sharp; use the original camera photo, not one downloaded from WhatsApp.`,
            },
          });
        }
      } catch {
        problems.push({
          ...at(photo.path),
          message: {
            id: `Berkas "${photo.src}" bukan foto yang bisa dibaca (rusak, atau bukan JPG/PNG/WebP/AVIF). Simpan ulang fotonya sebagai JPG.`,
            en: `File "${photo.src}" is not a readable photo (damaged, or not JPG/PNG/WebP/AVIF). Save the photo again as JPG.`,
          },
        });
      }
    }
    return problems;
  });
  sizes.save();
  return perProduct.flat();
}

/** Printed codes must keep resolving: compare products with the registry. */
function registryChecks(
  products: ParsedProduct[],
  unreadable: ReadonlySet<string>,
  contentDir: string,
  rel: (p: string) => string,
  gitHistory: boolean,
): Problem[] {
  const registryFile = rel(join(contentDir, REGISTRY_FILE));
  const { entries, error, line } = readRegistry(contentDir);
  if (error) return [{ file: registryFile, field: 'qr-registry', line, message: error }];
  const lineOfCode = (code: string) => {
    const text = readFileSync(join(contentDir, REGISTRY_FILE), 'utf8').split('\n');
    const i = text.findIndex((l) => l.includes(`'${code}'`) || l.includes(`"${code}"`));
    return i >= 0 ? i + 1 : undefined;
  };
  const history: Problem[] = [];
  const committed = gitHistory ? committedRegistry(join(contentDir, REGISTRY_FILE)) : undefined;
  if (committed) {
    for (const h of checkAgainstHistory(committed, entries, registryFile)) {
      history.push({
        file: registryFile,
        field: h.code,
        line: lineOfCode(h.code),
        message: h.message,
      });
    }
  }
  const info = products.map((p) => {
    const data = (p.source.data ?? {}) as { qr?: unknown; retired?: unknown };
    return {
      slug: p.slug,
      qr: typeof data.qr === 'string' ? data.qr : undefined,
      retired: Boolean(data.retired),
    };
  });
  const fileOf = new Map(products.map((p) => [p.slug, p]));
  // The code of a product whose file cannot be read is not lost: its parse error is reported.
  const readable = entries.filter((e) => !unreadable.has(e.product));
  const registryProblems = checkRegistry(info, readable).map((problem) => {
    const product = problem.slug ? fileOf.get(problem.slug) : undefined;
    return product
      ? {
          file: product.file,
          field: 'qr',
          line: product.source.lineOf(['qr']),
          message: problem.message,
        }
      : {
          file: registryFile,
          field: problem.code,
          line: problem.code ? lineOfCode(problem.code) : undefined,
          message: problem.message,
        };
  });
  return [...history, ...registryProblems];
}

/** Texts and numbers `new:product` writes as placeholders, which must not reach a real product. */
const PLACEHOLDER_TEXT = /\b(GANTI|REPLACE):/;

/**
 * A product is real unless it says `sample: true` (the schema's default is false). Read from
 * the raw frontmatter, so a product failing its schema is still checked for placeholders; a
 * `sample:` value that is not true/false is the schema's report, not a placeholder one.
 */
function isRealProduct(data: unknown): boolean {
  const sample = (data ?? {}) as { sample?: unknown };
  return sample.sample === undefined || sample.sample === false;
}

/** The category of a product that failed its schema, checked against the category list. */
function categoryCheck(file: string, parsed: ParsedSource, categories: string[]): Problem[] {
  const category = ((parsed.data ?? {}) as { category?: unknown }).category;
  if (typeof category !== 'string' || !category.trim() || !categories.length) return [];
  if (categories.includes(category)) return [];
  return [
    {
      file,
      field: 'category',
      line: parsed.lineOf(['category']),
      message: unknownCategory(category, categories),
    },
  ];
}

function unknownCategory(category: string, categories: string[]): Bilingual {
  return {
    id: `Kategori "${category}" tidak ada di content/categories.yaml. Pilih salah satu: ${categories.join(', ')} — atau tambahkan kategori baru di berkas itu.`,
    en: `Category "${category}" is not in content/categories.yaml. Choose one of: ${categories.join(', ')} — or add the new category to that file.`,
  };
}

/** Every line still holding a `GANTI:` text, and the example WhatsApp number. */
function placeholderChecks(
  file: string,
  source: string,
  parsed: ParsedSource,
  bodyLine: number,
): Problem[] {
  const problems: Problem[] = [];
  source.split('\n').forEach((text, index) => {
    const line = index + 1;
    // A YAML comment may explain the placeholders; in the story, `#` starts a heading.
    const written = line < bodyLine ? text.replace(/#.*$/, '') : text;
    if (!PLACEHOLDER_TEXT.test(written)) return;
    const field = parsed.fieldAtLine(line);
    problems.push({
      file,
      field,
      line,
      message: {
        id: `Kolom ${field ?? 'ini'} masih berisi isian "GANTI:" padahal sample: false. Ganti semua isian contoh dengan data asli, atau kembalikan sample: true.`,
        en: `Field ${field ?? 'here'} still holds a "GANTI:"/"REPLACE:" placeholder although sample: false. Replace every placeholder with real data, or set sample: true again.`,
      },
    });
  });
  const written = ((parsed.data ?? {}) as { producer?: { whatsapp?: unknown } }).producer?.whatsapp;
  const whatsapp = typeof written === 'string' ? parseWhatsApp(written) : undefined;
  const placeholder = parseWhatsApp(PLACEHOLDER_WHATSAPP);
  if (placeholder.ok && whatsapp?.ok && whatsapp.value === placeholder.value) {
    problems.push({
      file,
      field: 'producer.whatsapp',
      line: parsed.lineOf(['producer', 'whatsapp']),
      message: {
        id: `Nomor WhatsApp masih nomor contoh ${PLACEHOLDER_WHATSAPP} padahal sample: false. Isi nomor WhatsApp produsen.`,
        en: `The WhatsApp number is still the placeholder ${PLACEHOLDER_WHATSAPP} although sample: false. Fill in the producer's number.`,
      },
    });
  }
  return problems;
}
