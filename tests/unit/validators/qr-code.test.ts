import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, isQrCode, parseQrCode } from '../../../src/lib/validators/qr-code.ts';
import type { Result } from '../../../src/lib/validators/result.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('CROCKFORD_ALPHABET', () => {
  it('has 32 distinct symbols and none of I, L, O, U', () => {
    expect(new Set(CROCKFORD_ALPHABET).size).toBe(32);
    expect(CROCKFORD_ALPHABET).not.toMatch(/[ILOU]/);
    expect(CROCKFORD_ALPHABET).toBe('0123456789ABCDEFGHJKMNPQRSTVWXYZ');
  });
});

describe('parseQrCode', () => {
  it.each(['7K3M', '7K3M9Q', '0000', '0123456789AB', 'VWXYZ', 'ZZZZZZZZZZZZ'])(
    'accepts %j unchanged',
    (code) => {
      expect(parseQrCode(code)).toEqual({ ok: true, value: code });
      expect(isQrCode(code)).toBe(true);
    },
  );

  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['a YAML number', 1234],
    ['lowercase', '7k3m'],
    ['mixed case', '7K3m9q'],
    ['letter I', 'AB1I'],
    ['letter L', 'ABL1'],
    ['letter O', 'AB1O'],
    ['letter U', 'ABU1'],
    ['lowercase o', 'ab1o'],
    ['too short', 'ABC'],
    ['too long', '0123456789ABC'],
    ['a dash', '7K3M-9Q'],
    ['a space inside', '7K3M 9Q'],
    ['surrounding spaces', ' 7K3M '],
    ['a short link path', '/p/7K3M/'],
    ['an accented letter', 'ÀBCD'],
  ])('rejects %s (%j)', (_label, input) => {
    expect(parseQrCode(input).ok).toBe(false);
    if (typeof input === 'string') expect(isQrCode(input)).toBe(false);
  });

  it('shows the uppercase version of a lowercase code', () => {
    expect(errorOf(parseQrCode('7k3m9q'))).toMatchInlineSnapshot(`
      {
        "en": "QR code "7k3m9q" contains lowercase letters. Write it in capitals exactly as printed: "7K3M9Q".",
        "id": "Kode QR "7k3m9q" memuat huruf kecil. Tulis dengan huruf besar persis seperti tercetak: "7K3M9Q".",
      }
    `);
  });

  it('names the letters that codes never use', () => {
    expect(errorOf(parseQrCode('O1UL'))).toMatchInlineSnapshot(`
      {
        "en": "QR code "O1UL" contains the letter(s) L, O, U, which QR codes never use. Check the printed code again (probably a digit, not a letter: L → 1, O → 0).",
        "id": "Kode QR "O1UL" memuat huruf L, O, U, yang tidak pernah dipakai dalam kode QR. Periksa lagi kode yang tercetak (kemungkinan angka, bukan huruf: L → 1, O → 0).",
      }
    `);
  });

  it('names U without suggesting a digit for it', () => {
    expect(errorOf(parseQrCode('ABU1')).en).toBe(
      'QR code "ABU1" contains the letter(s) U, which QR codes never use. Check the printed code again.',
    );
  });

  it('counts the characters of a code with the wrong length', () => {
    expect(errorOf(parseQrCode('0123456789ABC')).en).toContain('has 13 characters');
  });
});

describe('QR code properties', () => {
  const code = fc
    .array(fc.constantFrom(...CROCKFORD_ALPHABET), { minLength: 4, maxLength: 12 })
    .map((chars) => chars.join(''));

  it('accepts every 4–12 character Crockford string, unchanged', () => {
    fc.assert(
      fc.property(code, (c) => {
        expect(parseQrCode(c)).toEqual({ ok: true, value: c });
      }),
    );
  });

  it('parseQrCode and isQrCode agree on any string', () => {
    fc.assert(
      fc.property(fc.oneof(code, fc.string({ maxLength: 14 })), (s) => {
        expect(parseQrCode(s).ok).toBe(isQrCode(s));
      }),
    );
  });

  it('a lowercase code is rejected with its uppercase form', () => {
    fc.assert(
      fc.property(
        code.filter((c) => /[A-Z]/.test(c)),
        (c) => {
          expect(errorOf(parseQrCode(c.toLowerCase())).en).toContain(`"${c}"`);
        },
      ),
    );
  });
});
