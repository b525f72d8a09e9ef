import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../../src/lib/validators/result.ts';
import { parseWhatsApp } from '../../../src/lib/validators/whatsapp.ts';
import { waMeLink } from '../../../src/lib/links/whatsapp.ts';

const errorOf = <T>(result: Result<T>) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('parseWhatsApp accepts', () => {
  it.each([
    ['081234567890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812-3456-7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['(0812) 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['62 812 3456 7890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['(+62) 812 3456 7890', '+6281234567890'],
    ['+62 (812) 3456.7890', '+6281234567890'],
    ['0062 812 3456 7890', '+6281234567890'],
    [' 0812 3456 7890 ', '+6281234567890'],
    ['0812345678', '+62812345678'], // 9-digit national number (shortest)
    ['0812345678901', '+62812345678901'], // 12-digit national number (longest)
    ['+62 852 3456 7890', '+6285234567890'],
  ])('%j -> %s', (input, expected) => {
    expect(parseWhatsApp(input)).toEqual({ ok: true, value: expected });
  });
});

describe('parseWhatsApp rejects', () => {
  it.each([
    ['empty', ''],
    ['missing', undefined],
    ['a YAML number', 81234567890],
    ['letters', '0812 3456 789O'],
    ['a name', 'Mama Yuli'],
    ['a wa.me link', 'https://wa.me/6281234567890'],
    ['a plus sign in the middle', '0812+34567890'],
    ['another country code', '+65 8123 4567'],
    ['another country code with 00', '0065 8123 4567'],
    ['a US number', '+1 555 0100 000'],
    ['no 0 or 62 in front', '812 3456 7890'],
    ['a Kupang landline', '(0380) 821234'],
    ['a landline with +62', '+62 380 821234'],
    ['a domestic 0 kept after +62', '+62 0812 3456 7890'],
    ['too short', '0812 3456 7'],
    ['too long', '0812 3456 7890 12'],
    ['only the country code', '+62'],
    ['only a plus', '+'],
    ['starts with another digit', '1234567890'],
  ])('%s (%j)', (_label, input) => {
    expect(parseWhatsApp(input).ok).toBe(false);
  });

  it('explains that a landline cannot receive WhatsApp', () => {
    expect(errorOf(parseWhatsApp('(0380) 821234'))).toMatchInlineSnapshot(`
      {
        "en": "WhatsApp number "(0380) 821234" looks like a landline, not a mobile number. WhatsApp needs a mobile number starting with 08, e.g. "0812 3456 7890".",
        "id": "Nomor WhatsApp "(0380) 821234" tampaknya nomor telepon kantor atau rumah, bukan nomor HP. WhatsApp memerlukan nomor HP yang diawali 08, misalnya "0812 3456 7890".",
      }
    `);
  });

  it('shows the fixed value when the leading 0 is missing', () => {
    expect(errorOf(parseWhatsApp('812 3456 7890'))).toMatchInlineSnapshot(`
      {
        "en": "WhatsApp number "812 3456 7890" is missing its start: add 0 or +62 in front, e.g. "081234567890".",
        "id": "Nomor WhatsApp "812 3456 7890" tidak lengkap di depan: tambahkan 0 atau +62, misalnya "081234567890".",
      }
    `);
  });

  it('asks for quotes when YAML turned the number into a number', () => {
    expect(errorOf(parseWhatsApp(6281234567890)).en).toContain('Put it in quotes');
  });

  it('says whether the number is too short or too long', () => {
    expect(errorOf(parseWhatsApp('0812 3456 7')).en).toContain('too short: 9 digits');
    expect(errorOf(parseWhatsApp('0812 3456 7890 12')).id).toContain('terlalu panjang: 14 angka');
  });
});

describe('parseWhatsApp properties', () => {
  const national = fc
    .tuple(fc.constant('8'), fc.stringMatching(/^\d{8,11}$/))
    .map(([eight, rest]) => `${eight}${rest}`);
  const separator = fc.constantFrom('', ' ', '-', '.', ' - ');
  const written = fc
    .tuple(
      fc.constantFrom('0', '62', '+62', '+62 ', '(+62) ', '0062 '),
      national,
      separator,
      fc.nat(),
    )
    .map(([prefix, digits, sep, cut]) => {
      const at = 1 + (cut % (digits.length - 1));
      return `${prefix}${digits.slice(0, at)}${sep}${digits.slice(at)}`;
    });

  it('every way of writing a mobile number normalises to +62 and the same digits', () => {
    fc.assert(
      fc.property(national, separator, (digits, sep) => {
        const forms = [`0${digits}`, `62${digits}`, `+62${sep}${digits}`];
        for (const form of forms) {
          expect(parseWhatsApp(form)).toEqual({ ok: true, value: `+62${digits}` });
        }
      }),
    );
  });

  it('is idempotent: parsing the normalised value gives it back unchanged', () => {
    fc.assert(
      fc.property(written, (input) => {
        const first = parseWhatsApp(input);
        expect(first.ok).toBe(true);
        if (first.ok) expect(parseWhatsApp(first.value)).toEqual(first);
      }),
    );
  });

  it('never accepts anything that is not +628 followed by 8 to 11 digits', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const result = parseWhatsApp(input);
        if (result.ok) expect(result.value).toMatch(/^\+628\d{8,11}$/);
      }),
    );
  });
});

describe('waMeLink', () => {
  it.each([
    ['+6281234567890', undefined, 'https://wa.me/6281234567890'],
    ['+6281234567890', '', 'https://wa.me/6281234567890'],
    [
      '+6281234567890',
      'Halo, saya mau pesan Kopi Bajawa',
      'https://wa.me/6281234567890?text=Halo%2C%20saya%20mau%20pesan%20Kopi%20Bajawa',
    ],
    ['+6281234567890', 'Tenun & madu?', 'https://wa.me/6281234567890?text=Tenun%20%26%20madu%3F'],
  ])('%s with %j', (e164, message, expected) => {
    expect(waMeLink(e164, message)).toBe(expected);
  });

  it('links a number produced by parseWhatsApp', () => {
    const parsed = parseWhatsApp('0812 3456 7890');
    expect(parsed.ok && waMeLink(parsed.value)).toBe('https://wa.me/6281234567890');
  });

  it.each(['081234567890', '6281234567890', '+62 812 3456 7890', '+0812', ''])(
    'throws on %j, which is not E.164',
    (e164) => {
      expect(() => waMeLink(e164)).toThrow(RangeError);
    },
  );
});
