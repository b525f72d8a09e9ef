/** `content/categories.yaml`: the product categories, with names in both languages. */
import { z } from 'astro/zod';
import { bilingualMessage } from '../lib/messages/bilingual.ts';
import { boundedLocalizedText, slug } from './common.ts';

export const categorySchema = z.strictObject({
  /** URL slug and the value products use in `category:`, e.g. `kopi`. */
  id: slug,
  /** Display name: `{ id: Kopi, en: Coffee }`. */
  name: boundedLocalizedText('categoryName'),
  /** One sentence about the category, shown on its page. */
  description: boundedLocalizedText('description').optional(),
  /** Main colour (hex), used for badges and the placeholder photos. */
  color: z
    .string()
    .regex(
      /^#[0-9a-fA-F]{6}$/,
      bilingualMessage({
        id: 'Tulis warna heksadesimal dalam tanda kutip, mis. color: "#6b3e26"',
        en: 'Write a hex colour in quotes, e.g. color: "#6b3e26"',
      }),
    )
    .default('#1f3a5f'),
});

export type Category = z.output<typeof categorySchema>;
