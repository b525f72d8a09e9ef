/**
 * Registration and licence numbers printed on NTT village products: BPOM (processed food), P-IRT
 * (home-industry food), the BPJPH halal certificate and the NIB business number. Editors copy
 * them from packaging and paper certificates, so the parsers accept the usual prefixes and
 * spacing and store one canonical form.
 */
import { fail, ok, show, textInput } from './result.ts';
import type { Bilingual, Result } from './result.ts';

const BPOM_EXAMPLE = 'MD123456789012';
const PIRT_EXAMPLE = '1234567890123-45';
const HALAL_EXAMPLE = 'ID00110000000000000';
const NIB_EXAMPLE = '1234567890123';
const DATE_EXAMPLE = '2025-01-31';

/** Characters other than digits, each quoted, for naming them in a message. */
const nonDigits = (s: string): string =>
  [...new Set(s.replace(/\d/g, ''))].map((c) => show(c)).join(', ');

/** Validates a BPOM registration number (MD/ML + 12 digits) and normalises it to `MD123456789012`. */
export function parseBpom(input: unknown): Result<string> {
  const text = textInput(input, { id: 'Nomor BPOM', en: 'BPOM number' }, BPOM_EXAMPLE, false);
  if (!text.ok) return text;
  // Packaging prints "BPOM RI MD 1234 5678 9012"; only the MD/ML part identifies the product.
  const compact = text.value
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/^BPOM(?:RI)?[:.]?/, '');
  if (/^M[DL]\d{12}$/.test(compact)) return ok(compact);
  const shown = show(text.value);
  if (/^(?:P-?IRT(?:NO\.?)?)?\d{13}-?\d{2}$/.test(compact)) {
    return fail(
      `${shown} tampaknya nomor P-IRT, bukan nomor BPOM. Pindahkan ke kolom P-IRT; nomor BPOM berbentuk MD atau ML diikuti 12 angka, misalnya "${BPOM_EXAMPLE}".`,
      `${shown} looks like a P-IRT number, not a BPOM number. Move it to the P-IRT field; a BPOM number is MD or ML followed by 12 digits, e.g. "${BPOM_EXAMPLE}".`,
    );
  }
  const digits = /^M[DL](\d+)$/.exec(compact)?.[1];
  if (digits !== undefined) {
    return fail(
      `Nomor BPOM ${shown} memiliki ${digits.length} angka setelah ${compact.slice(0, 2)}, padahal harus 12 angka. Periksa lagi nomor pada kemasan, misalnya "${BPOM_EXAMPLE}".`,
      `BPOM number ${shown} has ${digits.length} digits after ${compact.slice(0, 2)}, but it must have 12. Check the number on the package again, e.g. "${BPOM_EXAMPLE}".`,
    );
  }
  return fail(
    `Nomor BPOM ${shown} tidak dikenali: harus diawali MD atau ML lalu 12 angka, misalnya "${BPOM_EXAMPLE}" (awalan "BPOM RI" boleh ditulis).`,
    `BPOM number ${shown} is not recognised: it must be MD or ML followed by 12 digits, e.g. "${BPOM_EXAMPLE}" (a "BPOM RI" prefix is allowed).`,
  );
}

/** Validates a P-IRT (SPP-IRT) number and normalises it to `1234567890123-45`. */
export function parsePirt(input: unknown): Result<string> {
  const text = textInput(input, { id: 'Nomor P-IRT', en: 'P-IRT number' }, PIRT_EXAMPLE, true);
  if (!text.ok) return text;
  const compact = text.value
    .replace(/\s+/g, '')
    .replace(/^(?:SP)?P-?IRT(?:NO\.?|NOMOR)?[:.]?/i, '');
  // Some packaging drops the dash; its position is fixed, so it can be restored safely.
  const match = /^(\d{13})-?(\d{2})$/.exec(compact);
  if (match) return ok(`${match[1]}-${match[2]}`);
  const shown = show(text.value);
  if (/^[\d-]+$/.test(compact)) {
    const count = compact.replace(/-/g, '').length;
    return fail(
      `Nomor P-IRT ${shown} memiliki ${count} angka, padahal harus 15 angka: 13 angka, tanda hubung, lalu 2 angka, misalnya "${PIRT_EXAMPLE}".`,
      `P-IRT number ${shown} has ${count} digits, but it must have 15: 13 digits, a dash, then 2 digits, e.g. "${PIRT_EXAMPLE}".`,
    );
  }
  return fail(
    `Nomor P-IRT ${shown} hanya boleh berisi angka dan satu tanda hubung, tetapi memuat ${nonDigits(compact.replace(/-/g, ''))}. Tulis seperti "${PIRT_EXAMPLE}" (awalan "P-IRT No." boleh ditulis).`,
    `P-IRT number ${shown} may contain only digits and one dash, but it contains ${nonDigits(compact.replace(/-/g, ''))}. Write it like "${PIRT_EXAMPLE}" (a "P-IRT No." prefix is allowed).`,
  );
}

