/** Reads `content/search-synonyms.yaml` once per build. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT_DIR } from './content-dir.ts';

let cached: Promise<string[][]> | undefined;

export function loadSynonyms(contentDir: string = CONTENT_DIR): Promise<string[][]> {
  cached ??= (async () => {
    const file = join(contentDir, 'search-synonyms.yaml');
    if (!existsSync(file)) return [];
    const data = yaml.load(readFileSync(file, 'utf8'));
    if (!Array.isArray(data)) throw new Error(`${file}: expected a list of word groups`);
    return data.map((group, i) => {
      if (!Array.isArray(group) || group.some((w) => typeof w !== 'string')) {
        throw new Error(
          `${file}: kelompok ke-${i + 1} harus berupa daftar kata, mis. [madu, honey] / group ${i + 1} must be a list of words, e.g. [madu, honey]`,
        );
      }
      return group as string[];
    });
  })();
  return cached;
}
