/**
 * Shared shape of every validator: content arrives from YAML as `unknown`, and editors (provincial
 * office staff, not programmers) get a message in both site languages instead of an exception.
 */

/** A message for content editors, in Indonesian and English: what is wrong and how to fix it. */
export interface Bilingual {
  id: string;
  en: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Bilingual };

/** Wraps a valid, normalised value. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Builds a failure from the Indonesian and English messages. */
export const fail = (id: string, en: string): Result<never> => ({ ok: false, error: { id, en } });

const MAX_SHOWN = 60;

/**
 * Renders what the editor wrote, for quoting inside a message. Invisible characters (zero-width
 * space, no-break space, control characters) are spelled out because they are exactly what an
 * editor cannot see when a pasted value "looks right" but fails.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const chars = Array.from(value);
    const short = chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : value;
    return JSON.stringify(short).replace(
      /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u00A0\u2000-\u200A\u202F\u205F\u3000]/gu,
      (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
  }
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    return String(value);
  }
  if (value === null) return 'null';
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Cyclic values cannot come from YAML, but a message must never throw.
  }
  json ??= Object.prototype.toString.call(value);
  const chars = Array.from(json);
  return chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN - 1).join('')}…` : json;
}

/**
 * Accepts a non-empty string field. Identifiers made only of digits get a specific message when
 * YAML turned them into a number, because the number has already lost any leading zero.
 */
export function textInput(
  input: unknown,
  what: Bilingual,
  example: string,
  digitsOnly: boolean,
): Result<string> {
  if (input === undefined || input === null || (typeof input === 'string' && !input.trim())) {
    return fail(
      `${what.id} kosong. Isi dengan nilai seperti "${example}".`,
      `${what.en} is empty. Fill it in, e.g. "${example}".`,
    );
  }
  if (typeof input === 'string') return ok(input);
  if (digitsOnly && typeof input === 'number') {
    return fail(
      `${what.id} ${show(input)} ditulis tanpa tanda kutip, sehingga angka 0 di depan bisa hilang. Tulis di antara tanda kutip persis seperti aslinya, misalnya "${example}".`,
      `${what.en} ${show(input)} is written without quotes, so leading zeros may have been lost. Put it in quotes exactly as printed, e.g. "${example}".`,
    );
  }
  return fail(
    `${what.id} harus berupa teks seperti "${example}", bukan ${show(input)}.`,
    `${what.en} must be text like "${example}", not ${show(input)}.`,
  );
}
