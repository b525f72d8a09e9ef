/**
 * One spreadsheet cell -> one typed value, with the traps real office spreadsheets set: phone
 * numbers stored as numbers (the leading 0 gone), long numbers shown as `1,23E+12`, dates as
 * Excel serial numbers or `dd/mm/yyyy` text, prices as `Rp 25.000` or `25.000,00`. Every
 * failure is a bilingual message that says what to type instead; the caller adds the row and
 * the column.
 */
import { quantity, type QuantityRule } from '../validators/quantity.ts';
import { fail, ok, show, type Bilingual, type Result } from '../validators/result.ts';

/** A cell as the readers (`sheet.ts`) give it: CSV cells are always text. */
export type CellValue = string | number | boolean | Date | null;

/** Whether a cell holds nothing (empty, or only spaces). */
export const isBlank = (v: CellValue): boolean =>
  v === null || (typeof v === 'string' && v.trim() === '');

const SCIENTIFIC = /^[+-]?\d+(?:[.,]\d+)?E[+-]?\d+$/i;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Plain text: trimmed; a number becomes its digits, a date YYYY-MM-DD. */
export function textCell(v: CellValue): Result<string> {
  if (typeof v === 'string') return ok(v.replace(/\s+/g, ' ').trim());
  if (typeof v === 'number') return ok(String(v));
  if (v instanceof Date) return ok(iso(v));
  if (typeof v === 'boolean') return ok(v ? 'ya' : 'tidak');
  return ok('');
}

const scientificError = (v: string | number): Result<never> =>
  fail(
    `Angka ${show(String(v))} sudah diubah Excel menjadi notasi ilmiah (E+), sehingga angka di belakangnya hilang. Format kolom ini sebagai Teks (klik kanan → Format Cells → Text), lalu ketik ulang angkanya persis seperti aslinya.`,
    `The number ${show(String(v))} was turned by Excel into scientific notation (E+), so its last digits are lost. Format this column as Text (right-click → Format Cells → Text) and type the number again exactly as printed.`,
  );

const lostZero = (digits: string, fixed: string): Bilingual => ({
  id: `Excel menyimpan ${digits} sebagai angka dan membuang angka 0 di depan; dibaca sebagai ${fixed}. Format kolom ini sebagai Teks agar tidak terulang.`,
  en: `Excel stored ${digits} as a number and dropped its leading 0; read as ${fixed}. Format this column as Text so it does not happen again.`,
});

/**
 * A code made of digits that Excel may have stored as a number (WhatsApp, GTIN, NIB, BPOM,
 * P-IRT, village code). A number is turned back into its digits when no digit can have been
 * lost; `leadingZero` puts back a leading 0 Excel dropped (mobile numbers always start 08).
 */
export function digitsCell(
  v: CellValue,
  options: { leadingZero?: (digits: string) => string | undefined } = {},
): Result<{ text: string; note?: Bilingual }> {
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) return scientificError(v);
    const digits = String(v);
    const fixed = options.leadingZero?.(digits);
    if (fixed !== undefined && fixed !== digits)
      return ok({ text: fixed, note: lostZero(digits, fixed) });
    return ok({ text: digits });
  }
  if (typeof v === 'string') {
    const s = v.trim();
    if (SCIENTIFIC.test(s)) return scientificError(s);
    // A leading apostrophe is Excel's "keep as text" mark, sometimes typed into CSV by hand.
    const text = s.replace(/^'/, '');
    // A CSV saved from a number cell has lost the 0 the same way.
    const fixed = /^\d+$/.test(text) ? options.leadingZero?.(text) : undefined;
    if (fixed !== undefined && fixed !== text)
      return ok({ text: fixed, note: lostZero(text, fixed) });
    return ok({ text });
  }
  if (v instanceof Date) {
    return fail(
      `Excel mengubah isian ini menjadi tanggal (${iso(v)}). Format kolom ini sebagai Teks, lalu ketik ulang nomornya.`,
      `Excel turned this entry into a date (${iso(v)}). Format this column as Text and type the number again.`,
    );
  }
  return ok({ text: v === null ? '' : String(v) });
}

/** Mobile numbers start with 08: a number cell that starts with 8 lost its 0. */
export const phoneLeadingZero = (digits: string): string | undefined =>
  /^8\d{8,11}$/.test(digits) ? `0${digits}` : undefined;

