/**
 * Checks `content/featured.yaml` (optional): its shape (src/schemas/featured.ts), then that every
 * product it names exists and is on sale, and that category and island photos fit
 * (src/lib/catalogue/featured.ts). Called by check.ts once the products have been read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { fieldPath } from '../messages/bilingual.ts';
import {
  featuredProblems,
  type FeaturedIsland,
  type FeaturedProduct,
} from '../catalogue/featured.ts';
import { featuredInput, featuredSchema } from '../../schemas/featured.ts';
import { islandSchema } from '../../schemas/island.ts';
import { readContentFile } from '../content-files/file-text.ts';
import { zodProblems } from './zod-problems.ts';
import { parseYaml, type ParsedSource } from '../content-files/source.ts';
import type { Problem } from './check.ts';

export const FEATURED_FILE = 'featured.yaml';

/** A product folder as written (its frontmatter may be invalid in other ways). */
export interface WrittenProduct {
  slug: string;
  source: ParsedSource;
}

/** What the featured check needs of a product, read from its raw frontmatter. */
function asFeatured(p: WrittenProduct): FeaturedProduct {
  const d = (p.source.data ?? {}) as Record<string, unknown>;
  const village = typeof d['village'] === 'string' ? d['village'] : '';
  return {
    id: p.slug,
    data: {
      qr: typeof d['qr'] === 'string' ? d['qr'] : undefined,
      retired: Boolean(d['retired']),
      category: typeof d['category'] === 'string' ? d['category'] : '',
      village: { regency: { code: village.slice(0, 5) } },
    },
  };
}

/** The islands as written, when content/islands.yaml is valid (else its own check reports it). */
function readIslands(contentDir: string): FeaturedIsland[] | undefined {
  const path = join(contentDir, 'islands.yaml');
  if (!existsSync(path)) return undefined;
  const read = readContentFile(path);
  if (!read.ok) return undefined;
  const parsed = parseYaml(read.text);
  if (!parsed.ok) return undefined;
  const result = z.array(islandSchema).safeParse(parsed.value.data);
  if (!result.success) return undefined;
  return result.data.map((i) => ({ slug: i.id, regencyCodes: i.regencies.map((r) => r.code) }));
}

export function checkFeatured(
  contentDir: string,
  rel: (path: string) => string,
  products: readonly WrittenProduct[],
  categories: readonly string[],
): Problem[] {
  const path = join(contentDir, FEATURED_FILE);
  if (!existsSync(path)) return [];
  const file = rel(path);
  const read = readContentFile(path);
  if (!read.ok) return [{ file, field: read.field, line: read.line, message: read.message }];
  const parsed = parseYaml(read.text);
  if (!parsed.ok) return [{ file, field: parsed.field, line: parsed.line, message: parsed.error }];
  // An empty file chooses nothing: the home page shows its default.
  if (parsed.value.data === null || parsed.value.data === undefined) return [];
  const result = featuredSchema.safeParse(featuredInput(parsed.value.data), { reportInput: true });
  if (!result.success) {
    return zodProblems(result.error, file, featuredSchema, parsed.value);
  }
  return featuredProblems(
    result.data,
    products.map(asFeatured),
    categories,
    readIslands(contentDir),
  ).map((p) => ({
    file,
    field: fieldPath(p.path),
    line: parsed.value.lineOf(p.path),
    message: p.message,
  }));
}
