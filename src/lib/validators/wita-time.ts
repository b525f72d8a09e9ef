/**
 * Date and time of an event, as editors write it: the wall-clock time in WITA (UTC+8,
 * `Asia/Makassar`, which has no daylight saving), e.g. `'2026-12-12 08:00'`. The value stays a
 * `YYYY-MM-DDTHH:MM` string; src/lib/events/events.ts turns it into an instant.
 */
import { fail, ok, show, type Result } from './result.ts';

const EXAMPLE = '2026-12-12 08:00';
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|\s+)(\d{1,2})[:.](\d{2})(?:\s*WITA)?$/i;

/** Validates `YYYY-MM-DD HH:MM` (WITA) and normalises it to `YYYY-MM-DDTHH:MM`. */
export function parseWitaDateTime(input: unknown): Result<string> {
  if (input instanceof Date) {
    // YAML turns an unquoted `2026-12-12` or `2026-12-12 08:00:00` into a timestamp in UTC,
    // which would move the time by eight hours: the value must be text.
    return fail(
      `Tanggal dan jam ${show(input)} harus ditulis sebagai teks dalam tanda kutip, dengan jam WITA, mis. '${EXAMPLE}'.`,
      `Date and time ${show(input)} must be written as text in quotes, with the time in WITA, e.g. '${EXAMPLE}'.`,
    );
  }
  if (typeof input !== 'string' || !input.trim()) {
    return fail(
      `Tanggal dan jam kosong atau bukan teks (${show(input)}). Tulis tanggal dan jam WITA dalam tanda kutip, mis. '${EXAMPLE}'.`,
      `Date and time is empty or not text (${show(input)}). Write the date and time in WITA, in quotes, e.g. '${EXAMPLE}'.`,
    );
  }
  const s = input.trim();
  const m = PATTERN.exec(s);
  if (!m) {
    const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(s);
    return fail(
      dateOnly
        ? `${show(s)} hanya berisi tanggal. Tambahkan jam mulai/selesai (WITA), mis. '${s} 08:00'.`
        : `${show(s)} bukan tanggal dan jam yang dikenali. Tulis TAHUN-BULAN-TANGGAL JAM:MENIT dalam WITA, mis. '${EXAMPLE}'.`,
      dateOnly
        ? `${show(s)} has only a date. Add the time (WITA), e.g. '${s} 08:00'.`
        : `${show(s)} is not a date and time this site understands. Write YEAR-MONTH-DAY HOUR:MINUTE in WITA, e.g. '${EXAMPLE}'.`,
    );
  }
  const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return fail(
      `Tanggal ${show(s)} tidak ada di kalender (periksa bulan dan tanggal). Contoh: '${EXAMPLE}'.`,
      `Date ${show(s)} does not exist in the calendar (check the month and day). Example: '${EXAMPLE}'.`,
    );
  }
  if (hour > 23 || minute > 59) {
    return fail(
      `Jam pada ${show(s)} tidak valid. Pakai jam 00:00 sampai 23:59 (WITA), mis. '${EXAMPLE}'.`,
      `The time in ${show(s)} is not valid. Use 00:00 to 23:59 (WITA), e.g. '${EXAMPLE}'.`,
    );
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return ok(`${String(year)}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`);
}