const MONTHS: Record<string, number> = {
  jan: 1,
  januari: 1,
  january: 1,
  feb: 2,
  februari: 2,
  february: 2,
  peb: 2,
  pebruari: 2,
  mar: 3,
  maret: 3,
  march: 3,
  apr: 4,
  april: 4,
  mei: 5,
  may: 5,
  jun: 6,
  juni: 6,
  june: 6,
  jul: 7,
  juli: 7,
  july: 7,
  agu: 8,
  agt: 8,
  agustus: 8,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  okt: 10,
  oktober: 10,
  oct: 10,
  october: 10,
  nov: 11,
  nopember: 11,
  november: 11,
  des: 12,
  desember: 12,
  dec: 12,
  december: 12,
};

/** Excel's day 1 is 1900-01-01, counted as if 1900 were a leap year: serial 0 = 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

function calendarDate(year: number, month: number, day: number): Date | undefined {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? d
    : undefined;
}

const DATE_HINT: Bilingual = {
  id: 'Tulis tanggal sebagai 2025-05-27 atau 27/05/2025 (hari/bulan/tahun).',
  en: 'Write the date as 2025-05-27 or 27/05/2025 (day/month/year).',
};

const badDate = (v: CellValue): Result<never> =>
  fail(
    `Tanggal ${show(v instanceof Date ? iso(v) : v)} tidak dikenali atau tidak ada di kalender. ${DATE_HINT.id}`,
    `Date ${show(v instanceof Date ? iso(v) : v)} is not recognised or not on the calendar. ${DATE_HINT.en}`,
  );

/**
 * A date as `YYYY-MM-DD`: a date cell, an Excel serial number (a date column formatted as a
 * number), `YYYY-MM-DD`, day-first `27/05/2025`, `27-05-2025`, `27.05.2025`, or
 * `27 Mei 2025`. Indonesian paperwork writes the day first, so `05/06/2025` is 5 June.
 */
export function dateCell(v: CellValue): Result<string> {
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return badDate(v);
    // Excel dates carry no zone; the readers give them as UTC. A time of day is dropped.
    return ok(iso(v));
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1 && v <= 2_958_465)
      return ok(iso(new Date(EXCEL_EPOCH + v * DAY)));
    return badDate(v);
  }
  if (typeof v !== 'string') return badDate(v);
  const s = v.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const d = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return d ? ok(iso(d)) : badDate(v);
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const d = calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
    return d ? ok(iso(d)) : badDate(v);
  }
  m = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS[(m[2] ?? '').toLowerCase()];
    const d = month ? calendarDate(Number(m[3]), month, Number(m[1])) : undefined;
    return d ? ok(iso(d)) : badDate(v);
  }
  // A serial number that arrived as text (CSV of a date column formatted as a number).
  if (/^\d{5}$/.test(s)) return dateCell(Number(s));
  return badDate(v);
}

const priceHint = (v: CellValue): Result<never> =>
  fail(
    `Harga ${show(v)} tidak dikenali. Tulis rupiah bulat, misalnya 25000, Rp 25.000 atau 25.000–45.000 untuk rentang harga.`,
    `Price ${show(v)} is not recognised. Write whole rupiah, e.g. 25000, Rp 25.000, or 25.000–45.000 for a range.`,
  );

/** One amount in rupiah from Indonesian or English notation; undefined when not a number. */
function amount(text: string): number | undefined | 'fraction' {
  const s = text
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s+/g, '')
    .replace(/,-$/, '')
    .replace(/\.-$/, '');
  if (/^\d+$/.test(s)) return Number(s);
  // 25.000 / 25.000,00 / 25.000,50 (Indonesian), 25,000 / 25,000.00 (English).
  let m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(s);
  if (m) {
    if (m[2] && Number(m[2]) !== 0) return 'fraction';
    return Number((m[1] ?? '').replace(/\./g, ''));
  }
  m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (m) {
    if (m[2] && Number(m[2]) !== 0) return 'fraction';
    return Number((m[1] ?? '').replace(/,/g, ''));
  }
  return undefined;
}

export interface PriceValue {
  min: number;
  max?: number;
}

/**
 * A price in whole rupiah: a number cell, `25000`, `Rp 25.000`, `Rp25.000,-`, `25.000,00`,
 * `25,000`, or a range `25.000 - 45.000`. Limits (Rp 100 to Rp 1 milyar) are the schema's.
 */
