/**
 * The web editor's form for content/featured.yaml: one field per schema field, products to pick
 * from are those on sale (never a retired one), and what the form writes passes the content
 * check's schema.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { cmsBackend } from '../../src/lib/cms/backend.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import {
  buildCmsConfig,
  categoryChoices,
  islandChoices,
  productChoices,
  productJsonSchema,
} from '../../src/lib/cms/config-load.ts';
import { FEATURED_PATH } from '../../src/lib/cms/featured.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { featuredSchema } from '../../src/schemas/featured.ts';
import { ROOT } from '../helpers/paths.ts';

const content = join(ROOT, 'content');

interface FilesCollection {
  name: string;
  files: { file: string; fields: CmsField[] }[];
}

describe('web editor form for the featured products', () => {
  it('offers only products on sale, by folder name', () => {
    const products = productChoices(content);
    expect(products.length).toBe(44);
    expect(products.map((p) => p.value)).toContain('kopi-arabika-golewa');
    expect(products.map((p) => p.value)).not.toContain('garam-halus-contoh-dihentikan');
    expect(products.find((p) => p.value === 'kopi-arabika-golewa')?.label).toMatch(/^Kopi/);
    expect(islandChoices(content).map((i) => i.value)).toContain('flores');
  });

  it('has one editor field per field of the schema, writing content/featured.yaml', async () => {
    const config = (await buildCmsConfig(content, {})) as { collections: FilesCollection[] };
    const featured = config.collections.find((c) => c.name === 'featured');
    expect(featured?.files[0]?.file).toBe(FEATURED_PATH);
    const fields = featured?.files[0]?.fields ?? [];
    const json = z.toJSONSchema(featuredSchema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, unknown>;
    };
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(json.properties).sort());
    // The product list keeps its order (a list of single choices, not a multi-select).
    const list = fields.find((f) => f.name === 'products');
    expect(list).toMatchObject({ widget: 'list', max: 12 });
    expect(list?.field?.options?.length).toBe(44);
  });

  it('writes values the schema accepts (title pair, dates, choices)', () => {
    const written = {
      title: { id: 'Desember: hadiah untuk hari raya', en: 'December: gifts for the holidays' },
      from: '2026-12-01',
      until: '2026-12-31',
      products: ['kopi-arabika-golewa'],
      categoryPhotos: [{ category: 'kopi', product: 'kopi-arabika-golewa' }],
      islandPhotos: [{ island: 'flores', product: 'kopi-arabika-golewa' }],
    };
    expect(featuredSchema.safeParse(written).success).toBe(true);
  });

  it('is left out when the context has no featured choices (products only)', async () => {
    const areas = await loadAreas();
    const config = cmsConfig(
      productJsonSchema(areas),
      { categories: categoryChoices(content) },
      cmsBackend({}),
    ) as { collections: { name: string }[] };
    expect(config.collections.map((c) => c.name)).toEqual(['products']);
  });
});
