/**
 * Permanent short codes printed as QR codes on packaging (`/p/<CODE>/`). Crockford base32 leaves
 * out I, L, O and U so that a code read aloud or retyped from a label cannot be confused with 1
 * and 0; the stored code must match the printed one character for character.
 */
import { fail, ok, show, textInput } from './result.ts';
import type { Result } from './result.ts';

/** Crockford base32 digits, in value order. */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const EXAMPLE = '7K3M9Q';
const WHAT = { id: 'Kode QR', en: 'QR code' };
/**
 * A valid code: 4–12 uppercase Crockford base32 characters. The one pattern for the check, the
 * web editor's field and the open data's JSON Schema.
 */
export const QR_CODE_PATTERN = /^[0-9A-HJKMNP-TV-Z]{4,12}$/;

/** Whether `s` is a valid QR short code: 4–12 uppercase Crockford base32 characters. */
export function isQrCode(s: string): boolean {
  return QR_CODE_PATTERN.test(s);
}

const LOOKALIKE: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/** Validates a QR short code exactly as printed (uppercase Crockford base32, 4–12 characters). */
export function parseQrCode(input: unknown): Result<string> {
  const text = textInput(input, WHAT, EXAMPLE, true);
  if (!text.ok) return text;
  const code = text.value;
  const shown = show(code);
  const others = [...new Set(code.replace(/[0-9a-z]/gi, ''))];
  if (others.length) {
    const chars = others.map((c) => show(c)).join(', ');
    return fail(
      `${WHAT.id} ${shown} memuat ${chars}. Kode hanya berisi huruf dan angka tanpa spasi atau tanda hubung, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} contains ${chars}. A code has only letters and digits, with no spaces or dashes, e.g. "${EXAMPLE}".`,
    );
  }
  const excluded = [...new Set(code.toUpperCase().replace(/[^ILOU]/g, ''))].sort();
  if (excluded.length) {
    const letters = excluded.join(', ');
    const swaps = excluded.flatMap((c) => (LOOKALIKE[c] ? [`${c} → ${LOOKALIKE[c]}`] : []));
    const hint = swaps.length
      ? {
          id: ` (kemungkinan angka, bukan huruf: ${swaps.join(', ')})`,
          en: ` (probably a digit, not a letter: ${swaps.join(', ')})`,
        }
      : { id: '', en: '' };
    return fail(
      `${WHAT.id} ${shown} memuat huruf ${letters}, yang tidak pernah dipakai dalam kode QR. Periksa lagi kode yang tercetak${hint.id}.`,
      `${WHAT.en} ${shown} contains the letter(s) ${letters}, which QR codes never use. Check the printed code again${hint.en}.`,
    );
  }
  if (code.length < 4 || code.length > 12) {
    return fail(
      `${WHAT.id} ${shown} memiliki ${code.length} karakter, padahal harus 4 sampai 12. Salin persis kode yang tercetak di bawah QR, misalnya "${EXAMPLE}".`,
      `${WHAT.en} ${shown} has ${code.length} characters, but it must have 4 to 12. Copy exactly the code printed under the QR code, e.g. "${EXAMPLE}".`,
    );
  }
  if (code !== code.toUpperCase()) {
    return fail(
      `${WHAT.id} ${shown} memuat huruf kecil. Tulis dengan huruf besar persis seperti tercetak: "${code.toUpperCase()}".`,
      `${WHAT.en} ${shown} contains lowercase letters. Write it in capitals exactly as printed: "${code.toUpperCase()}".`,
    );
  }
  return ok(code);
}
