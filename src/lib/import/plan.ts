/**
 * The import as a plan: which product folders a sheet creates, which files it changes (and
 * which fields), which photos it copies, and every problem of every row — computed without
 * touching the disk, so that `--dry-run` prints it and a sheet with any problem writes nothing.
 * Rows match existing products by QR code, else by page address (slug, given or derived from
 * the name). The result of every row is validated against the product schema.
 */
import { extname } from 'node:path';
import { z } from 'astro/zod';
import type { AreaIndex } from '../places/areas.ts';
import { describeIssue } from '../messages/bilingual.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import { CHECKLIST_AREAS, productSchema } from '../../schemas/product.ts';
import { MAX_PHOTO_PIXELS } from '../../schemas/limits.ts';
import { parseGtin } from '../validators/gtin.ts';
import type { Bilingual } from '../validators/result.ts';
import { COLUMNS, columnOf, headerOf } from './columns.ts';
import { applyToData, applyToText, newProductText, writesFor, type Write } from './merge.ts';
import { readRow, type ColumnMap, type RowMessage } from './rows.ts';
import type { Sheet } from './sheet.ts';

export interface ExistingProduct {
  slug: string;
  /** Path of its index.md. */
  file: string;
  source: string;
  /** Parsed frontmatter. */
  data: unknown;
  /** File names in its folder (for photos already there). */
  files: readonly string[];
}

export interface PhotoSource {
  /** File names in the `--photos` folder. */
  names: readonly string[];
  /** Pixel size of a photo in that folder; throws when it is not a readable image. */
  size: (name: string) => Promise<{ width: number; height: number }>;
  /** Whether the product folder already holds exactly this photo (no copy needed). */
  sameAs: (name: string, slug: string, target: string) => boolean;
}

export interface PlanInput {
  sheet: Sheet;
  products: readonly ExistingProduct[];
  areas: AreaIndex;
  categories: readonly string[];
  /** Page address from a name (scripts/lib/product-template.ts `slugify`). */
  slugify: (name: string) => string;
  /** YYYY-MM-DD, the default date added of a new product. */
  today: string;
  /** The spreadsheet's file name, written into new products' first comment. */
  sourceName: string;
  photos?: PhotoSource | undefined;
  /** Smallest long side of a photo (the content check's rule). */
  minPhotoSize: number;
  onProgress?: (done: number, total: number) => void;
}

export interface PhotoCopy {
  /** File name in the `--photos` folder. */
  from: string;
  /** File name in the product folder. */
  to: string;
}

export interface PlannedProduct {
  row: number;
  slug: string;
  /** The full new text of index.md. */
  text: string;
  photos: PhotoCopy[];
  /** Headers of the columns whose values change (updates). */
  changes: string[];
}

export interface Plan {
  creates: PlannedProduct[];
  updates: (PlannedProduct & { file: string })[];
  /** Rows that match a product and change nothing. */
  unchanged: { row: number; slug: string }[];
  problems: RowMessage[];
  notes: RowMessage[];
  /** Rows read (after empty and hidden rows). */
  rows: number;
}

const PHOTO_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif']);

