/**
 * Turns zod issues into messages for editors, in Indonesian and English: what is wrong and
 * how to fix it. Custom checks carry their own bilingual text (`params.bilingual`, or a
 * message made by `bilingualMessage`); zod's built-in issues are translated here.
 */
import type { z } from 'astro/zod';
import { editDistance } from '../places/areas.ts';
import { show, type Bilingual } from '../validators/result.ts';
import { indonesianFieldHint } from './field-hints.ts';

const MARK = 'bilingual:';

/** Packs a bilingual message into zod's single `message` string (for `.regex(re, msg)`). */
export function bilingualMessage(msg: Bilingual): string {
  return `${MARK}${JSON.stringify(msg)}`;
}

/** `['producer', 'marketplaces', 0, 'url']` -> `producer.marketplaces[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  boolean: { id: 'true atau false', en: 'true or false' },
  array: { id: 'daftar (baris diawali "- ")', en: 'a list (lines starting with "- ")' },
  object: {
    id: 'kelompok kolom (baris menjorok di bawahnya)',
    en: 'a group of fields (indented lines below it)',
  },
  date: { id: 'tanggal YYYY-MM-DD', en: 'a date YYYY-MM-DD' },
};

function typeName(t: string): Bilingual {
  return TYPE_NAMES[t] ?? { id: t, en: t };
}

function received(input: unknown): string {
  if (Array.isArray(input)) return 'list';
  if (input === null) return 'null';
  return typeof input === 'object' ? 'object' : show(input);
}

/**
 * One editor-facing message for a zod issue. `knownKeys` are the field names allowed at the
 * issue's location (for "did you mean" on unknown fields).
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  knownKeys: readonly string[] = [],
): Bilingual {
  const params = (issue as { params?: { bilingual?: Bilingual } }).params;
  if (params?.bilingual) return params.bilingual;
  if (issue.message.startsWith(MARK))
    return JSON.parse(issue.message.slice(MARK.length)) as Bilingual;

  const missing = (issue as { input?: unknown }).input === undefined;
  if (
    missing &&
    (issue.code === 'invalid_type' ||
      issue.code === 'invalid_union' ||
      issue.code === 'invalid_value')
  ) {
    const want =
      issue.code === 'invalid_value'
        ? {
            id: `salah satu dari: ${issue.values.join(', ')}`,
            en: `one of: ${issue.values.join(', ')}`,
          }
        : typeName(issue.code === 'invalid_type' ? issue.expected : 'string');
    return {
      id: `Kolom wajib ini belum diisi. Tambahkan dengan isi berupa ${want.id}.`,
      en: `This required field is missing. Add it, with ${want.en} as its value.`,
    };
  }

  switch (issue.code) {
    case 'invalid_type': {
      const want = typeName(issue.expected);
      return {
        id: `Harus berupa ${want.id}, tetapi tertulis ${received(issue.input)}.`,
        en: `Must be ${want.en}, but it is ${received(issue.input)}.`,
      };
    }
    case 'unrecognized_keys': {
      const hints = issue.keys.map((k) => {
        const best = indonesianFieldHint(k, knownKeys) ?? closest(k, knownKeys);
        return best ? `"${k}" (→ "${best}"?)` : `"${k}"`;
      });
      // `{ id: per bungkus, 500 g }` splits at the comma and makes "500 g" look like a field.
      const comma = issue.keys.some((k) => /\s/.test(k));
      return {
        id: `Kolom tidak dikenal: ${hints.join(', ')}. Periksa ejaan, atau hapus kolom itu. Kolom yang boleh: ${knownKeys.join(', ')}.${comma ? ' Jika teks berisi koma di dalam { }, beri tanda kutip: { id: "per bungkus, 500 g" }.' : ''}`,
        en: `Unknown field: ${hints.join(', ')}. Check the spelling, or remove it. Allowed fields: ${knownKeys.join(', ')}.${comma ? ' If a text inside { } contains a comma, put it in quotes: { id: "per bungkus, 500 g" }.' : ''}`,
      };
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return {
        id: `Nilai ${show(issue.input)} tidak dikenal. Pilih salah satu: ${allowed}.`,
        en: `Value ${show(issue.input)} is not allowed. Choose one of: ${allowed}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return { id: 'Tidak boleh kosong. Isi teksnya.', en: 'Must not be empty. Write the text.' };
      }
      if (issue.origin === 'array') {
        return {
          id: `Daftar ini perlu paling sedikit ${String(issue.minimum)} isi.`,
          en: `This list needs at least ${String(issue.minimum)} entries.`,
        };
      }
      return {
        id: `Terlalu kecil: paling sedikit ${String(issue.minimum)}.`,
        en: `Too small: at least ${String(issue.minimum)}.`,
      };
    }
    case 'invalid_union':
      return {
        id: 'Tulis teks biasa (bahasa Indonesia), atau dua baris menjorok "id:" dan "en:" untuk kedua bahasa.',
        en: 'Write plain text (Indonesian), or two indented lines "id:" and "en:" for both languages.',
      };
    case 'invalid_format':
      return {
        id: `Format ${show(issue.input)} tidak sesuai (${issue.format}).`,
        en: `${show(issue.input)} does not have the expected format (${issue.format}).`,
      };
    default:
      return { id: issue.message, en: issue.message };
  }
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
