import { describe, expect, it } from 'vitest';
import { fail, ok, show, textInput } from '../../../src/lib/validators/result.ts';

describe('ok and fail', () => {
  it('build the two shapes of a Result', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(fail('salah', 'wrong')).toEqual({ ok: false, error: { id: 'salah', en: 'wrong' } });
  });
});

describe('show', () => {
  it.each([
    ['abc', '"abc"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['a\tb', '"a\\tb"'],
    ['a\u0001b', '"a\\u0001b"'],
    ['a\u200Bb', '"a\\u200Bb"'],
    ['a\u00A0b', '"a\\u00A0b"'],
    ['\uFEFFabc', '"\\uFEFFabc"'],
    ['é ü 𝄞', '"é ü 𝄞"'],
    [42, '42'],
    [-0.5, '-0.5'],
    [true, 'true'],
    [null, 'null'],
    [undefined, 'undefined'],
    [new Date('2025-01-31T00:00:00Z'), '2025-01-31T00:00:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
    [{ a: 1 }, '{"a":1}'],
    [[1, 'x'], '[1,"x"]'],
  ])('%j -> %s', (value, expected) => {
    expect(show(value)).toBe(expected);
  });

  it('shortens long values', () => {
    const shown = show('x'.repeat(200));
    expect(shown).toBe(`"${'x'.repeat(59)}…"`);
  });

  it('never throws, even on values YAML cannot produce', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(show(cyclic)).toBe('[object Object]');
    expect(show(10n)).toBe('10');
    expect(show(Symbol('s'))).toBe('Symbol(s)');
  });
});

describe('textInput', () => {
  const what = { id: 'Kode', en: 'Code' };

  it('passes strings through unchanged', () => {
    expect(textInput(' a b ', what, 'X1', false)).toEqual({ ok: true, value: ' a b ' });
  });

  it.each([undefined, null, '', '  \n'])('reports %j as empty', (input) => {
    expect(textInput(input, what, 'X1', false)).toEqual({
      ok: false,
      error: {
        id: 'Kode kosong. Isi dengan nilai seperti "X1".',
        en: 'Code is empty. Fill it in, e.g. "X1".',
      },
    });
  });

  it('asks for quotes around numeric identifiers that YAML read as numbers', () => {
    expect(textInput(123, what, '0123', true)).toMatchInlineSnapshot(`
      {
        "error": {
          "en": "Code 123 is written without quotes, so leading zeros may have been lost. Put it in quotes exactly as printed, e.g. "0123".",
          "id": "Kode 123 ditulis tanpa tanda kutip, sehingga angka 0 di depan bisa hilang. Tulis di antara tanda kutip persis seperti aslinya, misalnya "0123".",
        },
        "ok": false,
      }
    `);
  });

  it.each([
    [123, false],
    [true, true],
    [{ a: 1 }, true],
    [['a'], false],
  ])('reports %j as the wrong type', (input, digitsOnly) => {
    const result = textInput(input, what, 'X1', digitsOnly);
    expect(!result.ok && result.error.en).toBe(`Code must be text like "X1", not ${show(input)}.`);
  });
});
