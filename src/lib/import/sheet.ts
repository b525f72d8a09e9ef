/**
 * Reads a spreadsheet into header + rows of plain cell values, whatever program saved it:
 * `.xlsx` through exceljs, `.csv` through csv-parse (UTF-8 with or without BOM, or Windows-1252
 * as older Excel writes it; comma, semicolon — Indonesian-locale Excel — or tab). Formulas give
 * their computed value, rich text and links their text, a merged cell its value in every cell
 * it covers; hidden rows, empty rows and columns without a header are set aside and reported.
 * Row numbers are the ones the editor sees in the spreadsheet program.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Bilingual } from '../validators/result.ts';
import { isBlank, type CellValue } from './cells.ts';

export interface SheetRow {
  /** Row number as the spreadsheet program shows it (the header is usually row 1). */
  row: number;
  cells: CellValue[];
}

/** A problem or note about a cell or row; `column` is the header as written. */
export interface SheetMessage {
  row?: number | undefined;
  column?: string | undefined;
  message: Bilingual;
}

export interface Sheet {
  /** Name of the worksheet read (the file name for CSV). */
  name: string;
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
  /** Stop the import: a cell that cannot be read. */
  problems: SheetMessage[];
  /** Worth knowing, not wrong: hidden rows skipped, merged cells filled, encoding guessed. */
  notes: SheetMessage[];
}

export type SheetFormat = 'xlsx' | 'csv';

/** Worksheets of the template that are not product lists. */
const NOT_PRODUCTS = /^(petunjuk|instructions?|desa|villages?|pilihan|choices|lists?)$/i;

/** Decodes CSV bytes: UTF-8 (BOM optional) if valid, else Windows-1252. */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** The separator of a CSV: the one of `,` `;` tab that splits the header line most. */
export function detectDelimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = first.replace(/"[^"]*"/g, '');
  const count = (c: string) => outside.split(c).length - 1;
  return [';', '\t', ','].reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

function finish(
  name: string,
  grid: { row: number; cells: CellValue[] }[],
  problems: SheetMessage[],
  notes: SheetMessage[],
): Sheet {
  const headerIndex = grid.findIndex((r) => r.cells.filter((c) => !isBlank(c)).length >= 2);
  if (headerIndex < 0) {
    problems.push({
      message: {
        id: `Lembar "${name}" tidak memuat baris judul kolom. Baris pertama harus berisi judul kolom seperti di templat (npm run import:template).`,
        en: `Sheet "${name}" has no header row. The first row must hold column headers as in the template (npm run import:template).`,
      },
    });
    return { name, headerRow: 0, headers: [], rows: [], problems, notes };
  }
  const header = grid[headerIndex] as { row: number; cells: CellValue[] };
  const headers = header.cells.map((c) =>
    c === null ? '' : String(c).replace(/\s+/g, ' ').trim(),
  );
  const rows: SheetRow[] = [];
  const unnamed = new Set<number>();
  for (const r of grid.slice(headerIndex + 1)) {
    if (r.cells.every(isBlank)) continue;
    r.cells.forEach((c, i) => {
      if (!isBlank(c) && !headers[i]) unnamed.add(i);
    });
    rows.push(r);
  }
  for (const i of unnamed) {
    notes.push({
      column: columnLetter(i),
      message: {
        id: `Kolom ${columnLetter(i)} berisi data tetapi tidak punya judul; kolom itu diabaikan.`,
        en: `Column ${columnLetter(i)} holds data but has no header; it is ignored.`,
      },
    });
  }
  return { name, headerRow: header.row, headers, rows, problems, notes };
}

/** 0 -> A, 26 -> AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Reads a CSV file's bytes. */
export function readCsv(bytes: Uint8Array, name: string): Sheet {
  const problems: SheetMessage[] = [];
  const notes: SheetMessage[] = [];
  const { text, encoding } = decodeCsv(bytes);
  if (encoding === 'windows-1252') {
    notes.push({
      message: {
        id: 'Berkas CSV bukan UTF-8; dibaca sebagai Windows-1252 (CSV lama dari Excel). Periksa huruf beraksen pada hasilnya.',
        en: 'The CSV file is not UTF-8; read as Windows-1252 (older Excel CSV). Check accented letters in the result.',
      },
    });
  }
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    problems.push({
      row: e.lines,
      message: {
        id: `Berkas CSV tidak bisa dibaca di sekitar baris ${e.lines ?? '?'}: ${e.message ?? ''}. Buka di Excel lalu simpan lagi sebagai "CSV UTF-8", atau pakai berkas .xlsx.`,
        en: `The CSV file cannot be read near line ${e.lines ?? '?'}: ${e.message ?? ''}. Open it in Excel and save it again as "CSV UTF-8", or use the .xlsx file.`,
      },
    });
    return { name, headerRow: 0, headers: [], rows: [], problems, notes };
  }
  const grid = records.map((cells, i) => ({ row: i + 1, cells: cells.map((c) => c as CellValue) }));
  return finish(name, grid, problems, notes);
}

