import { describe, expect, it } from 'vitest';
import {
  certificateStatus,
  parseBpom,
  parseDate,
  parseHalal,
  parseNib,
  parsePirt,
} from '../../../src/lib/validators/licences.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseBpom', () => {
  it.each([
    ['MD123456789012', 'MD123456789012'],
    ['ML123456789012', 'ML123456789012'],
    ['md 123456789012', 'MD123456789012'],
    ['MD 1234 5678 9012', 'MD123456789012'],
    ['BPOM RI MD 123456789012', 'MD123456789012'],
    ['bpom ri md123456789012', 'MD123456789012'],
    ['BPOM RI: ML 123456789012', 'ML123456789012'],
    ['BPOM MD123456789012', 'MD123456789012'],
    [' MD123456789012 ', 'MD123456789012'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parseBpom(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    [undefined, 'missing'],
    [123456789012, 'a number without MD'],
    ['MD12345678901', '11 digits'],
    ['MD1234567890123', '13 digits'],
    ['MX123456789012', 'another prefix'],
    ['TR123456789012', 'a traditional-medicine prefix'],
    ['123456789012', 'no prefix'],
    ['MD-123456789012', 'a dash'],
    ['BPOM RI', 'only the prefix'],
    ['1234567890123-45', 'a P-IRT number'],
    ['MD12345678901O', 'letter O for zero'],
  ])('rejects %j (%s)', (input, _reason) => {
    expect(parseBpom(input).ok).toBe(false);
  });

  it('counts the digits after MD', () => {
    expect(errorOf(parseBpom('MD 1234 5678 901'))).toMatchInlineSnapshot(`
      {
        "en": "BPOM number "MD 1234 5678 901" has 11 digits after MD, but it must have 12. Check the number on the package again, e.g. "MD123456789012".",
        "id": "Nomor BPOM "MD 1234 5678 901" memiliki 11 angka setelah MD, padahal harus 12 angka. Periksa lagi nomor pada kemasan, misalnya "MD123456789012".",
      }
    `);
  });

  it('points a P-IRT number to its own field', () => {
    expect(errorOf(parseBpom('P-IRT 1234567890123-45')).en).toContain('P-IRT field');
  });
});

describe('parsePirt', () => {
  it.each([
    ['1234567890123-45', '1234567890123-45'],
    ['123456789012345', '1234567890123-45'],
    ['1234 5678 90123-45', '1234567890123-45'],
    ['P-IRT 1234567890123-45', '1234567890123-45'],
    ['PIRT 1234567890123-45', '1234567890123-45'],
    ['P-IRT No. 1234567890123-45', '1234567890123-45'],
    ['p-irt no 1234567890123-45', '1234567890123-45'],
    ['P-IRT No: 123456789012345', '1234567890123-45'],
    ['SPP-IRT 1234567890123-45', '1234567890123-45'],
  ])('accepts %j as %s', (input, expected) => {
    expect(parsePirt(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    [null, 'missing'],
    [123456789012345, 'a number'],
    ['1234567890123-4', 'one digit short'],
    ['12345678901234-56', 'one digit too many'],
    ['123456789012-345', 'dash in the wrong place'],
    ['1234567890123--45', 'two dashes'],
    ['1234567890123-4S', 'letter S for five'],
    ['MD123456789012', 'a BPOM number'],
    ['P-IRT', 'only the prefix'],
  ])('rejects %j (%s)', (input, _reason) => {
    expect(parsePirt(input).ok).toBe(false);
  });

  it('explains the shape and counts the digits', () => {
    expect(errorOf(parsePirt('P-IRT 123456789012-34'))).toMatchInlineSnapshot(`
      {
        "en": "P-IRT number "P-IRT 123456789012-34" has 14 digits, but it must have 15: 13 digits, a dash, then 2 digits, e.g. "1234567890123-45".",
        "id": "Nomor P-IRT "P-IRT 123456789012-34" memiliki 14 angka, padahal harus 15 angka: 13 angka, tanda hubung, lalu 2 angka, misalnya "1234567890123-45".",
      }
    `);
  });

  it('asks for quotes when YAML turned it into a number', () => {
    expect(errorOf(parsePirt(123456789012345)).en).toContain('Put it in quotes');
  });
});

describe('parseNib', () => {
  it.each([
    ['1234567890123', '1234567890123'],
    ['0123456789012', '0123456789012'],
    ['1234 5678 90123', '1234567890123'],
  ])('accepts %j', (input, expected) => {
    expect(parseNib(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'empty'],
    [undefined, 'missing'],
    [1234567890123, 'a number'],
    ['123456789012', '12 digits'],
    ['12345678901234', '14 digits'],
    ['1234-5678-90123', 'dashes'],
    ['NIB 1234567890123', 'a prefix'],
  ])('rejects %j (%s)', (input, _reason) => {
    expect(parseNib(input).ok).toBe(false);
  });

  it('asks for quotes when YAML turned it into a number', () => {
    expect(errorOf(parseNib(123456789012))).toMatchInlineSnapshot(`
      {
        "en": "NIB 123456789012 is written without quotes, so leading zeros may have been lost. Put it in quotes exactly as printed, e.g. "1234567890123".",
        "id": "NIB 123456789012 ditulis tanpa tanda kutip, sehingga angka 0 di depan bisa hilang. Tulis di antara tanda kutip persis seperti aslinya, misalnya "1234567890123".",
      }
    `);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-01-31', '2025-01-31T00:00:00.000Z'],
    [' 2024-02-29 ', '2024-02-29T00:00:00.000Z'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z'],
    ['0099-12-31', '0099-12-31T00:00:00.000Z'],
    [utc('2025-01-31'), '2025-01-31T00:00:00.000Z'],
  ])('accepts %j', (input, expected) => {
    const result = parseDate(input);
    expect(result.ok && result.value.toISOString()).toBe(expected);
  });

  it('returns a copy, not the Date object it was given', () => {
    const input = utc('2025-01-31');
    const result = parseDate(input);
    expect(result.ok && result.value).not.toBe(input);
  });

  it.each([
    ['2025-02-29', 'not a leap year'],
    ['1900-02-29', 'century, not a leap year'],
    ['2025-02-30', 'no such day'],
    ['2025-04-31', 'April has 30 days'],
    ['2025-13-01', 'month 13'],
    ['2025-00-10', 'month 0'],
    ['2025-01-00', 'day 0'],
    ['2025-1-31', 'month without leading zero'],
    ['31-01-2025', 'day first'],
    ['2025/01/31', 'slashes'],
    ['2025-01-31T10:00:00Z', 'a timestamp string'],
    ['', 'empty'],
    [20250131, 'a number'],
    [null, 'null'],
    [new Date(Number.NaN), 'an invalid Date'],
    [new Date('2025-01-31T10:00:00Z'), 'a Date with a time'],
  ])('rejects %j (%s)', (input, _reason) => {
    expect(parseDate(input).ok).toBe(false);
  });

  it('says which date does not exist', () => {
    expect(errorOf(parseDate('2025-02-30'))).toMatchInlineSnapshot(`
      {
        "en": "Date "2025-02-30" does not exist in the calendar. Check the month and day again (format YEAR-MONTH-DAY, e.g. 2025-01-31).",
        "id": "Tanggal "2025-02-30" tidak ada di kalender. Periksa lagi bulan dan tanggalnya (format TAHUN-BULAN-TANGGAL, misalnya 2025-01-31).",
      }
    `);
  });

  it('offers the reordered value for day-first dates', () => {
    expect(errorOf(parseDate('31/1/2025'))).toMatchInlineSnapshot(`
      {
        "en": "Date "31/1/2025" must be written as YEAR-MONTH-DAY. If you mean day 31 of month 1, write 2025-01-31.",
        "id": "Tanggal "31/1/2025" harus ditulis dengan format TAHUN-BULAN-TANGGAL. Jika maksudnya tanggal 31 bulan 1, tulis 2025-01-31.",
      }
    `);
  });

  it('shows the format for anything else', () => {
    expect(errorOf(parseDate('Januari 2025')).id).toContain('TAHUN-BULAN-TANGGAL');
    expect(errorOf(parseDate(true)).en).toContain('YEAR-MONTH-DAY');
  });
});

describe('certificateStatus', () => {
  const today = utc('2025-06-01');
  it.each([
    [undefined, 'valid'],
    ['2025-05-31', 'expired'],
    ['2020-01-01', 'expired'],
    ['2025-06-01', 'expiring'], // still valid on its last day
    ['2025-06-02', 'expiring'],
    ['2025-08-30', 'expiring'], // 90 days ahead
    ['2025-08-31', 'valid'], // 91 days ahead
    ['2030-01-01', 'valid'],
  ] as const)('expires %s -> %s', (expires, expected) => {
    expect(certificateStatus(expires === undefined ? undefined : utc(expires), today)).toBe(
      expected,
    );
  });

  it('compares whole UTC days, whatever the time of day of the build', () => {
    const lateToday = new Date('2025-06-01T23:59:59Z');
    expect(certificateStatus(utc('2025-06-01'), lateToday)).toBe('expiring');
    expect(certificateStatus(utc('2025-08-30'), lateToday)).toBe('expiring');
    expect(certificateStatus(utc('2025-08-31'), lateToday)).toBe('valid');
  });
});

describe('parseHalal', () => {
  const number = 'ID00110000000000000';

  it.each([
    [
      { number, issued: utc('2025-01-31') },
      { number, issued: utc('2025-01-31') },
    ],
    [
      { number: 'id 0011 0000 0000 00000', issued: '2025-01-31' },
      { number, issued: utc('2025-01-31') },
    ],
    [
      { number, issued: '2025-01-31', expires: utc('2029-01-31') },
      { number, issued: utc('2025-01-31'), expires: utc('2029-01-31') },
    ],
    [
      { number, issued: '2025-01-31', expires: null },
      { number, issued: utc('2025-01-31') },
    ],
    [
      { number: 'ID0011000000', issued: '2025-01-31' },
      { number: 'ID0011000000', issued: utc('2025-01-31') },
    ],
    [
      { number: 'ID00110000000000000000', issued: '2025-01-31' },
      { number: 'ID00110000000000000000', issued: utc('2025-01-31') },
    ],
  ])('accepts %j', (input, expected) => {
    expect(parseHalal(input)).toEqual({ ok: true, value: expected });
  });

  it('leaves expires out entirely when there is none', () => {
    const result = parseHalal({ number, issued: '2025-01-31' });
    expect(result.ok && 'expires' in result.value).toBe(false);
  });

  it.each([
    [number, 'just the number'],
    [null, 'null'],
    [[number, '2025-01-31'], 'a list'],
    [{ issued: '2025-01-31' }, 'no number'],
    [{ number }, 'no issue date'],
    [{ number: 'ID001100000', issued: '2025-01-31' }, '9 digits'],
    [{ number: 'ID001100000000000000000', issued: '2025-01-31' }, '21 digits'],
    [{ number: '00110000000000000', issued: '2025-01-31' }, 'no ID prefix'],
    [{ number: 110000000000000, issued: '2025-01-31' }, 'a number'],
    [{ number: 'LPPOM-00110000000000', issued: '2025-01-31' }, 'an old MUI number'],
    [{ number, issued: '31-01-2025' }, 'day-first issue date'],
    [{ number, issued: '2025-02-30' }, 'impossible issue date'],
    [{ number, issued: 2025 }, 'a year only'],
    [{ number, issued: '2025-01-31', expires: '2025-01-31' }, 'expires on the issue date'],
    [{ number, issued: '2025-01-31', expires: '2024-01-31' }, 'expires before issue'],
    [{ number, issued: '2025-01-31', expires: 'never' }, 'unparseable expiry'],
    [{ number, issued: '2025-01-31', expiry: '2029-01-31' }, 'misspelt expires'],
  ])('rejects %j (%s)', (input, _reason) => {
    expect(parseHalal(input).ok).toBe(false);
  });

  it('names both dates when expiry is not after issue', () => {
    expect(errorOf(parseHalal({ number, issued: '2025-01-31', expires: '2024-01-31' })))
      .toMatchInlineSnapshot(`
        {
          "en": "The halal certificate's expiry date (2024-01-31) must be after its issue date (2025-01-31). Check whether the two dates are swapped or have a wrong year.",
          "id": "Tanggal berakhir sertifikat halal (2024-01-31) harus sesudah tanggal terbitnya (2025-01-31). Periksa apakah kedua tanggal tertukar atau salah tahun.",
        }
      `);
  });

  it('says which date field is wrong', () => {
    expect(errorOf(parseHalal({ number, issued: '2025-01-31', expires: '2029-02-29' })).en).toBe(
      'Halal certificate, expiry date (expires): Date "2029-02-29" does not exist in the calendar. Check the month and day again (format YEAR-MONTH-DAY, e.g. 2025-01-31).',
    );
  });

  it('names unknown fields, so a misspelt expiry is not silently ignored', () => {
    expect(errorOf(parseHalal({ number, issued: '2025-01-31', expiry: '2029-01-31' })))
      .toMatchInlineSnapshot(`
        {
          "en": "The halal certificate has unknown fields: "expiry". The allowed fields are number, issued and expires.",
          "id": "Sertifikat halal memuat kolom yang tidak dikenal: "expiry". Kolom yang boleh dipakai: number, issued, expires.",
        }
      `);
  });
});
