/** Reads `content/search-synonyms.yaml` once per build (format: src/lib/search/words.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentDir } from '../build/content-dir.ts';
import { parseSearchWords, type SearchWords } from './words.ts';

let cached: Promise<SearchWords> | undefined;

export function loadSynonyms(dir: string = contentDir()): Promise<SearchWords> {
  cached ??= (async () => {
    const file = join(dir, 'search-synonyms.yaml');
    if (!existsSync(file)) return { groups: [], categoryWords: [], priceWords: [] };
    return parseSearchWords(yaml.load(readFileSync(file, 'utf8')), 'content/search-synonyms.yaml');
  })();
  return cached;
}
