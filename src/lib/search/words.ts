/**
 * `content/search-synonyms.yaml`, parsed: the words people type that are in no product's own
 * text. Three kinds of entry:
 * - a list of words (`[madu, honey]`): synonyms; a product whose name, tags or category holds one
 *   of them gets the others in its search entry;
 * - `{ categories: [...], words: [...] }`: one way; every product of those categories gets the
 *   words (`oleh-oleh` fits all food and crafts, but a product named "oleh-oleh" is no coffee);
 * - `{ sort: price, words: [...] }`: words that ask for low prices (`murah`, `cheap`); the search
 *   page suggests sorting by price instead of searching for them.
 */
import type { Bilingual } from '../validators/result.ts';

export interface SearchWords {
  groups: string[][];
  categoryWords: { categories: string[]; words: string[] }[];
  priceWords: string[];
}

export class SearchWordsError extends Error {
  readonly bilingual: Bilingual;
  constructor(bilingual: Bilingual) {
    super(`${bilingual.id}\n${bilingual.en}`);
    this.name = 'SearchWordsError';
    this.bilingual = bilingual;
  }
}

const isWords = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((w) => typeof w === 'string' && w.trim() !== '');

const lower = (words: string[]) => words.map((w) => w.trim().toLowerCase());

/**
 * Validates the file's data. `categories`, when given, are the known category ids: an entry
 * naming another one is an error (a typo would silently add nothing).
 */
export function parseSearchWords(
  data: unknown,
  file: string,
  categories?: readonly string[],
): SearchWords {
  const fail = (i: number, id: string, en: string): never => {
    throw new SearchWordsError({
      id: `${file}: entri ke-${i + 1}: ${id}`,
      en: `${file}: entry ${i + 1}: ${en}`,
    });
  };
  if (data === null || data === undefined) return { groups: [], categoryWords: [], priceWords: [] };
  if (!Array.isArray(data))
    throw new SearchWordsError({
      id: `${file}: isinya harus berupa daftar, mis. "- [madu, honey]"`,
      en: `${file}: the file must be a list, e.g. "- [madu, honey]"`,
    });
  const out: SearchWords = { groups: [], categoryWords: [], priceWords: [] };
  data.forEach((entry: unknown, i) => {
    if (Array.isArray(entry)) {
      if (!isWords(entry))
        fail(
          i,
          'kelompok harus berupa daftar kata, mis. [madu, honey]',
          'a group must be a list of words, e.g. [madu, honey]',
        );
      out.groups.push(lower(entry as string[]));
      return;
    }
    if (typeof entry !== 'object' || entry === null)
      return fail(
        i,
        'tulis daftar kata, mis. [madu, honey]',
        'write a list of words, e.g. [madu, honey]',
      );
    const e = entry as Record<string, unknown>;
    const keys = Object.keys(e).sort().join(',');
    if (keys === 'sort,words') {
      if (e['sort'] !== 'price')
        fail(
          i,
          'satu-satunya urutan yang dikenal adalah "sort: price"',
          'the only known sort is "sort: price"',
        );
      if (!isWords(e['words']))
        fail(i, '"words" harus berupa daftar kata', '"words" must be a list of words');
      out.priceWords.push(...lower(e['words'] as string[]));
      return;
    }
    if (keys === 'categories,words') {
      if (!isWords(e['categories']) || !isWords(e['words']))
        fail(
          i,
          '"categories" dan "words" harus berupa daftar',
          '"categories" and "words" must be lists',
        );
      const unknown = categories
        ? (e['categories'] as string[]).filter((c) => !categories.includes(c))
        : [];
      if (unknown.length)
        fail(
          i,
          `kategori ${unknown.join(', ')} tidak ada di content/categories.yaml. Pilih dari: ${categories?.join(', ')}`,
          `categories ${unknown.join(', ')} are not in content/categories.yaml. Choose from: ${categories?.join(', ')}`,
        );
      out.categoryWords.push({
        categories: e['categories'] as string[],
        words: lower(e['words'] as string[]),
      });
      return;
    }
    fail(
      i,
      'tulis daftar kata [a, b], atau { categories: [...], words: [...] }, atau { sort: price, words: [...] }',
      'write a list of words [a, b], or { categories: [...], words: [...] }, or { sort: price, words: [...] }',
    );
  });
  return out;
}

/** The words a category adds to each of its products (one-way entries). */
export function categoryTerms(category: string, words: SearchWords): string[] {
  return [
    ...new Set(
      words.categoryWords.filter((c) => c.categories.includes(category)).flatMap((c) => c.words),
    ),
  ];
}
