/**
 * Checks of `content/acara/<slug>.md` (market days and exhibitions): each file against the event
 * schema (dates, regency, QR code format, end after start), then what needs the products: every
 * QR code names a product, and an event still to come does not show a retired one. Kept apart
 * from check.ts, which calls it, so the events' rules sit together.
 */
import { zodProblems } from './zod-problems.ts';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AreaIndex } from '../places/areas.ts';
import { editDistance } from '../places/areas.ts';
import { fieldPath } from '../messages/bilingual.ts';
import { isCurrent } from '../events/events.ts';
import { eventSchema, type EventData } from '../../schemas/event.ts';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import type { Problem } from './check.ts';
import { readContentFile } from '../content-files/file-text.ts';
import { parseMarkdown } from '../content-files/source.ts';

/** The folder of events inside the content folder. */
export const EVENTS_DIR = 'acara';

/** A product as the event check needs it: its folder, QR code and whether it is retired. */
export interface EventProductInfo {
  slug: string;
  qr: string;
  retired: boolean;
}

/** An event that passed its schema. */
export interface CheckedEvent {
  slug: string;
  file: string;
  data: EventData;
}

/** Closest known codes to a mistyped one (a letter swapped, one missing). */
function similarCodes(code: string, known: readonly string[]): string[] {
  return known
    .map((k) => ({ k, d: editDistance(code, k) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d || a.k.localeCompare(b.k))
    .slice(0, 3)
    .map((x) => x.k);
}

export interface EventCheckOptions {
  contentDir: string;
  rel: (path: string) => string;
  areas: AreaIndex;
  /** Every product with a QR code (retired ones included: their codes keep working). */
  products: readonly EventProductInfo[];
  /** The build day: only events still to come must not show a retired product. */
  today: Date;
}

/** Checks every event file; never throws for bad content. */
export function checkEvents(options: EventCheckOptions): {
  problems: Problem[];
  events: CheckedEvent[];
} {
  const dir = join(options.contentDir, EVENTS_DIR);
  const problems: Problem[] = [];
  const events: CheckedEvent[] = [];
  if (!existsSync(dir)) return { problems, events };
  const schema = eventSchema({ areas: options.areas });
  const byCode = new Map(options.products.map((p) => [p.qr, p]));
  const codes = [...byCode.keys()].sort();
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((d) => !d.name.startsWith('.') && !d.name.startsWith('_'))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const file = options.rel(path);
    if (!entry.isFile() || !entry.name.endsWith('.md')) {
      problems.push({
        file,
        message: {
          id: `Folder ${EVENTS_DIR}/ hanya berisi berkas acara berakhiran .md (satu berkas per acara, mis. pasar-tani-kupang-2026-12.md). Pindahkan atau hapus "${entry.name}".`,
          en: `The ${EVENTS_DIR}/ folder holds only event files ending in .md (one file per event, e.g. pasar-tani-kupang-2026-12.md). Move or remove "${entry.name}".`,
        },
      });
      continue;
    }
    const slug = entry.name.replace(/\.md$/, '');
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({
        file,
        message: {
          id: `Nama berkas "${entry.name}" menjadi alamat halaman (/acara/${slug}/): pakai huruf kecil, angka dan tanda minus saja, mis. pasar-tani-kupang-2026-12.md.`,
          en: `File name "${entry.name}" becomes the page address (/acara/${slug}/): use lowercase letters, digits and dashes only, e.g. pasar-tani-kupang-2026-12.md.`,
        },
      });
    }
    const read = readContentFile(path);
    const parsed = read.ok
      ? parseMarkdown(read.text)
      : { ok: false as const, line: read.line, field: read.field, error: read.message };
    if (!parsed.ok) {
      problems.push({ file, field: parsed.field, line: parsed.line, message: parsed.error });
      continue;
    }
    if (parsed.value.body.trim()) {
      problems.push({
        file,
        field: 'body',
        line: parsed.value.bodyLine,
        message: {
          id: 'Teks di bawah "---" penutup tidak ditampilkan untuk acara. Pindahkan keterangannya ke kolom description, lalu hapus teks itu.',
          en: 'Text below the closing "---" is not shown for events. Move it into the description field, then remove it.',
        },
      });
    }
    const result = schema.safeParse(parsed.value.data, { reportInput: true });
    if (!result.success) {
      problems.push(...zodProblems(result.error, file, schema, parsed.value));
      continue;
    }
    const event = result.data;
    events.push({ slug, file, data: event });
    event.products.forEach((code, i) => {
      const at = {
        file,
        field: fieldPath(['products', i]),
        line: parsed.value.lineOf(['products', i]),
      };
      const product = byCode.get(code);
      if (!product) {
        const near = similarCodes(code, codes);
        problems.push({
          ...at,
          message: {
            id: `Kode QR "${code}" tidak dimiliki produk mana pun. Salin kode dari kolom qr produknya (atau dari tulisan di bawah QR pada label).${near.length ? ` Kode yang mirip: ${near.join(', ')}.` : ''}`,
            en: `QR code "${code}" belongs to no product. Copy the code from the product's qr field (or from the text under the QR on its label).${near.length ? ` Similar codes: ${near.join(', ')}.` : ''}`,
          },
        });
      } else if (product.retired && isCurrent(event, options.today)) {
        problems.push({
          ...at,
          message: {
            id: `Produk "${product.slug}" (kode ${code}) sudah tidak dijual (retired), tetapi acara ini belum lewat. Hapus kode ini dari products.`,
            en: `Product "${product.slug}" (code ${code}) is retired, but this event is still to come. Remove this code from products.`,
          },
        });
      }
    });
  }
  return { problems, events };
}