/** Validates an NIB (Nomor Induk Berusaha): exactly 13 digits. */
export function parseNib(input: unknown): Result<string> {
  const text = textInput(input, { id: 'NIB', en: 'NIB' }, NIB_EXAMPLE, true);
  if (!text.ok) return text;
  const compact = text.value.replace(/\s+/g, '');
  const shown = show(text.value);
  if (/\D/.test(compact)) {
    return fail(
      `NIB ${shown} hanya boleh berisi angka, tetapi memuat ${nonDigits(compact)}. Tulis 13 angka NIB saja, misalnya "${NIB_EXAMPLE}".`,
      `NIB ${shown} may contain only digits, but it contains ${nonDigits(compact)}. Write just the 13 digits of the NIB, e.g. "${NIB_EXAMPLE}".`,
    );
  }
  if (compact.length !== 13) {
    return fail(
      `NIB ${shown} memiliki ${compact.length} angka, padahal harus 13 angka. Periksa lagi pada dokumen NIB dari OSS, misalnya "${NIB_EXAMPLE}".`,
      `NIB ${shown} has ${compact.length} digits, but it must have 13. Check the NIB document from OSS again, e.g. "${NIB_EXAMPLE}".`,
    );
  }
  return ok(compact);
}

const iso = (date: Date): string => date.toISOString().slice(0, 10);
const pad2 = (s: string): string => s.padStart(2, '0');

/** Validates a calendar date given as a YAML date or a `YYYY-MM-DD` string; returns UTC midnight. */
export function parseDate(input: unknown): Result<Date> {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) {
      return fail(
        `Tanggal tidak valid. Tulis dengan format TAHUN-BULAN-TANGGAL, misalnya ${DATE_EXAMPLE}.`,
        `The date is not valid. Write it as YEAR-MONTH-DAY, e.g. ${DATE_EXAMPLE}.`,
      );
    }
    // YAML reads `2025-01-31 10:00` as a timestamp; a time zone could then move the day.
    if (input.getTime() % 86_400_000 !== 0) {
      return fail(
        `Tanggal ${show(input)} memuat jam. Tulis tanggalnya saja, misalnya ${DATE_EXAMPLE}.`,
        `Date ${show(input)} includes a time. Write only the date, e.g. ${DATE_EXAMPLE}.`,
      );
    }
    return ok(new Date(input.getTime()));
  }
  if (typeof input === 'string') {
    const s = input.trim();
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (ymd) {
      const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
      const date = new Date(0);
      // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
      date.setUTCFullYear(year, month - 1, day);
      if (
        date.getUTCFullYear() !== year ||
        date.getUTCMonth() !== month - 1 ||
        date.getUTCDate() !== day
      ) {
        return fail(
          `Tanggal ${show(input)} tidak ada di kalender. Periksa lagi bulan dan tanggalnya (format TAHUN-BULAN-TANGGAL, misalnya ${DATE_EXAMPLE}).`,
          `Date ${show(input)} does not exist in the calendar. Check the month and day again (format YEAR-MONTH-DAY, e.g. ${DATE_EXAMPLE}).`,
        );
      }
      return ok(date);
    }
    // Indonesian paperwork writes day first (31-01-2025); offer the reordered value.
    const dmy = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(s);
    if (dmy?.[1] && dmy[2] && dmy[3]) {
      const suggestion = `${dmy[3]}-${pad2(dmy[2])}-${pad2(dmy[1])}`;
      return fail(
        `Tanggal ${show(input)} harus ditulis dengan format TAHUN-BULAN-TANGGAL. Jika maksudnya tanggal ${Number(dmy[1])} bulan ${Number(dmy[2])}, tulis ${suggestion}.`,
        `Date ${show(input)} must be written as YEAR-MONTH-DAY. If you mean day ${Number(dmy[1])} of month ${Number(dmy[2])}, write ${suggestion}.`,
      );
    }
  }
  return fail(
    `Tanggal ${show(input)} tidak dikenali. Tulis dengan format TAHUN-BULAN-TANGGAL, misalnya ${DATE_EXAMPLE}.`,
    `Date ${show(input)} is not recognised. Write it as YEAR-MONTH-DAY, e.g. ${DATE_EXAMPLE}.`,
  );
}

/** How many days before expiry a certificate counts as `'expiring'`. */
export const EXPIRING_WITHIN_DAYS = 90;

const utcDay = (date: Date): number => Math.floor(date.getTime() / 86_400_000);

/** What a certificate is on the build date (the one list of statuses). */
export const CERT_STATUSES = ['valid', 'expiring', 'expired'] as const;
export type CertStatus = (typeof CERT_STATUSES)[number];

