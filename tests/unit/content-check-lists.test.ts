/** The content check on a broken island list and a broken search-words file. */
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { checkContent, type Problem } from '../../src/lib/content-check/check.ts';
import { makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';

let dir: string;
const check = async (): Promise<Problem[]> =>
  (await checkContent({ contentDir: dir, areas: await loadAreas(), root: dir })).problems;

beforeAll(async () => {
  dir = await makeContentDir({ 'valid-product': { source: VALID_PRODUCT } });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content check of content/islands.yaml', () => {
  it('passes the real list', async () => {
    expect(await check()).toEqual([]);
  });

  it('names a regency moved to a second island, with the line and the fix', async () => {
    const file = join(dir, 'islands.yaml');
    const real = readFileSync(file, 'utf8');
    try {
      // Kupang (53.01) also listed under Sumba.
      writeFileSync(
        file,
        real.replace("    - { code: '53.11' }", "    - { code: '53.11' }\n    - { code: '53.01' }"),
      );
      const problems = (await check()).filter((p) => p.file === 'islands.yaml');
      expect(problems).toHaveLength(1);
      expect(problems[0]?.field).toMatch(/^\[\d\]\.regencies\[\d\]\.code$/);
      expect(problems[0]?.line).toBeGreaterThan(1);
      expect(problems[0]?.message.en).toMatch(
        /53.01 \(Kupang\) is already listed under island "timor"/,
      );
      // A regency left out.
      writeFileSync(file, real.replace("    - { code: '53.21' } # Malaka\n", ''));
      const missing = (await check()).filter((p) => p.file === 'islands.yaml');
      expect(missing.map((p) => p.message.id)).toEqual([expect.stringContaining('53.21 Malaka')]);
      // A missing file.
      unlinkSync(file);
      expect((await check()).map((p) => p.message.en)).toContain(
        'The island list file is missing. Create it: every regency/city listed under its main island (see docs/editor-guide.md).',
      );
    } finally {
      writeFileSync(file, real);
    }
  }, 60_000);

  it('rejects a search-words entry naming an unknown category', async () => {
    const file = join(dir, 'search-synonyms.yaml');
    try {
      writeFileSync(file, '- [madu, honey]\n- { categories: [kopii], words: [oleh-oleh] }\n');
      const problems = (await check()).filter((p) => p.file === 'search-synonyms.yaml');
      expect(problems).toHaveLength(1);
      expect(problems[0]?.message.id).toMatch(/entri ke-2: kategori kopii tidak ada/);
    } finally {
      rmSync(file, { force: true });
    }
  }, 60_000);
});

describe('content check of the information pages (content/pages/)', () => {
  it('names a missing page file and how to create it', async () => {
    const file = join(dir, 'pages', 'tentang.en.md');
    const real = readFileSync(file, 'utf8');
    try {
      unlinkSync(file);
      const problems = await check();
      expect(problems).toHaveLength(1);
      expect(problems[0]?.file).toBe('pages/tentang.en.md');
      expect(problems[0]?.message.en).toMatch(
        /^pages\/tentang\.en\.md is missing: every page's footer links it\. Create the file .*copy tentang\.id\.md/,
      );
      expect(problems[0]?.message.id).toMatch(/^Berkas pages\/tentang\.en\.md tidak ada/);
    } finally {
      writeFileSync(file, real);
    }
  }, 60_000);
});
