/**
 * An event where OVOP products can be met in person — a market day (Pasar Tani), a bazaar, an
 * exhibition: `content/acara/<slug>.md`, frontmatter only. Times are wall-clock WITA
 * (`Asia/Makassar`); an event may span several days. Whether it is upcoming or past is not
 * written here: it follows from the build date (src/lib/events/events.ts).
 */
import { z } from 'astro/zod';
import type { AreaIndex } from '../lib/places/areas.ts';
import { parseHttpsUrl, parseQrCode, parseWitaDateTime } from '../lib/validators/index.ts';
import { fail, ok, show, type Result } from '../lib/validators/result.ts';
import { boundedLocalizedText, boundedText, issue, validated } from './common.ts';

/** An NTT regency/city code (`53.71`) that exists in the official area list. */
export function regencyCodeValidator(areas: AreaIndex) {
  return (input: unknown): Result<string> => {
    const list = areas.regencies.map((r) => `${r.code} ${r.shortName}`).join(', ');
    const code = typeof input === 'string' ? input.trim() : input;
    if (typeof code === 'string' && areas.regencyByCode(code)) return ok(code);
    const unquoted = typeof input === 'number' ? ' Tulis dalam tanda kutip, mis. "53.71".' : '';
    const unquotedEn = typeof input === 'number' ? ' Write it in quotes, e.g. "53.71".' : '';
    return fail(
      `Kode kabupaten/kota ${show(input)} tidak ada di NTT.${unquoted} Pilih salah satu: ${list}.`,
      `Regency/city code ${show(input)} does not exist in NTT.${unquotedEn} Choose one of: ${list}.`,
    );
  };
}

export interface EventSchemaContext {
  /** The official area list (regency codes). */
  areas: AreaIndex;
}

export function eventSchema({ areas }: EventSchemaContext) {
  return z
    .strictObject({
      /** `true` for fictional sample events: the site shows a "Contoh / Sample" notice. */
      sample: z.boolean().default(false),
      /** Name of the event, e.g. "Pasar Tani Kota Kupang". */
      title: boundedLocalizedText('eventTitle'),
      /** What visitors find there, in one paragraph. */
      description: boundedLocalizedText('eventDescription'),
      /** First day and opening time, WITA, in quotes: '2026-12-12 08:00'. */
      start: validated(parseWitaDateTime, {
        description: 'Mulai, WITA: YYYY-MM-DD HH:MM / Start, WITA.',
        examples: ['2026-12-12 08:00'],
      }),
      /** Last day and closing time, WITA, in quotes: '2026-12-14 17:00'. */
      end: validated(parseWitaDateTime, {
        description: 'Selesai, WITA: YYYY-MM-DD HH:MM / End, WITA.',
        examples: ['2026-12-14 17:00'],
      }),
      /** Where it takes place. */
      place: z.strictObject({
        /** Name of the place, e.g. "Lapangan Kantor Gubernur". */
        venue: boundedLocalizedText('eventVenue'),
        /** Street address, e.g. "Jl. El Tari No. 52, Kupang". */
        address: boundedText('address'),
        /** Official code of the regency/city, in quotes, e.g. "53.71" (Kota Kupang). */
        regency: validated(regencyCodeValidator(areas), {
          description: 'Kode kabupaten/kota, mis. "53.71" / Regency code, e.g. "53.71".',
          examples: ['53.71'],
        }),
      }),
      /** QR codes of the products shown there (the code under each product's QR label). */
      products: z
        .array(
          validated(parseQrCode, {
            description: 'Kode QR produk, mis. "RM7B" / A product\'s QR code, e.g. "RM7B".',
            examples: ['RM7B'],
          }),
        )
        .default([]),
      /** Who organises it, and their page with more details (optional). */
      organiser: z
        .strictObject({
          /** Name of the organiser, e.g. "Dinas Koperasi dan UKM Provinsi NTT". */
          name: boundedText('producerName'),
          /** Full https address of the organiser's page about the event. */
          url: validated(parseHttpsUrl).optional(),
        })
        .optional(),
    })
    .superRefine((e, ctx) => {
      if (e.end < e.start) {
        issue(
          ctx,
          {
            id: `Acara selesai (${e.end.replace('T', ' ')}) sebelum mulai (${e.start.replace('T', ' ')}). Periksa tanggal dan jam di end: selesai harus sama dengan atau sesudah start.`,
            en: `The event ends (${e.end.replace('T', ' ')}) before it starts (${e.start.replace('T', ' ')}). Check the date and time in end: it must be the same as or after start.`,
          },
          ['end'],
        );
      }
      const seen = new Set<string>();
      e.products.forEach((code, i) => {
        if (seen.has(code)) {
          issue(
            ctx,
            {
              id: `Kode QR "${code}" tertulis dua kali di products. Hapus salah satunya.`,
              en: `QR code "${code}" is listed twice in products. Remove one of them.`,
            },
            ['products', i],
          );
        }
        seen.add(code);
      });
    });
}

export type EventSchema = ReturnType<typeof eventSchema>;
/** An event's data as pages and modules read it: the schema's output. */
export type EventData = z.output<EventSchema>;
