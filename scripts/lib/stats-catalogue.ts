/**
 * The catalogue as the stats tool needs it, read from `content/` the way the build reads it
 * (the content check: products, their villages' regencies, categories), plus the QR registry
 * and the island list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import type { StatsCatalogue, StatsProduct } from '../../src/lib/stats/aggregate.ts';
import { codeOwners } from '../../src/lib/stats/codes.ts';

interface IslandRow {
  id: string;
  name: string;
  regencies: { code: string }[];
}
interface CategoryRow {
  id: string;
  name: { id: string; en: string };
}

/** Reads `contentDir`; throws a bilingual message when the content cannot be read. */
export async function loadStatsCatalogue(contentDir: string): Promise<StatsCatalogue> {
  const { result } = await runContentCheck(contentDir);
  const registry = readRegistry(contentDir);
  if (registry.error) throw new Error(`${registry.error.id}\n${registry.error.en}`);
  const islands = parse(readFileSync(join(contentDir, 'islands.yaml'), 'utf8')) as IslandRow[];
  const categories = parse(
    readFileSync(join(contentDir, 'categories.yaml'), 'utf8'),
  ) as CategoryRow[];
  const islandOf = new Map<string, { slug: string; name: string }>();
  for (const island of islands ?? [])
    for (const r of island.regencies ?? [])
      islandOf.set(r.code, { slug: island.id, name: island.name });
  const categoryName = new Map((categories ?? []).map((c) => [c.id, c.name]));
  const products: StatsProduct[] = result.products.map((p) => {
    const regency = p.data.village.regency;
    return {
      slug: p.slug,
      name: { id: p.data.name.id, en: p.data.name.en ?? p.data.name.id },
      gtin14: p.data.gtin?.gtin14,
      regency: { slug: regency.slug, name: { id: regency.name.id, en: regency.name.en } },
      island: islandOf.get(regency.code) ?? { slug: 'lainnya', name: '—' },
      category: {
        slug: p.data.category,
        name: categoryName.get(p.data.category) ?? { id: p.data.category, en: p.data.category },
      },
    };
  });
  return {
    products,
    codes: codeOwners(
      result.products.map((p) => ({ slug: p.slug, qr: p.data.qr })),
      registry.entries,
    ),
  };
}
