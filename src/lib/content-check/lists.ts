/**
 * Checks of the two word/place lists the search uses: `content/islands.yaml` (every regency's
 * main island, src/lib/places/islands.ts) and `content/search-synonyms.yaml` (src/lib/search/words.ts).
 * Kept apart from check.ts, which calls them, so each list's rules sit with its module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { AreaIndex } from '../places/areas.ts';
import { islandProblems } from '../places/islands.ts';
import { parseSearchWords, SearchWordsError } from '../search/words.ts';
import { islandSchema } from '../../schemas/island.ts';
import { LOCALES } from '../text/locales.ts';
import { INFO_PAGES } from '../links/urls.ts';
import { fieldPath } from '../messages/bilingual.ts';
import { zodProblems } from './zod-problems.ts';
import { parseYaml } from '../content-files/source.ts';
import type { Problem } from './check.ts';

/**
 * `content/pages/<slug>.<locale>.md`: required, since every page's footer links them. Checked
 * here so a missing one stops the build with this message, before any page is rendered.
 */
export function checkInfoPages(contentDir: string, rel: (path: string) => string): Problem[] {
  const problems: Problem[] = [];
  for (const slug of INFO_PAGES) {
    for (const locale of LOCALES) {
      const path = join(contentDir, 'pages', `${slug}.${locale}.md`);
      if (existsSync(path)) continue;
      const file = rel(path);
      problems.push({
        file,
        message: {
          id: `Berkas ${file} tidak ada: halaman ini ditautkan dari kaki setiap halaman. Buat berkas itu (judul di title:, ringkasan di description:), mis. salin ${slug}.${locale === 'id' ? 'en' : 'id'}.md lalu terjemahkan.`,
          en: `${file} is missing: every page's footer links it. Create the file (with title: and description:), e.g. copy ${slug}.${locale === 'id' ? 'en' : 'id'}.md and translate it.`,
        },
      });
    }
  }
  return problems;
}

/** `content/islands.yaml`: required; its shape, then the whole-list rules. */
export function checkIslands(
  contentDir: string,
  rel: (path: string) => string,
  areas: AreaIndex,
): Problem[] {
  const path = join(contentDir, 'islands.yaml');
  const file = rel(path);
  if (!existsSync(path))
    return [
      {
        file,
        message: {
          id: 'Berkas daftar pulau tidak ada. Buat berkas ini: setiap kabupaten/kota tercantum di bawah pulau utamanya (lihat docs/editor-guide.md).',
          en: 'The island list file is missing. Create it: every regency/city listed under its main island (see docs/editor-guide.md).',
        },
      },
    ];
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (!parsed.ok) return [{ file, line: parsed.line, message: parsed.error }];
  const list = z.array(islandSchema);
  const result = list.safeParse(parsed.value.data, { reportInput: true });
  if (!result.success) {
    return zodProblems(result.error, file, list, parsed.value);
  }
  return islandProblems(result.data, areas.regencies).map((p) => ({
    file,
    field: p.path.length ? fieldPath(p.path) : undefined,
    line: p.path.length ? parsed.value.lineOf(p.path) : undefined,
    message: p.message,
  }));
}

/** `content/search-synonyms.yaml`: optional; entries' shapes and their category ids. */
export function checkSearchWords(
  contentDir: string,
  rel: (path: string) => string,
  categories: readonly string[],
): Problem[] {
  const path = join(contentDir, 'search-synonyms.yaml');
  if (!existsSync(path)) return [];
  const file = rel(path);
  const parsed = parseYaml(readFileSync(path, 'utf8'));
  if (!parsed.ok) return [{ file, line: parsed.line, message: parsed.error }];
  try {
    parseSearchWords(parsed.value.data, file, categories.length ? categories : undefined);
    return [];
  } catch (error) {
    if (error instanceof SearchWordsError) return [{ file, message: error.bilingual }];
    throw error;
  }
}