type ExcelValue = ExcelJS.CellValue;

/** A cell's plain value: formulas give their result, rich text and links their text. */
function plain(value: ExcelValue): { value: CellValue; error?: string } {
  if (value === null || value === undefined) return { value: null };
  if (value instanceof Date || typeof value !== 'object') {
    return { value };
  }
  if ('richText' in value) return { value: value.richText.map((t) => t.text).join('') };
  if ('hyperlink' in value) return plain(value.text);
  if ('error' in value) return { value: null, error: String(value.error) };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: ExcelValue }).result;
    if (result === undefined) return { value: null, error: 'formula' };
    return plain(result);
  }
  return { value: null };
}

/** Reads an .xlsx workbook's bytes: the product sheet (the first that is not instructions). */
export async function readXlsx(bytes: Uint8Array, fileName: string): Promise<Sheet> {
  const problems: SheetMessage[] = [];
  const notes: SheetMessage[] = [];
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    problems.push({
      message: {
        id: `${fileName} bukan berkas Excel .xlsx yang bisa dibaca (rusak, terkunci kata sandi, atau format .xls lama). Buka di Excel lalu simpan sebagai "Excel Workbook (.xlsx)".`,
        en: `${fileName} is not a readable Excel .xlsx file (damaged, password-protected, or the old .xls format). Open it in Excel and save it as "Excel Workbook (.xlsx)".`,
      },
    });
    return { name: fileName, headerRow: 0, headers: [], rows: [], problems, notes };
  }
  const sheet =
    workbook.worksheets.find((w) => /^(produk|products?)$/i.test(w.name.trim())) ??
    workbook.worksheets.find((w) => w.state === 'visible' && !NOT_PRODUCTS.test(w.name.trim()));
  if (!sheet) {
    problems.push({
      message: {
        id: `${fileName} tidak memuat lembar daftar produk. Beri nama lembarnya "Produk".`,
        en: `${fileName} has no product sheet. Name the sheet "Produk".`,
      },
    });
    return { name: fileName, headerRow: 0, headers: [], rows: [], problems, notes };
  }
  const width = sheet.columnCount;
  const grid: { row: number; cells: CellValue[] }[] = [];
  let headerSeen = false;
  const hiddenRows: number[] = [];
  const merged = new Set<string>();
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: CellValue[] = [];
    for (let c = 1; c <= width; c++) {
      let cell = row.getCell(c);
      if (cell.isMerged && cell.master !== cell) {
        cell = cell.master;
        merged.add(cell.address);
      }
      const { value, error } = plain(cell.value);
      if (error && headerSeen) {
        problems.push({
          row: r,
          column: `#${c}`,
          message:
            error === 'formula'
              ? {
                  id: `Sel ${cell.address} berisi rumus yang belum dihitung. Buka berkas di Excel, simpan, lalu impor lagi (atau salin lalu Paste Values).`,
                  en: `Cell ${cell.address} holds a formula that was never calculated. Open the file in Excel, save it, and import again (or copy and Paste Values).`,
                }
              : {
                  id: `Sel ${cell.address} berisi galat Excel ${error}. Perbaiki rumusnya atau ketik nilainya langsung.`,
                  en: `Cell ${cell.address} holds the Excel error ${error}. Fix the formula or type the value directly.`,
                },
        });
      }
      cells.push(value);
    }
    if (!headerSeen) headerSeen = cells.filter((v) => !isBlank(v)).length >= 2;
    else if (row.hidden && !cells.every(isBlank)) {
      hiddenRows.push(r);
      continue;
    }
    grid.push({ row: r, cells });
  }
  const result = finish(sheet.name, grid, problems, notes);
  // Error cells were reported by column number; name the column by its header now.
  for (const p of problems) {
    const n = /^#(\d+)$/.exec(p.column ?? '')?.[1];
    if (n) p.column = result.headers[Number(n) - 1] || columnLetter(Number(n) - 1);
  }
  if (hiddenRows.length) {
    notes.push({
      message: {
        id: `Baris tersembunyi dilewati (tidak diimpor): ${hiddenRows.join(', ')}. Tampilkan barisnya (Unhide) bila ingin mengimpornya.`,
        en: `Hidden rows skipped (not imported): ${hiddenRows.join(', ')}. Unhide them to import them.`,
      },
    });
  }
  if (merged.size) {
    notes.push({
      message: {
        id: `Sel gabungan (merge) ${[...merged].join(', ')}: nilainya dipakai untuk setiap baris yang digabung.`,
        en: `Merged cells ${[...merged].join(', ')}: their value is used for every row they span.`,
      },
    });
  }
  return result;
}

/** Reads a spreadsheet by format. */
export function readSheet(bytes: Uint8Array, format: SheetFormat, name: string): Promise<Sheet> {
  return format === 'csv' ? Promise.resolve(readCsv(bytes, name)) : readXlsx(bytes, name);
}
