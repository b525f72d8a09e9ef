/**
 * The open-data row, described once as a zod schema: the TypeScript type of a row, the
 * published JSON Schema (`json-schema.ts`) and the CSV columns (`csv.ts`) all come from here.
 *
 * The field names are a public contract (partners import them): add fields, never rename or
 * remove one. docs/open-data.md documents every field.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../../schemas/common.ts';
import {
  CHECKLIST_AREAS,
  CHECKLIST_STATES,
  STAGES,
  type ChecklistArea,
} from '../../schemas/product.ts';
import { CERT_STATUSES } from '../validators/licences.ts';
import { QR_CODE_PATTERN } from '../validators/qr-code.ts';

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ format: 'date' });
const url = z
  .string()
  .regex(/^https?:\/\//)
  .meta({ format: 'uri' });
const count = z.number().int().min(0);
const text = z.strictObject({ id: z.string(), en: z.string().nullable() });
const area = z.strictObject({ code: z.string().regex(/^53(?:\.\d+)*$/), name: z.string() });
const status = z.enum(CERT_STATUSES);
const state = z.enum(CHECKLIST_STATES);
const certificate = z.strictObject({ number: z.string(), status });

const checklist = z
  .strictObject(
    Object.fromEntries(CHECKLIST_AREAS.map((a) => [a, state])) as Record<
      ChecklistArea,
      typeof state
    >,
  )
  .describe('Progress per mentoring area.');

/** One product in the open data; the order of the fields is the order of the CSV columns. */
export const openDataProductSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(SLUG_PATTERN)
      .describe('Permanent identifier; the last segment of the product page URL.'),
    qrCode: z
      .string()
      .regex(QR_CODE_PATTERN)
      .nullable()
      .describe('Permanent QR short code (Crockford base32), or null before one is assigned.'),
    shortUrl: url.nullable().describe('QR short link https://<origin>/p/<CODE>/, or null.'),
    gtin: z
      .string()
      .regex(/^\d{14}$/)
      .nullable()
      .describe('Barcode number as GTIN-14, or null.'),
    name: text.describe('Product name.'),
    tagline: text.describe('One-line description.'),
    category: z
      .strictObject({ id: z.string().describe('Category id, e.g. kopi.'), name: text })
      .describe('Product category.'),
    village: area.describe('Village (desa/kelurahan), Kemendagri code xx.xx.xx.xxxx.'),
    district: area.describe('District (kecamatan), Kemendagri code xx.xx.xx.'),
    regency: area.describe('Regency or city (kabupaten/kota), Kemendagri code xx.xx.'),
    producer: z
      .strictObject({
        name: z.string().describe('Business (UMKM) name.'),
        whatsapp: z
          .string()
          .regex(/^\+62\d{8,13}$/)
          .describe('WhatsApp number, E.164.'),
        whatsappUrl: url.describe('https://wa.me/ link to the producer.'),
        marketplaces: z
          .array(z.strictObject({ name: z.string(), url }))
          .describe('Online shop pages.'),
      })
      .describe('The village business that makes the product.'),
    price: z
      .strictObject({
        min: count.describe('Price, or lowest price, in rupiah.'),
        max: count.nullable().describe('Highest price in rupiah for a range, else null.'),
        currency: z.literal('IDR'),
        unit: text,
      })
      .describe('Price in whole rupiah.'),
    available: z.boolean().describe('False while out of stock.'),
    qris: z.boolean().describe('True when the producer accepts QRIS payments.'),
    certifications: z
      .strictObject({
        halal: z
          .strictObject({
            number: z.string(),
            status,
            issued: date,
            expires: date.nullable().describe('Expiry date, or null.'),
          })
          .nullable()
          .describe('BPJPH Halal certificate, or null.'),
        bpom: certificate.nullable().describe('BPOM registration (MD/ML + 12 digits), or null.'),
        pirt: certificate.nullable().describe('P-IRT number, or null.'),
      })
      .describe('Licences and certificates, with status on the build date.'),
    programme: z
      .strictObject({
        stage: z.enum(STAGES).describe('Mentoring stage.'),
        checklist,
        completion: z
          .strictObject({
            done: count.describe('Areas marked selesai.'),
            total: z.number().int().min(1).describe('Number of mentoring areas.'),
          })
          .describe('Checklist completion.'),
      })
      .describe('OVOP mentoring by the provincial programme.'),
    urls: z.strictObject({ id: url, en: url }).describe('Product page in Indonesian and English.'),
    image: url.describe('Product photo, JPEG, 800 px wide.'),
    added: date.describe('Date the product joined the catalogue.'),
    sample: z.boolean().describe('True for fictional sample content.'),
    // Added after the first published columns, so that the existing columns keep their place.
    office: z
      .strictObject({
        canSupply: z
          .boolean()
          .describe(
            'True when the product can supply an office order: in stock, and either on LKPP e-Katalog or with monthly capacity, minimum order, lead time and invoice: true.',
          ),
        monthlyCapacity: count
          .nullable()
          .describe('Units (as priced) the producer can make per month, or null.'),
        minimumOrder: count.nullable().describe('Smallest office order in units, or null.'),
        leadTimeDays: count
          .nullable()
          .describe('Days from a confirmed order to delivery (0: ready stock), or null.'),
        invoice: z
          .boolean()
          .nullable()
          .describe('True when the producer can issue a receipt or invoice; null when not stated.'),
        ekatalogUrl: url.nullable().describe("The product's page on LKPP e-Katalog, or null."),
      })
      .describe('For office (institutional) buyers.'),
  })
  .describe('One product.');

/** One product in the open data. */
export type OpenDataProduct = z.output<typeof openDataProductSchema>;

/** `/data/products.json`. */
export const openDataDocumentSchema = z
  .strictObject({
    generated: date.describe('Build date of the data.'),
    licence: z.strictObject({
      content: z.strictObject({ name: z.string(), url, attribution: z.string() }),
      areaData: z.strictObject({
        name: z.string(),
        url,
        attribution: z.string(),
        fields: z.array(z.string()),
      }),
    }),
    source: z.strictObject({
      publisher: z.string(),
      site: url,
      documentation: url,
      schema: url,
      updateFrequency: z.string(),
      sampleContent: z
        .boolean()
        .describe('True while the catalogue holds fictional sample content.'),
    }),
    count: count.describe('Number of products.'),
    products: z.array(openDataProductSchema),
  })
  .meta({
    title: 'Etalase OVOP NTT — products',
    description: 'Village products of the OVOP programme of Nusa Tenggara Timur (open data).',
  });

export type OpenDataDocument = z.output<typeof openDataDocumentSchema>;
