import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const base = `${process.env['CONTENT_DIR']}/products`;

export const collections = {
  products: defineCollection({
    loader: glob({ pattern: '*/index.{md,mdx}', base }),
    schema: ({ image }) =>
      z.looseObject({
        name: z.looseObject({ id: z.string() }),
        hero: z.looseObject({ src: image() }),
      }),
  }),
};
