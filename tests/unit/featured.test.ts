/**
 * What the home page features: the office's list from content/featured.yaml (by folder name or
 * QR code, in its order, while its period runs), the default when nothing is chosen, the photo of
 * each category and island, and the content check's messages for a wrong list.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { checkContent, type Problem } from '../../src/lib/content-check/check.ts';
import {
  coverPhotos,
  defaultFeatured,
  featuredProblems,
  featuredSelection,
  findProduct,
  type FeaturedProduct,
} from '../../src/lib/catalogue/featured.ts';
import { featuredSchema } from '../../src/schemas/featured.ts';
import { breakProduct, makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';

const p = (id: string, category: string, over: Partial<FeaturedProduct['data']> = {}) => ({
  id,
  data: { category, qr: undefined, village: { regency: { code: '53.09' } }, ...over },
});
const day = (s: string) => new Date(`${s}T00:00:00Z`);

const kopi1 = p('kopi-1', 'kopi', { qr: 'RM7B' });
const kopi2 = p('kopi-2', 'kopi');
const kopi3 = p('kopi-3', 'kopi');
const madu1 = p('madu-1', 'madu', { village: { regency: { code: '53.01' } } });
const tenun1 = p('tenun-1', 'kain-tenun');
const active = [kopi1, kopi2, kopi3, madu1, tenun1];

describe('featured products', () => {
  it('finds a product by folder name or by QR code in any case', () => {
    expect(findProduct('kopi-2', active)).toBe(kopi2);
    expect(findProduct('rm7b', active)).toBe(kopi1);
    expect(findProduct(' RM7B ', active)).toBe(kopi1);
    expect(findProduct('kopi-9', active)).toBeUndefined();
  });

  it("shows the office's list in its order while its period runs, with its title", () => {
    const data = featuredSchema.parse({
      title: { id: 'Desember: hadiah untuk hari raya', en: 'December: gifts for the holidays' },
      from: '2026-12-01',
      until: '2026-12-31',
      products: ['madu-1', 'RM7B', 'kopi-3'],
    });
    const during = featuredSelection(data, active, day('2026-12-31'));
    expect(during.chosen).toBe(true);
    expect(during.products.map((x) => x.id)).toEqual(['madu-1', 'kopi-1', 'kopi-3']);
    expect(during.title?.en).toBe('December: gifts for the holidays');
    // Before and after the period: the default, without the title.
    for (const when of ['2026-11-30', '2027-01-01']) {
      const outside = featuredSelection(data, active, day(when));
      expect(outside.chosen, when).toBe(false);
      expect(outside.title, when).toBeUndefined();
    }
  });

  it('falls back to one product of each category in turn when nothing is chosen', () => {
    expect(defaultFeatured(active, 4).map((x) => x.id)).toEqual([
      'kopi-1',
      'madu-1',
      'tenun-1',
      'kopi-2',
    ]);
    expect(defaultFeatured(active, 99)).toHaveLength(active.length);
    const none = featuredSelection(undefined, active, day('2026-12-07'));
    expect(none.chosen).toBe(false);
    expect(none.products.map((x) => x.id)).toEqual(defaultFeatured(active).map((x) => x.id));
    // A list whose products are all gone from the catalogue is no choice either.
    const gone = featuredSelection(
      featuredSchema.parse({ products: ['x'] }),
      active,
      day('2026-12-07'),
    );
    expect(gone.chosen).toBe(false);
    expect(gone.products.length).toBeGreaterThan(0);
  });

  it('pictures a group by the chosen product, else the first featured, else the first one', () => {
    const photos = coverPhotos(
      ['kopi', 'madu', 'kelor'],
      [
        { group: 'kopi', product: 'kopi-3' },
        // A product of another category is not taken (the check reports it).
        { group: 'madu', product: 'kopi-2' },
      ],
      (x, g) => x.data.category === g,
      [kopi2, madu1],
      active,
    );
    expect(photos.get('kopi')?.id).toBe('kopi-3');
    expect(photos.get('madu')?.id).toBe('madu-1');
    expect(photos.get('kelor')).toBeUndefined();
    const fallback = coverPhotos(['kopi'], [], (x, g) => x.data.category === g, [kopi2], active);
    expect(fallback.get('kopi')?.id).toBe('kopi-2');
    const first = coverPhotos(['kopi'], [], (x, g) => x.data.category === g, [], active);
    expect(first.get('kopi')?.id).toBe('kopi-1');
  });

  it('reports unknown, retired and repeated entries, naming each', () => {
    const retired = p('lama', 'kopi', { retired: { date: day('2026-01-01') } });
    const data = featuredSchema.parse({
      from: '2026-12-31',
      until: '2026-12-01',
      products: ['kopi-1', 'kopi-tidak-ada', 'lama', 'rm7b'],
      categoryPhotos: [
        { category: 'kopi', product: 'madu-1' },
        { category: 'teh', product: 'kopi-1' },
      ],
      islandPhotos: [
        { island: 'timor', product: 'kopi-1' },
        { island: 'bulan', product: 'madu-1' },
      ],
    });
    const problems = featuredProblems(
      data,
      [...active, retired],
      ['kopi', 'madu', 'kain-tenun'],
      [{ slug: 'timor', regencyCodes: ['53.01'] }],
    );
    const at = (path: string) =>
      problems.filter((x) => x.path.join('.') === path).map((x) => x.message);
    expect(at('products.1')[0]?.id).toMatch(/Produk "kopi-tidak-ada" tidak ada/);
    expect(at('products.1')[0]?.en).toMatch(/Product "kopi-tidak-ada" does not exist/);
    expect(at('products.2')[0]?.en).toMatch(/Product "lama" is retired/);
    expect(at('products.2')[0]?.id).toMatch(/sudah dihentikan/);
    expect(at('products.3')[0]?.en).toMatch(/"rm7b" is already in the list \(entry 1\)/);
    expect(at('until')[0]?.en).toMatch(/until date is before the from date/);
    expect(at('categoryPhotos.0.product')[0]?.en).toMatch(/"madu-1" is in category "madu"/);
    expect(at('categoryPhotos.1.category')[0]?.en).toMatch(/Category "teh" is not in/);
    expect(at('islandPhotos.0.product')[0]?.en).toMatch(/"kopi-1" is not from the island "timor"/);
    expect(at('islandPhotos.1.island')[0]?.en).toMatch(/Island "bulan" is not in/);
    expect(problems).toHaveLength(8);
    // A valid list has no problem.
    const good = featuredSchema.parse({ products: ['kopi-1', 'madu-1'] });
    expect(featuredProblems(good, active, ['kopi', 'madu'], [])).toEqual([]);
  });
});

describe('content check of content/featured.yaml', () => {
  let dir: string;
  const check = async (): Promise<Problem[]> =>
    (await checkContent({ contentDir: dir, areas: await loadAreas(), root: dir })).problems.filter(
      (x) => x.file === 'featured.yaml',
    );

  beforeAll(async () => {
    dir = await makeContentDir({
      'madu-uji': { source: VALID_PRODUCT },
      'madu-lama': {
        source: breakProduct(
          'added: 2025-05-27',
          'added: 2025-05-27\nretired:\n  date: 2026-01-01',
        ),
      },
    });
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('accepts no file, an empty file and a valid list', async () => {
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'featured.yaml'), '# nothing chosen\n');
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'featured.yaml'), 'products:\n  - madu-uji\n');
    expect(await check()).toEqual([]);
    // A bare list is the featured list; an empty key is no entry.
    writeFileSync(join(dir, 'featured.yaml'), '- madu-uji\n');
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'featured.yaml'), 'title:\nproducts:\n');
    expect(await check()).toEqual([]);
    writeFileSync(join(dir, 'featured.yaml'), '- madu-lama\n');
    expect((await check()).map((x) => x.field)).toEqual(['products[0]']);
  });

  it('fails on a retired or unknown product, naming the entry, its field and line', async () => {
    writeFileSync(
      join(dir, 'featured.yaml'),
      'title:\n  id: Desember\n  en: December\nproducts:\n  - madu-uji\n  - madu-lama\n  - kopi-hilang\n',
    );
    const problems = await check();
    expect(problems.map((x) => [x.field, x.line])).toEqual([
      ['products[1]', 6],
      ['products[2]', 7],
    ]);
    expect(problems[0]?.message.en).toMatch(/"madu-lama" is retired/);
    expect(problems[1]?.message.id).toMatch(/"kopi-hilang" tidak ada/);
    expect(problems[1]?.message.en).toMatch(/e\.g\. madu-uji/);
  });

  it('reports a wrong shape in editor words (unknown field, bad date)', async () => {
    writeFileSync(join(dir, 'featured.yaml'), 'product:\n  - madu-uji\nuntil: 31-12-2026\n');
    const problems = await check();
    expect(problems.map((x) => x.field).sort()).toEqual(['product', 'until']);
    expect(problems.find((x) => x.field === 'until')?.message.en).toMatch(/2026-12-31/);
  });
});
