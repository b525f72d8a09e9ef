/**
 * Draws placeholder photos for the sample products: the product's name on its category's
 * colour with an ikat-like diamond band, and a clear "CONTOH / SAMPLE" mark. No people, no real
 * photos: sample content must never pass as real. Writes every photo a sample product's
 * frontmatter names (hero and gallery) that does not exist yet; `--force` redraws all.
 *
 *   npm run sample:photos [-- --force] [-- --content path/to/content]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import yaml from 'js-yaml';
import { parseMarkdown } from '../src/lib/content-files/source.ts';
import { writePlaceholderPhoto } from './lib/placeholder-photo.ts';

const { values } = parseArgs({
  options: {
    force: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});
const contentDir = values.content ?? 'content';

interface Cat {
  id: string;
  color?: string;
}
const categories = yaml.load(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) as Cat[];
const colorOf = (id: string) => categories.find((c) => c.id === id)?.color ?? '#1f3a5f';

const productsDir = join(contentDir, 'products');
let written = 0;
for (const slug of readdirSync(productsDir).sort()) {
  const file = ['index.md', 'index.mdx'].map((f) => join(productsDir, slug, f)).find(existsSync);
  if (!file) continue;
  const parsed = parseMarkdown(readFileSync(file, 'utf8'));
  if (!parsed.ok) continue;
  const data = parsed.value.data as {
    sample?: boolean;
    name?: { id?: string } | string;
    category?: string;
    hero?: { src?: string };
    gallery?: { src?: string }[];
  };
  if (!data.sample) continue;
  const title = typeof data.name === 'string' ? data.name : (data.name?.id ?? slug);
  const photos = [
    { src: data.hero?.src, variant: 'hero' as const },
    ...(data.gallery ?? []).map((g) => ({ src: g.src, variant: 'detail' as const })),
  ];
  for (const [i, photo] of photos.entries()) {
    if (!photo.src) continue;
    const out = join(productsDir, slug, photo.src);
    if (existsSync(out) && !values.force) continue;
    await writePlaceholderPhoto(out, {
      title,
      color: colorOf(data.category ?? ''),
      seedText: `${slug}#${i}`,
      variant: photo.variant,
      subtitle: photo.variant === 'hero' ? 'Foto contoh · Placeholder photo' : `Detail ${i}`,
    });
    written++;
  }
}
console.log(`[sample:photos] ${written} photo(s) written.`);