export function priceCell(v: CellValue): Result<PriceValue> {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return priceHint(v);
    if (!Number.isInteger(v)) {
      return fail(
        `Harga ${show(v)} bukan rupiah bulat. Tulis tanpa sen, misalnya ${Math.round(v)}.`,
        `Price ${show(v)} is not whole rupiah. Write it without cents, e.g. ${Math.round(v)}.`,
      );
    }
    return ok({ min: v });
  }
  if (typeof v !== 'string') return priceHint(v);
  const parts = v.split(/\s*(?:–|—|-(?!$)|s\.?d\.?|sampai)\s*/i).filter((p) => p.trim());
  if (parts.length < 1 || parts.length > 2) return priceHint(v);
  const values = parts.map(amount);
  if (values.includes('fraction')) {
    return fail(
      `Harga ${show(v)} memuat sen. Tulis rupiah bulat, misalnya 25000.`,
      `Price ${show(v)} has cents. Write whole rupiah, e.g. 25000.`,
    );
  }
  if (values.some((x) => x === undefined)) return priceHint(v);
  const [min, max] = values as number[];
  return ok(
    max === undefined || max === min ? { min: min as number } : { min: min as number, max },
  );
}

/**
 * A whole-number quantity (office buyers' capacity, minimum order, lead time) checked by the
 * product schema's own validator, so the sheet and the content check agree on bounds and
 * words. A number cell, or text of digits (`1000`, Indonesian `1.000`, `'1000`) is a number;
 * anything else (`1.000 botol`, `1.5`) gets the validator's message with the number to type.
 */
export function quantityCell(v: CellValue, rule: QuantityRule): Result<number> {
  const check = quantity(rule);
  if (typeof v === 'number') return check(v);
  if (typeof v === 'string') {
    const s = v.trim().replace(/^'/, '');
    if (/^\d+$/.test(s)) return check(Number(s));
    if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return check(Number(s.replace(/\./g, '')));
    return check(s);
  }
  if (v instanceof Date) {
    return fail(
      `Excel mengubah isian ini menjadi tanggal (${iso(v)}). ${rule.what.id} harus berupa angka biasa, misalnya ${rule.example}: format kolom ini sebagai Angka lalu ketik ulang.`,
      `Excel turned this entry into a date (${iso(v)}). ${rule.what.en} must be a plain number, e.g. ${rule.example}: format the column as Number and type it again.`,
    );
  }
  return check(v);
}

const TRUE = new Set(['ya', 'y', 'yes', 'true', 'benar', 'iya', '1', 'v', '✓', 'x']);
const FALSE = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', '0', 'tdk', 'belum']);

/** Yes/no: `ya`/`tidak` (the template's dropdown), `true`/`false`, `1`/`0`, a checkbox. */
export function booleanCell(v: CellValue): Result<boolean> {
  if (typeof v === 'boolean') return ok(v);
  const s = textCell(v).ok
    ? String(v ?? '')
        .trim()
        .toLowerCase()
    : '';
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail(
    `${show(v)} bukan ya/tidak. Pilih "ya" atau "tidak".`,
    `${show(v)} is not yes/no. Choose "ya" (yes) or "tidak" (no).`,
  );
}

const foldChoice = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/**
 * One of a closed list (stage, checklist state, category): case, spaces and dashes do not
 * matter (`Siap Pasar` is `siap-pasar`); `labels` are other accepted spellings per choice.
 */
export function choiceCell<T extends string>(
  v: CellValue,
  choices: readonly T[],
  labels: Partial<Record<T, readonly string[]>> = {},
): Result<T> {
  const s = foldChoice(textCell(v).ok ? String(v ?? '') : '');
  for (const c of choices) {
    if (foldChoice(c) === s) return ok(c);
    if ((labels[c] ?? []).some((l) => foldChoice(l) === s)) return ok(c);
  }
  return fail(
    `${show(v)} bukan pilihan yang dikenal. Pilih salah satu: ${choices.join(', ')}.`,
    `${show(v)} is not one of the choices. Choose one of: ${choices.join(', ')}.`,
  );
}

/**
 * A list in one cell: items separated by `|` (as in the open-data CSV) or line breaks; with
 * `commas`, also by commas (tags).
 */
export function listCell(v: CellValue, commas = false): string[] {
  const s = textCell(v).ok && typeof v === 'string' ? v : String(v ?? '');
  return s
    .split(commas ? /[|\n,;]/ : /[|\n]/)
    .map((x) => x.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}
