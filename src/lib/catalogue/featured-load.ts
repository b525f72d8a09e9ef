/**
 * Reads `content/featured.yaml` once per build (format: src/schemas/featured.ts). The content
 * check has already refused a wrong file before the build; an absent or empty file chooses
 * nothing, and the home page shows its default (src/lib/catalogue/featured.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { featuredInput, featuredSchema, type FeaturedData } from '../../schemas/featured.ts';
import { contentDir as configuredContentDir } from '../build/content-dir.ts';

let cached: FeaturedData | undefined | null;

export function loadFeatured(
  contentDir: string = configuredContentDir(),
): FeaturedData | undefined {
  if (cached === undefined) {
    const file = join(contentDir, 'featured.yaml');
    const data = existsSync(file) ? yaml.load(readFileSync(file, 'utf8')) : null;
    cached = data === null || data === undefined ? null : featuredSchema.parse(featuredInput(data));
  }
  return cached ?? undefined;
}
