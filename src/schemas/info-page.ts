/**
 * The site's information pages (About and contact, Privacy, Accessibility statement):
 * `content/pages/<slug>.<locale>.md`, one file per language.
 */
import { z } from 'astro/zod';
import { text } from './common.ts';

export const infoPageSchema = z.strictObject({
  /** Page title (the heading and the browser tab). */
  title: text,
  /** One sentence for search engines and link previews. */
  description: text,
  /** `true` while the page holds sample values (e.g. a contact address): a notice says so. */
  sample: z.boolean().default(false),
});