/** Certificate status on `today`: expired before today, expiring within 90 days, else valid. */
export function certificateStatus(expires: Date | undefined, today: Date): CertStatus {
  if (!expires) return 'valid';
  // Whole UTC days, so the status does not flip during the day a build happens to run.
  const daysLeft = utcDay(expires) - utcDay(today);
  if (daysLeft < 0) return 'expired';
  return daysLeft <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

export interface Halal {
  /** BPJPH certificate number, e.g. `ID00110000000000000`. */
  number: string;
  issued: Date;
  /** Absent for certificates without an end date. */
  expires?: Date;
}

const HALAL_KEYS = ['number', 'issued', 'expires'];
const HALAL_SHAPE = `{ number: "${HALAL_EXAMPLE}", issued: ${DATE_EXAMPLE} }`;

const prefixed = (prefix: Bilingual, error: Bilingual): Result<never> =>
  fail(`${prefix.id} ${error.id}`, `${prefix.en} ${error.en}`);

function parseHalalNumber(input: unknown): Result<string> {
  const what = { id: 'Nomor sertifikat halal', en: 'Halal certificate number' };
  const text = textInput(input, what, HALAL_EXAMPLE, false);
  if (!text.ok) return text;
  const compact = text.value.toUpperCase().replace(/\s+/g, '');
  if (/^ID\d{10,20}$/.test(compact)) return ok(compact);
  const shown = show(text.value);
  const digits = /^ID(\d+)$/.exec(compact)?.[1];
  if (digits !== undefined) {
    return fail(
      `${what.id} ${shown} memiliki ${digits.length} angka setelah ID, padahal harus 10 sampai 20 angka. Salin lagi dari sertifikat BPJPH, misalnya "${HALAL_EXAMPLE}".`,
      `${what.en} ${shown} has ${digits.length} digits after ID, but it must have 10 to 20. Copy it again from the BPJPH certificate, e.g. "${HALAL_EXAMPLE}".`,
    );
  }
  return fail(
    `${what.id} ${shown} tidak dikenali: harus diawali ID lalu 10 sampai 20 angka, seperti pada sertifikat BPJPH, misalnya "${HALAL_EXAMPLE}".`,
    `${what.en} ${shown} is not recognised: it must be ID followed by 10 to 20 digits, as on the BPJPH certificate, e.g. "${HALAL_EXAMPLE}".`,
  );
}

/** Validates a halal certificate `{ number, issued, expires? }`; expiry must follow issue. */
export function parseHalal(input: unknown): Result<Halal> {
  if (
    typeof input !== 'object' ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date
  ) {
    return fail(
      `Sertifikat halal harus berisi nomor dan tanggal terbit, misalnya ${HALAL_SHAPE}, bukan ${show(input)}.`,
      `The halal certificate must have a number and an issue date, e.g. ${HALAL_SHAPE}, not ${show(input)}.`,
    );
  }
  const record = input as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !HALAL_KEYS.includes(key));
  if (unknown.length) {
    const names = unknown.map((key) => show(key)).join(', ');
    return fail(
      `Sertifikat halal memuat kolom yang tidak dikenal: ${names}. Kolom yang boleh dipakai: number, issued, expires.`,
      `The halal certificate has unknown fields: ${names}. The allowed fields are number, issued and expires.`,
    );
  }
  const number = parseHalalNumber(record['number']);
  if (!number.ok) return number;
  if (record['issued'] === undefined || record['issued'] === null) {
    return fail(
      `Tanggal terbit sertifikat halal (issued) belum diisi. Tambahkan, misalnya issued: ${DATE_EXAMPLE}.`,
      `The halal certificate's issue date (issued) is missing. Add it, e.g. issued: ${DATE_EXAMPLE}.`,
    );
  }
  const issued = parseDate(record['issued']);
  if (!issued.ok) {
    return prefixed(
      {
        id: 'Sertifikat halal, tanggal terbit (issued):',
        en: 'Halal certificate, issue date (issued):',
      },
      issued.error,
    );
  }
  // A blank `expires:` in YAML is null: the certificate has no end date.
  if (record['expires'] === undefined || record['expires'] === null) {
    return ok({ number: number.value, issued: issued.value });
  }
  const expires = parseDate(record['expires']);
  if (!expires.ok) {
    return prefixed(
      {
        id: 'Sertifikat halal, tanggal berakhir (expires):',
        en: 'Halal certificate, expiry date (expires):',
      },
      expires.error,
    );
  }
  if (expires.value.getTime() <= issued.value.getTime()) {
    return fail(
      `Tanggal berakhir sertifikat halal (${iso(expires.value)}) harus sesudah tanggal terbitnya (${iso(issued.value)}). Periksa apakah kedua tanggal tertukar atau salah tahun.`,
      `The halal certificate's expiry date (${iso(expires.value)}) must be after its issue date (${iso(issued.value)}). Check whether the two dates are swapped or have a wrong year.`,
    );
  }
  return ok({ number: number.value, issued: issued.value, expires: expires.value });
}
