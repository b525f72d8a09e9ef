/**
 * `content/islands.yaml`: NTT's islands and island groups, each listing the regencies/cities
 * whose main island it is. Cross-file rules (every regency exactly once, known codes) are in
 * src/lib/places/islands.ts, shared by the build and the content check.
 */
import { z } from 'astro/zod';
import { bilingualMessage } from '../lib/messages/bilingual.ts';
import { slug } from './common.ts';

const regencyCode = z.string().regex(
  /^53\.\d{2}$/,
  bilingualMessage({
    id: "Tulis kode resmi kabupaten/kota NTT dalam tanda kutip, mis. code: '53.09'",
    en: "Write an official NTT regency code in quotes, e.g. code: '53.09'",
  }),
);

const islandName = z.string().trim().min(1).max(40);

export const islandSchema = z.strictObject({
  /** The address `/pulau/<id>/` (printed, so never renamed once published), e.g. `flores`. */
  id: slug,
  /** The island's or island group's name, the same in both languages: `Flores`, `Alor–Pantar`. */
  name: islandName,
  /** The regencies/cities whose main island this is. */
  regencies: z
    .array(
      z.strictObject({
        /** Official regency code, e.g. `53.06` (Flores Timur). */
        code: regencyCode,
        /** Other islands of this regency, e.g. `[Adonara, Solor]` for Flores Timur. */
        others: z.array(islandName).default([]),
      }),
    )
    .min(1),
});

export type IslandEntry = z.output<typeof islandSchema>;
