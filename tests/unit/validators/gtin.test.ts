import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gtin13Of,
  gtinCheckDigit,
  isRestrictedCirculationGtin,
  parseGtin,
} from '../../../src/lib/validators/gtin.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('gtinCheckDigit', () => {
  it.each([
    ['899123456789', 1],
    ['400638133393', 1], // GS1's own worked example: 4006381333931
    ['9638507', 4], // EAN-8 96385074
    ['03600029145', 2], // UPC-A 036000291452
    ['1061414100001', 9], // GTIN-14 10614141000019
    ['000000000000', 0],
  ])('%s -> %i', (body, digit) => {
    expect(gtinCheckDigit(body)).toBe(digit);
  });

  it.each(['', '12a4', '12 34', '-1'])('throws on non-digit input %j', (body) => {
    expect(() => gtinCheckDigit(body)).toThrow(RangeError);
  });
});

describe('parseGtin accepts', () => {
  it.each([
    ['8991234567891', '08991234567891', 13, '8991234567891'],
    ['899 1234 567891', '08991234567891', 13, '8991234567891'],
    ['  8991234567891\n', '08991234567891', 13, '8991234567891'],
    ['96385074', '00000096385074', 8, '96385074'],
    ['036000291452', '00036000291452', 12, '036000291452'],
    ['10614141000019', '10614141000019', 14, '10614141000019'],
    ['08991234567891', '08991234567891', 14, '08991234567891'],
  ])('%j', (input, gtin14, length, original) => {
    expect(parseGtin(input)).toEqual({ ok: true, value: { gtin14, length, original } });
  });
});

describe('parseGtin rejects', () => {
  it.each([
    ['empty string', ''],
    ['only spaces', '   '],
    ['undefined', undefined],
    ['null', null],
    ['a number (leading zeros lost)', 8991234567891],
    ['a boolean', true],
    ['a list', ['8991234567891']],
    ['letters', '899123456789X'],
    ['dashes', '899-1234-567891'],
    ['a decimal point', '8991234567.891'],
    ['7 digits', '9638507'],
    ['9 digits', '963850741'],
    ['11 digits', '03600029145'],
    ['15 digits', '108991234567891'],
    ['wrong check digit', '8991234567895'],
    ['swapped digits', '8991234567819'],
  ])('%s', (_label, input) => {
    expect(parseGtin(input).ok).toBe(false);
  });

  it('asks for quotes when YAML turned the GTIN into a number', () => {
    expect(errorOf(parseGtin(8991234567891))).toMatchInlineSnapshot(`
      {
        "en": "GTIN (barcode number) 8991234567891 is written without quotes, so leading zeros may have been lost. Put it in quotes exactly as printed, e.g. "8991234567891".",
        "id": "GTIN (nomor barcode) 8991234567891 ditulis tanpa tanda kutip, sehingga angka 0 di depan bisa hilang. Tulis di antara tanda kutip persis seperti aslinya, misalnya "8991234567891".",
      }
    `);
  });

  it('names the expected check digit', () => {
    expect(errorOf(parseGtin('8991234567895'))).toMatchInlineSnapshot(`
      {
        "en": "GTIN "8991234567895" is not valid: the last digit (check digit) should be 1, not 5. Compare each digit with the barcode on the package; usually one digit was mistyped.",
        "id": "GTIN "8991234567895" tidak valid: angka terakhir (angka pemeriksa) seharusnya 1, bukan 5. Bandingkan setiap angka dengan barcode pada kemasan; biasanya ada satu angka yang salah ketik.",
      }
    `);
  });

  it('lists the allowed lengths', () => {
    expect(errorOf(parseGtin('12345')).en).toContain('8, 12, 13 or 14');
    expect(errorOf(parseGtin('12345')).id).toContain('8, 12, 13 atau 14');
  });

  it('names the offending characters', () => {
    expect(errorOf(parseGtin('899-1234-56789O')).en).toContain('"-", "O"');
  });
});

describe('gtin13Of', () => {
  it.each([
    ['08991234567891', '8991234567891'],
    ['00036000291452', '0036000291452'],
    ['10614141000019', undefined],
    ['8991234567891', undefined],
    ['0899123456789X', undefined],
  ])('%s -> %s', (gtin14, expected) => {
    expect(gtin13Of(gtin14)).toBe(expected);
  });
});

describe('isRestrictedCirculationGtin', () => {
  it.each([
    ['02000000000008', true], // EAN-13 prefix 20 (variable-measure, in-store)
    ['02912345678904', true], // EAN-13 prefix 29
    ['00212345678905', true], // UPC-A number system 2 (GS1 Prefix 02x)
    ['00412345678903', true], // UPC-A number system 4 (GS1 Prefix 04x, company internal)
    ['00000002345678', true], // RCN-8 (EAN-8 with GS1-8 Prefix 2)
    ['00000000123457', true], // RCN-8 (EAN-8 with GS1-8 Prefix 0)
    ['08991234567891', false], // EAN-13 prefix 899 (Indonesia)
    ['00036000291452', false], // UPC-A number system 0
    ['00000096385074', false], // ordinary EAN-8
    ['10614141000019', false], // GTIN-14 with indicator digit 1
    ['12000000000000', false], // a "2" that is not in the GS1 Prefix position
    ['0200000000000', false], // 13 digits: not a GTIN-14
  ])('%s -> %s', (gtin14, expected) => {
    expect(isRestrictedCirculationGtin(gtin14)).toBe(expected);
  });

  it('agrees with parseGtin for EAN-13 numbers starting with 2', () => {
    const parsed = parseGtin(`200000000000${gtinCheckDigit('200000000000')}`);
    expect(parsed.ok && isRestrictedCirculationGtin(parsed.value.gtin14)).toBe(true);
  });
});

describe('GTIN check digit properties', () => {
  const body = fc.oneof(
    fc.stringMatching(/^\d{7}$/),
    fc.stringMatching(/^\d{11}$/),
    fc.stringMatching(/^\d{12}$/),
    fc.stringMatching(/^\d{13}$/),
  );

  it('a body plus its check digit is accepted and round-trips to GTIN-14', () => {
    fc.assert(
      fc.property(body, (digits) => {
        const gtin = `${digits}${gtinCheckDigit(digits)}`;
        const parsed = parseGtin(gtin);
        expect(parsed).toEqual({
          ok: true,
          value: { gtin14: gtin.padStart(14, '0'), length: gtin.length, original: gtin },
        });
        // Parsing the normalised form again gives the same GTIN-14.
        expect(parsed.ok && parseGtin(parsed.value.gtin14)).toMatchObject({
          ok: true,
          value: { gtin14: gtin.padStart(14, '0') },
        });
      }),
    );
  });

  it('changing any single digit is detected', () => {
    fc.assert(
      fc.property(body, fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, position, delta) => {
        const gtin = `${digits}${gtinCheckDigit(digits)}`;
        const i = position % gtin.length;
        const changed = (Number(gtin[i]) + delta) % 10;
        const typo = `${gtin.slice(0, i)}${changed}${gtin.slice(i + 1)}`;
        expect(parseGtin(typo).ok).toBe(false);
      }),
    );
  });
});
