/**
 * One spreadsheet row -> the product fields it carries (a patch), each field parsed from its
 * cells by kind. Only non-empty cells of columns the sheet has count: an empty cell never
 * erases a value. Problems name the row and the column header as written in the sheet.
 */
import type { AreaIndex } from '../places/areas.ts';
import { type Bilingual } from '../validators/result.ts';
import {
  booleanCell,
  choiceCell,
  dateCell,
  digitsCell,
  isBlank,
  listCell,
  phoneLeadingZero,
  priceCell,
  quantityCell,
  textCell,
  type CellValue,
  type PriceValue,
} from './cells.ts';
import { COLUMNS, type Column } from './columns.ts';
import { matchVillage } from './villages.ts';

/** A problem or note tied to a row and, when there is one, a column as the sheet names it. */
export interface RowMessage {
  row: number;
  column?: string | undefined;
  message: Bilingual;
}

/** Which sheet column (header as written, and index) fills which column key. */
export type ColumnMap = ReadonlyMap<string, { header: string; index: number }>;

/** What a row says, by column key, once every cell is parsed. */
export interface RowValues {
  row: number;
  /** Parsed values of non-empty cells. */
  values: Map<string, unknown>;
  problems: RowMessage[];
  notes: RowMessage[];
}

export interface RowContext {
  areas: AreaIndex;
  /** Category ids of content/categories.yaml. */
  categories: readonly string[];
}

const byKey = new Map(COLUMNS.map((c) => [c.key, c]));

function parseCell(
  column: Column,
  cell: CellValue,
  ctx: RowContext,
): { value?: unknown; error?: Bilingual; note?: Bilingual } {
  const done = (r: { ok: true; value: unknown } | { ok: false; error: Bilingual }) =>
    r.ok ? { value: r.value } : { error: r.error };
  switch (column.kind) {
    case 'text': {
      const r = textCell(cell);
      if (!r.ok) return { error: r.error };
      return { value: column.key === 'producer.instagram' ? r.value.replace(/^@/, '') : r.value };
    }
    case 'digits':
    case 'phone':
    case 'village': {
      // QR codes have letters: "4E64" is a code, not scientific notation; as a number it is lost.
      if (column.key === 'qr') {
        if (typeof cell === 'number') {
          return {
            error: {
              id: `Excel mengubah Kode QR menjadi angka (${cell}). Format kolom Kode QR sebagai Teks, lalu ketik ulang kodenya persis seperti di katalog.`,
              en: `Excel turned the QR code into a number (${cell}). Format the QR code column as Text and type the code again exactly as in the catalogue.`,
            },
          };
        }
        return done(textCell(cell));
      }
      const r = digitsCell(cell, column.kind === 'phone' ? { leadingZero: phoneLeadingZero } : {});
      if (!r.ok) return { error: r.error };
      return { value: r.value.text, ...(r.value.note ? { note: r.value.note } : {}) };
    }
    case 'date':
      return done(dateCell(cell));
    case 'price':
      return done(priceCell(cell));
    case 'quantity':
      if (!column.rule) throw new Error(`quantity column ${column.key} has no rule`);
      return done(quantityCell(cell, column.rule));
    case 'boolean':
      return done(booleanCell(cell));
    case 'choice':
      return done(
        choiceCell(cell, column.key === 'category' ? ctx.categories : (column.choices ?? [])),
      );
    case 'list':
      return { value: listCell(cell, column.key === 'tags') };
  }
}

/** Parses every non-empty cell of a row, and finds its village. */
export function readRow(
  row: number,
  cells: readonly CellValue[],
  columns: ColumnMap,
  ctx: RowContext,
): RowValues {
  const values = new Map<string, unknown>();
  const problems: RowMessage[] = [];
  const notes: RowMessage[] = [];
  for (const [key, { header, index }] of columns) {
    const column = byKey.get(key);
    const cell = cells[index] ?? null;
    if (!column || isBlank(cell)) continue;
    const parsed = parseCell(column, cell, ctx);
    if (parsed.error) problems.push({ row, column: header, message: parsed.error });
    else values.set(key, parsed.value);
    if (parsed.note) notes.push({ row, column: header, message: parsed.note });
  }
  const text = (k: string) => values.get(k) as string | undefined;
  const villageKeys = ['village', 'village.name', 'village.district', 'village.regency'];
  if (villageKeys.some((k) => values.has(k))) {
    const match = matchVillage(ctx.areas, {
      code: text('village'),
      village: text('village.name'),
      district: text('village.district'),
      regency: text('village.regency'),
    });
    const header = columns.get(values.has('village') ? 'village' : 'village.name')?.header;
    if (!match.ok) problems.push({ row, column: header, message: match.error });
    else {
      values.set('village.code', match.value.village.code);
      if (match.value.note) notes.push({ row, column: header, message: match.value.note });
    }
  }
  // A range typed in the main price cell fills both ends.
  const price = values.get('offer.price.min') as PriceValue | undefined;
  const max = values.get('offer.price.max') as PriceValue | undefined;
  if (price || max) {
    values.set('offer.price', {
      min: price?.min ?? max?.min,
      max: max ? (max.max ?? max.min) : price?.max,
    });
  }
  const names = values.get('producer.marketplaces.name') as string[] | undefined;
  const urls = values.get('producer.marketplaces.url') as string[] | undefined;
  if (names || urls) {
    if ((names?.length ?? 0) !== (urls?.length ?? 0)) {
      problems.push({
        row,
        column: columns.get(names ? 'producer.marketplaces.name' : 'producer.marketplaces.url')
          ?.header,
        message: {
          id: `Jumlah nama toko online (${names?.length ?? 0}) dan alamatnya (${urls?.length ?? 0}) tidak sama. Tulis satu alamat https untuk setiap nama, dipisah |, dengan urutan yang sama.`,
          en: `The number of online shop names (${names?.length ?? 0}) and addresses (${urls?.length ?? 0}) differ. Write one https address per name, separated by |, in the same order.`,
        },
      });
    } else {
      values.set(
        'producer.marketplaces',
        (names ?? []).map((name, i) => ({ name, url: urls?.[i] })),
      );
    }
  }
  return { row, values, problems, notes };
}