/** `IMG 1234.JPG` -> `img-1234.jpg`: a name the content check and every web server accept. */
export function photoFileName(name: string): string {
  const ext = extname(name).toLowerCase();
  const base = name
    .slice(0, name.length - ext.length)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'foto'}${ext === '.jpeg' ? '.jpg' : ext}`;
}

/** Position of a frontmatter path in the template's column order (the schema's order). */
const RANK = new Map<string, number>();
COLUMNS.forEach((c, i) => {
  const parts = c.key.split('.');
  for (let n = 1; n <= parts.length; n++) {
    const path = parts.slice(0, n).join('.');
    if (!RANK.has(path)) RANK.set(path, i);
  }
});
RANK.set('village', RANK.get('village') ?? 0);

/** A new product's fields in the order of the template and the guide, at every level. */
function ordered(data: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const rank = (k: string) => RANK.get(`${prefix}${k}`) ?? Number.MAX_SAFE_INTEGER;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(data).sort((a, b) => rank(a) - rank(b))) {
    const v = data[k];
    out[k] =
      v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)
        ? ordered(v as Record<string, unknown>, `${prefix}${k}.`)
        : v;
  }
  return out;
}

/** Maps sheet headers to columns; unknown and duplicate headers are reported. */
export function mapColumns(sheet: Sheet): {
  columns: ColumnMap;
  problems: RowMessage[];
  notes: RowMessage[];
} {
  const columns = new Map<string, { header: string; index: number }>();
  const problems: RowMessage[] = [];
  const unknown: string[] = [];
  sheet.headers.forEach((header, index) => {
    if (!header) return;
    const column = columnOf(header);
    if (column === 'derived') return;
    if (!column) {
      unknown.push(header);
      return;
    }
    const first = columns.get(column.key);
    if (first) {
      problems.push({
        row: sheet.headerRow,
        column: header,
        message: {
          id: `Kolom "${header}" dan "${first.header}" berisi hal yang sama (${column.id}). Hapus salah satunya.`,
          en: `Columns "${header}" and "${first.header}" hold the same field (${column.en}). Remove one of them.`,
        },
      });
      return;
    }
    columns.set(column.key, { header, index });
  });
  const notes: RowMessage[] = unknown.length
    ? [
        {
          row: sheet.headerRow,
          message: {
            id: `Kolom yang tidak dikenal diabaikan: ${unknown.map((h) => `"${h}"`).join(', ')}. Judul kolom yang dikenal ada di templat (npm run import:template).`,
            en: `Unknown columns ignored: ${unknown.map((h) => `"${h}"`).join(', ')}. The known headers are in the template (npm run import:template).`,
          },
        },
      ]
    : [];
  if (!['qr', 'slug', 'name.id'].some((k) => columns.has(k)) && sheet.headers.length) {
    problems.push({
      row: sheet.headerRow,
      message: {
        id: 'Lembar ini tidak punya kolom "Nama produk", "Kode QR" atau "Alamat halaman", sehingga produk tidak bisa dikenali. Pakai judul kolom dari templat (npm run import:template).',
        en: 'The sheet has no "Nama produk" (product name), "Kode QR" or "Alamat halaman" (slug) column, so products cannot be identified. Use the template headers (npm run import:template).',
      },
    });
  }
  return { columns, problems, notes };
}

/** The column (key) a schema issue path belongs to. */
function keyForPath(path: readonly PropertyKey[], columns: ColumnMap): string | undefined {
  const dotted = path.map(String).join('.');
  if (dotted === 'village') return columns.has('village') ? 'village' : 'village.name';
  const fits = COLUMNS.map((c) => c.key).filter(
    (k) => k === dotted || k.startsWith(`${dotted}.`) || dotted.startsWith(`${k}.`),
  );
  return fits.find((k) => columns.has(k)) ?? fits[0];
}

/** Builds the import plan. Never throws for bad input: it reports it. */
export async function planImport(input: PlanInput): Promise<Plan> {
  const { sheet, areas } = input;
  const plan: Plan = {
    creates: [],
    updates: [],
    unchanged: [],
    problems: [...sheet.problems.map((p) => ({ ...p, row: p.row ?? 0 }))],
    notes: [...sheet.notes.map((p) => ({ ...p, row: p.row ?? 0 }))],
    rows: sheet.rows.length,
  };
  const mapped = mapColumns(sheet);
  plan.problems.push(...mapped.problems);
  plan.notes.push(...mapped.notes);
  const { columns } = mapped;
  if (mapped.problems.length || !sheet.headers.length) return plan;

  const header = (key: string) => columns.get(key)?.header;
  const bySlug = new Map(input.products.map((p) => [p.slug, p]));
  const byQr = new Map<string, ExistingProduct>();
  const gtinOwner = new Map<string, string>();
  for (const p of input.products) {
    const d = p.data as { qr?: unknown; gtin?: unknown };
    if (typeof d.qr === 'string') byQr.set(d.qr, p);
    const g = parseGtin(d.gtin);
    if (g.ok) gtinOwner.set(g.value.gtin14, p.slug);
  }
  const schema = productSchema({ image: z.string(), areas });
  const claimed = new Map<string, number>();
  const ctx = { areas, categories: input.categories };

  for (const [i, r] of sheet.rows.entries()) {
    input.onProgress?.(i, sheet.rows.length);
    const read = readRow(r.row, r.cells, columns, ctx);
    plan.notes.push(...read.notes);
    const problems: RowMessage[] = [...read.problems];
    const at = (key: string | undefined, message: Bilingual) =>
      problems.push({
        row: r.row,
        column: key ? (header(key) ?? headerOf(key)) : undefined,
        message,
      });
    const values = read.values;

    // Which product the row is about.
    let existing: ExistingProduct | undefined;
    let slug: string | undefined;
    if (problems.some((p) => p.column === header('qr'))) {
      // An unreadable code: the row cannot be matched; its other problems are still listed.
      plan.problems.push(...problems);
      continue;
    }
    const qr = values.get('qr') as string | undefined;
    const givenSlug = values.get('slug') as string | undefined;
    if (qr) {
      existing = byQr.get(qr.toUpperCase());
      if (!existing) {
        at('qr', {
          id: `Kode QR ${qr} tidak dimiliki produk mana pun di katalog. Untuk produk baru, kosongkan Kode QR (kode diberikan otomatis); jangan mengetik kode sendiri.`,
          en: `QR code ${qr} belongs to no product in the catalogue. For a new product leave the QR code empty (one is assigned automatically); never type a code yourself.`,
        });
      } else if (givenSlug && givenSlug !== existing.slug) {
        at('slug', {
          id: `Kode QR ${qr} milik produk "${existing.slug}", tetapi Alamat halaman berisi "${givenSlug}". Alamat halaman tidak bisa diubah lewat impor; samakan atau kosongkan.`,
          en: `QR code ${qr} belongs to product "${existing.slug}", but the page address says "${givenSlug}". A page address cannot be changed by import; make them equal or leave it empty.`,
        });
      }
      slug = existing?.slug;
    } else {
      const name = values.get('name.id') as string | undefined;
      slug = givenSlug ?? (name ? input.slugify(name) : undefined);
      if (givenSlug && (!SLUG_PATTERN.test(givenSlug) || !/[a-z]/.test(givenSlug))) {
        at('slug', {
          id: `Alamat halaman "${givenSlug}" hanya boleh berisi huruf kecil, angka dan tanda minus (minimal satu huruf), mis. kopi-arabika-bajawa.`,
          en: `Page address "${givenSlug}" may only hold lowercase letters, digits and dashes (at least one letter), e.g. kopi-arabika-bajawa.`,
        });
        slug = undefined;
      } else if (!slug) {
        at('name.id', {
          id: 'Nama produk kosong: baris ini tidak bisa dikenali. Isi Nama produk (atau Kode QR untuk produk yang sudah ada).',
          en: 'The product name is empty: this row cannot be identified. Fill in the product name (or the QR code of an existing product).',
        });
      } else if (!/[a-z]/.test(slug)) {
        at('name.id', {
          id: `Nama produk tidak menghasilkan alamat halaman yang sah. Isi kolom Alamat halaman, mis. kopi-arabika-bajawa.`,
          en: `The product name gives no valid page address. Fill in the page address column, e.g. kopi-arabika-bajawa.`,
        });
        slug = undefined;
      }
      existing = slug ? bySlug.get(slug) : undefined;
    }
    if (slug) {
      const first = claimed.get(slug);
      if (first !== undefined) {
        at(qr ? 'qr' : givenSlug ? 'slug' : 'name.id', {
          id: `Baris ini dan baris ${first} adalah produk yang sama ("${slug}"). Gabungkan menjadi satu baris, atau — bila memang dua produk berbeda — beri Alamat halaman yang berbeda.`,
          en: `This row and row ${first} are the same product ("${slug}"). Merge them into one row, or — if they really are two products — give them different page addresses.`,
        });
      } else claimed.set(slug, r.row);
    }

    // Photo: checked like the content check does, copied only when it differs.
    const photos: PhotoCopy[] = [];
    const photoName = values.get('hero.src') as string | undefined;
    if (photoName && slug) {
      const target = photoFileName(photoName);
      values.set('hero.src', target);
      const ext = extname(photoName).toLowerCase();
      const inFolder = existing?.files.includes(target) || existing?.files.includes(photoName);
      if (!PHOTO_EXTENSIONS.has(ext)) {
        at('hero.src', {
          id: `Foto "${photoName}" harus berakhiran .jpg, .png, .webp atau .avif. Simpan fotonya sebagai JPG.`,
          en: `Photo "${photoName}" must end in .jpg, .png, .webp or .avif. Save the photo as JPG.`,
        });
      } else if (input.photos) {
        const found =
          input.photos.names.find((n) => n === photoName) ??
          input.photos.names.find((n) => n.toLowerCase() === photoName.toLowerCase());
        if (!found) {
          if (!inFolder) {
            const near = input.photos.names
              .filter((n) => n.toLowerCase().includes(photoName.toLowerCase().slice(0, 4)))
              .slice(0, 5);
            at('hero.src', {
              id: `Foto "${photoName}" tidak ada di folder foto. ${near.length ? `Yang mirip: ${near.join(', ')}.` : ''} Periksa nama berkasnya.`,
              en: `Photo "${photoName}" is not in the photo folder. ${near.length ? `Similar: ${near.join(', ')}.` : ''} Check the file name.`,
            });
          }
        } else {
          try {
            const size = await input.photos.size(found);
            const longSide = Math.max(size.width, size.height);
            if (size.width * size.height > MAX_PHOTO_PIXELS) {
              at('hero.src', {
                id: `Foto "${found}" terlalu besar: ${size.width}×${size.height} px (batas ${MAX_PHOTO_PIXELS / 1_000_000} juta piksel). Perkecil sampai sisi terpanjang 4000 px, simpan sebagai JPG.`,
                en: `Photo "${found}" is too large: ${size.width}×${size.height} px (limit ${MAX_PHOTO_PIXELS / 1_000_000} million pixels). Resize it to 4000 px on the long side and save as JPG.`,
              });
            } else if (longSide < input.minPhotoSize) {
              at('hero.src', {
                id: `Foto "${found}" terlalu kecil: ${size.width}×${size.height} px. Sisi terpanjang minimal ${input.minPhotoSize} px; pakai foto asli dari kamera, bukan hasil unduhan WhatsApp.`,
                en: `Photo "${found}" is too small: ${size.width}×${size.height} px. The long side must be at least ${input.minPhotoSize} px; use the original camera photo, not one downloaded from WhatsApp.`,
              });
            } else if (!input.photos.sameAs(found, slug, target)) {
              photos.push({ from: found, to: target });
            }
          } catch {
            at('hero.src', {
              id: `Berkas "${found}" bukan foto yang bisa dibaca (rusak, atau bukan JPG/PNG/WebP/AVIF). Simpan ulang fotonya sebagai JPG.`,
              en: `File "${found}" is not a readable photo (damaged, or not JPG/PNG/WebP/AVIF). Save the photo again as JPG.`,
            });
          }
        }
      } else if (!inFolder) {
        at('hero.src', {
          id: `Foto "${photoName}" belum ada di folder produk. Jalankan impor dengan --photos <folder foto>.`,
          en: `Photo "${photoName}" is not in the product folder yet. Run the import with --photos <photo folder>.`,
        });
      }
    }

    // GTIN: one barcode, one product.
    const gtin = parseGtin(values.get('gtin'));
    if (gtin.ok && slug) {
      const owner = gtinOwner.get(gtin.value.gtin14);
      if (owner && owner !== slug) {
        at('gtin', {
          id: `GTIN ${gtin.value.original} sudah dipakai produk "${owner}". Satu barcode hanya untuk satu produk: periksa angka pada kemasan.`,
          en: `GTIN ${gtin.value.original} is already used by product "${owner}". A barcode belongs to one product only: check the number on the package.`,
        });
      } else gtinOwner.set(gtin.value.gtin14, slug);
    }

    if (!slug || problems.some((p) => p.column === header('qr'))) {
      plan.problems.push(...problems);
      continue;
    }
    const base = existing?.data ?? {};
    const writes: Write[] = writesFor(base, values);
    let data = applyToData(base, writes);
    if (!existing) {
      const programme = (data['programme'] ?? {}) as { checklist?: Record<string, string> };
      const checklist = { ...programme.checklist };
      for (const a of CHECKLIST_AREAS) checklist[a] ??= 'belum';
      data = ordered({
        sample: false,
        ...data,
        programme: { ...programme, checklist },
        added: data['added'] ?? input.today,
      });
    }
    const result = schema.safeParse(data);
    if (!result.success) {
      const touched = new Set(writes.map((w) => w.path.join('.')));
      for (const issue of result.error.issues) {
        const path = issue.path.map(String).join('.');
        // An existing product's own old problems are the content check's, not this row's.
        if (existing && ![...touched].some((t) => t.startsWith(path) || path.startsWith(t)))
          continue;
        const key = keyForPath(issue.path, columns);
        // A cell already reported (unreadable, unknown village) is not reported again as missing.
        const villageHeaders = ['village', 'village.name'].map(header);
        if (
          problems.some(
            (p) =>
              p.column === (key && header(key)) ||
              (path === 'village' && villageHeaders.includes(p.column)),
          )
        ) {
          continue;
        }
        const message = describeIssue(issue);
        const missingColumn = key && !columns.has(key);
        problems.push({
          row: r.row,
          column: key ? (header(key) ?? headerOf(key)) : path,
          message: missingColumn
            ? {
                id: `${message.id} Kolom "${headerOf(key)}" tidak ada di lembar ini: tambahkan kolom itu (lihat templat) dan isi.`,
                en: `${message.en} The column "${headerOf(key)}" is not in this sheet: add it (see the template) and fill it in.`,
              }
            : message,
        });
      }
    }
    plan.problems.push(...problems);
    if (problems.length) continue;

    if (existing) {
      if (!writes.length && !photos.length) {
        plan.unchanged.push({ row: r.row, slug });
        continue;
      }
      let text: string;
      try {
        text = applyToText(existing.source, writes);
      } catch {
        at(undefined, {
          id: `Berkas ${existing.file} tidak diawali frontmatter yang bisa diubah. Perbaiki berkasnya dulu (npm run check:content).`,
          en: `File ${existing.file} does not start with editable frontmatter. Fix the file first (npm run check:content).`,
        });
        plan.problems.push(...problems);
        continue;
      }
      // In the sheet's column order, as the editor reads the row.
      const changed = [...new Set(writes.map((w) => w.key))]
        .sort((a, b) => (columns.get(a)?.index ?? 1e9) - (columns.get(b)?.index ?? 1e9))
        .map((k) => header(k) ?? headerOf(k));
      if (photos.length && !changed.includes(header('hero.src') ?? '')) {
        changed.push(`${header('hero.src') ?? headerOf('hero.src')} (berkas / file)`);
      }
      plan.updates.push({ row: r.row, slug, file: existing.file, text, photos, changes: changed });
    } else {
      const text = newProductText(
        data,
        `Diimpor dari ${input.sourceName}, baris ${r.row}. / Imported from ${input.sourceName}, row ${r.row}.`,
      );
      plan.creates.push({ row: r.row, slug, text, photos, changes: [] });
    }
  }
  input.onProgress?.(sheet.rows.length, sheet.rows.length);
  return plan;
}

/**
 * Notes that repeat on many rows (a whole phone column stored as numbers) become one note
 * naming the rows, so the one message that matters is not buried.
 */
export function summariseNotes(notes: readonly RowMessage[], keep = 3): RowMessage[] {
  const groups = new Map<string, RowMessage[]>();
  for (const n of notes) {
    const k = `${n.column ?? ''}\0${n.message.en.replace(/\d+/g, '#')}`;
    groups.set(k, [...(groups.get(k) ?? []), n]);
  }
  return [...groups.values()].flatMap((group) => {
    if (group.length <= keep) return group;
    const first = group[0] as RowMessage;
    const rows = group.map((n) => n.row);
    const list = rows.length > 10 ? `${rows.slice(0, 10).join(', ')} …` : rows.join(', ');
    return [
      {
        ...first,
        message: {
          id: `${first.message.id} (Sama di ${group.length} baris: ${list}.)`,
          en: `${first.message.en} (The same on ${group.length} rows: ${list}.)`,
        },
      },
    ];
  });
}

/** One line per problem or note: `Baris 4, kolom "WhatsApp": …` then the English. */
export function formatMessages(messages: readonly RowMessage[]): string {
  return [...messages]
    .sort((a, b) => a.row - b.row)
    .map((m) => {
      const where = [m.row ? `Baris ${m.row}` : '', m.column ? `kolom "${m.column}"` : '']
        .filter(Boolean)
        .join(', ');
      const whereEn = [m.row ? `Row ${m.row}` : '', m.column ? `column "${m.column}"` : '']
        .filter(Boolean)
        .join(', ');
      return `${where ? `${where}: ` : ''}${m.message.id}\n  ${whereEn ? `${whereEn}: ` : ''}${m.message.en}`;
    })
    .join('\n');
}
