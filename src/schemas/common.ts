/**
 * Building blocks shared by the content schemas. Validation messages are bilingual and written
 * for editors: a custom issue carries `params.bilingual`, which the content checker prints.
 */
import { z } from 'astro/zod';
import { bilingualMessage } from '../lib/messages/bilingual.ts';
import type { Bilingual, Result } from '../lib/validators/result.ts';
import { charCount, TEXT_LIMITS, type TextLimitName } from './limits.ts';

/** Attaches a bilingual message to a zod issue. */
export function issue<T>(
  ctx: z.core.$RefinementCtx<T>,
  msg: Bilingual,
  path?: (string | number)[],
): void {
  ctx.addIssue({
    code: 'custom',
    message: msg.en,
    params: { bilingual: msg },
    input: undefined,
    ...(path ? { path } : {}),
  });
}

const REQUIRED: Bilingual = {
  id: 'Kolom ini wajib diisi.',
  en: 'This field is required.',
};

/**
 * Turns a pure validator (`unknown` -> `Result`) into a schema whose output is the
 * validator's normalised value.
 */
export function validated<T>(
  validator: (input: unknown) => Result<T>,
  meta?: { description: string; examples?: unknown[] },
) {
  const schema = z.unknown().transform((input, ctx): T => {
    if (input === undefined || input === null) {
      issue(ctx, REQUIRED);
      return z.NEVER;
    }
    const result = validator(input);
    if (result.ok) return result.value;
    issue(ctx, result.error);
    return z.NEVER;
  });
  return meta ? schema.meta(meta) : schema;
}

/** Non-empty text, trimmed. */
export const text = z.string().trim().min(1);

/**
 * Text in the site's languages. Indonesian is required; English is optional (pages fall back
 * to the Indonesian text, marked `lang="id"`). A plain string means Indonesian only.
 */
export const localizedText = z
  .union([
    text,
    z.strictObject({
      /** Indonesian (required). */
      id: text,
      /** English (optional). */
      en: text.optional(),
    }),
  ])
  .transform((v) => (typeof v === 'string' ? { id: v } : v));

export type LocalizedText = z.output<typeof localizedText>;

/** The message for a text over its limit (src/schemas/limits.ts), naming the limit and why. */
export function tooLongMessage(limit: TextLimitName, length: number): Bilingual {
  const { max, shown } = TEXT_LIMITS[limit];
  return {
    id: `Teks ini ${length} karakter; maksimal ${max} karakter agar muat di ${shown.id}. Persingkat ${length - max} karakter.`,
    en: `This text is ${length} characters long; the maximum is ${max} so that it fits ${shown.en}. Shorten it by ${length - max} character${length - max === 1 ? '' : 's'}.`,
  };
}

/** Non-empty text, trimmed, at most the named limit's length. */
export function boundedText(limit: TextLimitName) {
  return text.superRefine((value, ctx) => {
    const length = charCount(value);
    if (length > TEXT_LIMITS[limit].max) issue(ctx, tooLongMessage(limit, length));
  });
}

/** `localizedText` whose Indonesian and English texts each fit the named limit. */
export function boundedLocalizedText(limit: TextLimitName) {
  const one = boundedText(limit);
  return z
    .union([one, z.strictObject({ id: one, en: one.optional() })])
    .transform((v) => (typeof v === 'string' ? { id: v } : v));
}

/** Lowercase kebab-case identifier used in URLs (`kopi`, `kain-tenun`): the one slug pattern. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lowercase kebab-case identifier used in URLs (`kopi`, `kain-tenun`). */
export const slug = z.string().regex(
  SLUG_PATTERN,
  bilingualMessage({
    id: 'Tulis dengan huruf kecil, angka dan tanda minus saja, mis. kain-tenun (bukan "Kain Tenun").',
    en: 'Write it in lowercase letters, digits and dashes only, e.g. kain-tenun (not "Kain Tenun").',
  }),
);
