/**
 * `/data/products.csv`: the open-data rows flattened to one line per product. The columns are
 * derived from the row's zod schema (`schema.ts`): one column per leaf field, named by its
 * dotted JSON path, in the schema's field order; a list of objects gives one column per field,
 * its values joined with ` | `.
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { openDataProductSchema, type OpenDataProduct } from './schema.ts';

/** Separator of list values in one CSV cell. */
export const LIST_SEPARATOR = ' | ';

type Cell = string | number | boolean | null;

export interface CsvColumn {
  /** Dotted JSON path, e.g. `price.unit.id`. */
  key: string;
  value: (p: OpenDataProduct) => Cell;
}

/** The value at `path` below `value`; `null` when a parent on the way is `null`. */
function at(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const k of path) {
    if (v === null || v === undefined) return null;
    v = (v as Record<string, unknown>)[k];
  }
  return v ?? null;
}

function columnsOf(schema: z.ZodType, path: readonly string[]): CsvColumn[] {
  if (schema instanceof z.ZodNullable) return columnsOf(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodObject) {
    return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([k, s]) =>
      columnsOf(s, [...path, k]),
    );
  }
  if (schema instanceof z.ZodArray) {
    const element = schema.element as z.ZodType;
    return columnsOf(element, []).map((c) => ({
      key: [...path, c.key].join('.'),
      value: (p) =>
        ((at(p, path) ?? []) as OpenDataProduct[])
          .map((item) => cellText(c.value(item)))
          .join(LIST_SEPARATOR),
    }));
  }
  return [{ key: path.join('.'), value: (p) => at(p, path) as Cell }];
}

/** CSV columns in order: dotted JSON paths, and how to read each from a row. */
export const CSV_COLUMNS: readonly CsvColumn[] = columnsOf(openDataProductSchema, []);

/** Column names of the CSV header. */
export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.key);

function cellText(v: Cell): string {
  return v === null ? '' : String(v);
}

/**
 * One CSV row as text by column name: `null` is an empty cell, numbers and booleans are
 * written as in JSON (`45000`, `true`), lists are joined with ` | `.
 */
export function csvRecord(p: OpenDataProduct): Record<string, string> {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, cellText(c.value(p))]));
}

/**
 * `/data/products.csv`: UTF-8 with a byte-order mark (so spreadsheet programs read Indonesian
 * text correctly), a header row, CRLF line ends (RFC 4180), quoting where needed.
 */
export function productsCsv(products: readonly OpenDataProduct[]): string {
  const rows = products.map((p) => CSV_COLUMNS.map((c) => cellText(c.value(p))));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_HEADER],
    record_delimiter: 'windows',
  });
}
