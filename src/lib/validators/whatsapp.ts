/**
 * WhatsApp contact numbers of producers. Editors write Indonesian numbers in every local style
 * (0812-3456-7890, +62 812 3456 7890, (0812) 3456.7890); the catalogue stores E.164 so that links
 * and duplicates compare equal.
 */
import { fail, ok, show, textInput } from './result.ts';
import type { Result } from './result.ts';

const EXAMPLE = '0812 3456 7890';
const WHAT = { id: 'Nomor WhatsApp', en: 'WhatsApp number' };

const unrecognised = (shown: string): Result<never> =>
  fail(
    `${WHAT.id} ${shown} tidak dikenali. Nomor HP Indonesia diawali 08 atau +628, misalnya "${EXAMPLE}".`,
    `${WHAT.en} ${shown} is not recognised. Indonesian mobile numbers start with 08 or +628, e.g. "${EXAMPLE}".`,
  );

/**
 * The number `npm run new:product` writes when the editor gives none (0800 is Indonesia's
 * toll-free prefix, never a mobile line); the checker refuses it in a non-sample product.
 */
export const PLACEHOLDER_WHATSAPP = '0800-0000-0000';

/** Validates an Indonesian mobile number and normalises it to E.164 (`+628…`). */
export function parseWhatsApp(input: unknown): Result<string> {
  const text = textInput(input, WHAT, EXAMPLE, true);
  if (!text.ok) return text;
  const shown = show(text.value);
  // Separators carry no meaning; "(+62) 812-3456.7890" is as valid as "+6281234567890".
  const compact = text.value.replace(/[\s().-]/g, '');
  const invalid = compact.replace(/^\+/, '').replace(/\d/g, '');
  if (invalid) {
    const chars = [...new Set(invalid)].map((c) => show(c)).join(', ');
    return fail(
      `${WHAT.id} ${shown} memuat ${chars}. Tulis angkanya saja (spasi dan tanda hubung boleh), misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} contains ${chars}. Write only the digits (spaces and dashes are fine), e.g. "${EXAMPLE}".`,
    );
  }
  const digits = compact.replace(/^\+/, '');
  // "+" and the international dialling prefix "00" both introduce a country code.
  const plus = compact.startsWith('+');
  const international = plus ? digits : digits.startsWith('00') ? digits.slice(2) : undefined;
  let national: string;
  if (international !== undefined) {
    if (!international.startsWith('62')) {
      return fail(
        `${WHAT.id} ${shown} bukan nomor Indonesia (kode negara harus +62). Katalog hanya memuat nomor Indonesia, misalnya "+62 812 3456 7890".`,
        `${WHAT.en} ${shown} is not an Indonesian number (the country code must be +62). The catalogue only lists Indonesian numbers, e.g. "+62 812 3456 7890".`,
      );
    }
    national = international.slice(2);
  } else if (digits.startsWith('62')) {
    national = digits.slice(2);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else if (digits.startsWith('8')) {
    return fail(
      `${WHAT.id} ${shown} tidak lengkap di depan: tambahkan 0 atau +62, misalnya "0${digits}".`,
      `${WHAT.en} ${shown} is missing its start: add 0 or +62 in front, e.g. "0${digits}".`,
    );
  } else {
    return unrecognised(shown);
  }
  if (!national) return unrecognised(shown);
  if (national.startsWith('0')) {
    // "+62 0812…" keeps the domestic 0 that must be dropped after the country code.
    return fail(
      `${WHAT.id} ${shown} memakai 0 sesudah +62. Hapus angka 0 itu: tulis "+62${national.slice(1)}" atau "${national}".`,
      `${WHAT.en} ${shown} has a 0 after +62. Remove that 0: write "+62${national.slice(1)}" or "${national}".`,
    );
  }
  if (!national.startsWith('8')) {
    return fail(
      `${WHAT.id} ${shown} tampaknya nomor telepon kantor atau rumah, bukan nomor HP. WhatsApp memerlukan nomor HP yang diawali 08, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} looks like a landline, not a mobile number. WhatsApp needs a mobile number starting with 08, e.g. "${EXAMPLE}".`,
    );
  }
  if (national.length < 9 || national.length > 12) {
    const count = national.length + 1;
    return fail(
      `${WHAT.id} ${shown} terlalu ${national.length < 9 ? 'pendek' : 'panjang'}: ${count} angka jika ditulis dengan 08, padahal nomor HP memiliki 10 sampai 13 angka. Periksa lagi, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} is too ${national.length < 9 ? 'short' : 'long'}: ${count} digits when written with 08, but mobile numbers have 10 to 13. Check it again, e.g. "${EXAMPLE}".`,
    );
  }
  return ok(`+62${national}`);
}
