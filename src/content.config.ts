/**
 * Content collections. The schemas live in src/schemas/ and are shared with the content
 * checker (`npm run check:content`), which runs first in every build.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { loadAreas } from './lib/places/areas-load.ts';
import { contentDir } from './lib/build/content-dir.ts';
import { categorySchema } from './schemas/category.ts';
import { infoPageSchema } from './schemas/info-page.ts';
import { islandSchema } from './schemas/island.ts';
import { productSchema } from './schemas/product.ts';
import { regencyTextSchema } from './schemas/regency.ts';

const areas = await loadAreas();

export const collections = {
  /** `content/products/<slug>/index.{md,mdx}`; the entry id is the folder name (the slug). */
  products: defineCollection({
    loader: glob({
      pattern: '*/index.{md,mdx}',
      base: `${contentDir()}/products`,
      generateId: ({ entry }) => entry.split('/')[0] ?? entry,
    }),
    schema: ({ image }) => productSchema({ image: image(), areas }),
  }),
  /** `content/categories.yaml`. */
  categories: defineCollection({
    loader: file(`${contentDir()}/categories.yaml`),
    schema: categorySchema,
  }),
  /** `content/regencies.yaml`: texts per regency, keyed by official code. */
  regencies: defineCollection({
    loader: file(`${contentDir()}/regencies.yaml`),
    schema: ({ image }) => regencyTextSchema(image()),
  }),
  /** `content/pages/<slug>.<locale>.md`: About and contact, Privacy, Accessibility. */
  pages: defineCollection({
    loader: glob({
      pattern: '*.{id,en}.md',
      base: `${contentDir()}/pages`,
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: infoPageSchema,
  }),
  /** `content/islands.yaml`: the main island of every regency/city. */
  islands: defineCollection({
    loader: file(`${contentDir()}/islands.yaml`),
    schema: islandSchema,
  }),
};
