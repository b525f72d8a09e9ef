/**
 * `content/regencies.yaml`: texts about each regency/city, keyed by the official regency code
 * (`53.09`). Names and slugs are not here: they come from the official area list.
 */
import { z } from 'astro/zod';
import { boundedLocalizedText } from './common.ts';

export const regencyTextSchema = <I extends z.ZodType>(image: I) =>
  z.strictObject({
    /** Official regency code, e.g. `53.09` (Ngada). */
    id: z.string().regex(/^53\.\d{2}$/, 'Use an NTT regency code like 53.09.'),
    /** A short introduction to the regency and what its villages make. */
    description: boundedLocalizedText('description'),
    /** Optional photo for the regency page. */
    photo: z
      .strictObject({
        /** Path of the photo, relative to this YAML file. */
        src: image,
        /** What the photo shows, for people who cannot see it. */
        alt: boundedLocalizedText('alt'),
      })
      .optional(),
  });
