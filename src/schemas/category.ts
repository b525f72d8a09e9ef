/** `content/categories.yaml`: the product categories, with names in both languages. */
import { z } from 'astro/zod';
import { localizedText, slug } from './common.ts';

export const categorySchema = z.strictObject({
  /** URL slug and the value products use in `category:`, e.g. `kopi`. */
  id: slug,
  /** Display name: `{ id: Kopi, en: Coffee }`. */
  name: localizedText,
  /** One sentence about the category, shown on its page. */
  description: localizedText.optional(),
  /** Main colour (hex), used for badges and the placeholder photos. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'Use a hex colour like #6b3e26.')
    .default('#1f3a5f'),
});

export type Category = z.output<typeof categorySchema>;
