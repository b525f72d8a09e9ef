/**
 * A product: `content/products/<slug>/index.md` (or `.mdx`). This schema is the contract with
 * editors. It is a factory so that Astro can pass its `image()` helper while the content
 * checker (which runs without Astro) passes a plain path check, and so that the official
 * area list is injected rather than imported.
 */
import { z } from 'astro/zod';
import {
  type AreaIndex,
  describeVillage,
  NTT_PROVINCE_CODE,
  VILLAGE_CODE_PATTERN,
} from '../lib/places/areas.ts';
import {
  isRestrictedCirculationGtin,
  parseBpom,
  parseDate,
  parseGtin,
  parseHalal,
  parseHttpsUrl,
  parseNib,
  parsePirt,
  parsePrice,
  parseQrCode,
  parseWhatsApp,
} from '../lib/validators/index.ts';
import { fail, ok, show, type Result } from '../lib/validators/result.ts';
import { bilingualMessage } from '../lib/messages/bilingual.ts';
import { boundedLocalizedText, boundedText, issue, slug, validated } from './common.ts';

/** Programme stages at the launch on 27 May 2025. */
export const STAGES = ['siap-pasar', 'transisi', 'pendampingan'] as const;
export type Stage = (typeof STAGES)[number];

/** The mentoring areas of the programme, in the order the office reports them. */
export const CHECKLIST_AREAS = [
  'productionQuality',
  'facilities',
  'packaging',
  'labelling',
  'licensing',
  'barcode',
  'qris',
  'digitalPromotion',
] as const;
export type ChecklistArea = (typeof CHECKLIST_AREAS)[number];

/** Progress of one mentoring area: not started, in progress, done. */
export const CHECKLIST_STATES = ['belum', 'proses', 'selesai'] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];

/** Village code -> the village with its district, regency and province (NTT only). */
export function villageValidator(areas: AreaIndex) {
  return (input: unknown): Result<ReturnType<AreaIndex['village']> & object> => {
    if (typeof input !== 'string' || !VILLAGE_CODE_PATTERN.test(input.trim())) {
      return fail(
        `Kode desa ${show(input)} tidak sesuai format Kemendagri. Tulis kode 10 digit bertitik dalam tanda kutip, mis. village: "53.09.02.2001". Cari kode desa dengan: npm run new:product`,
        `Village code ${show(input)} is not a Kemendagri code. Write the dotted 10-digit code in quotes, e.g. village: "53.09.02.2001". Find a code with: npm run new:product`,
      );
    }
    const code = input.trim();
    const village = areas.village(code);
    if (village) return ok(village);
    const elsewhere = areas.anywhere(code);
    if (elsewhere && !code.startsWith(`${NTT_PROVINCE_CODE}.`)) {
      return fail(
        `Kode desa "${code}" adalah ${elsewhere.name}, ${elsewhere.regencyName}, ${elsewhere.provinceName} — di luar NTT. Produk OVOP NTT harus dari desa di NTT (kode diawali 53.).`,
        `Village code "${code}" is ${elsewhere.name}, ${elsewhere.regencyName}, ${elsewhere.provinceName} — outside NTT. OVOP NTT products must come from an NTT village (codes start with 53.).`,
      );
    }
    const near = areas
      .suggestByCode(code, 3)
      .map((v) => describeVillage(v))
      .join('; ');
    return fail(
      `Kode desa "${code}" tidak ada dalam daftar wilayah resmi. Kode terdekat: ${near}.`,
      `Village code "${code}" is not in the official area list. Closest codes: ${near}.`,
    );
  };
}

/** A photo: the file beside the Markdown file, and its alt text. */
const photo = <I extends z.ZodType>(image: I) =>
  z.strictObject({
    /** File name of the photo, relative to the Markdown file, e.g. `./foto-1.jpg`. */
    src: image,
    /** What the photo shows, for people who cannot see it (required; English optional). */
    alt: boundedLocalizedText('alt'),
  });

const link = z.strictObject({
  /** Shop or marketplace name, e.g. `Tokopedia`. */
  name: boundedText('shopName'),
  /** Full https address of the shop page. */
  url: validated(parseHttpsUrl),
});

export interface ProductSchemaContext<I extends z.ZodType> {
  /** Astro's `image()` in the site build; a path check in the content checker. */
  image: I;
  /** The official area list. */
  areas: AreaIndex;
}

export function productSchema<I extends z.ZodType>({ image, areas }: ProductSchemaContext<I>) {
  return z
    .strictObject({
      /** `true` for fictional sample content: the site shows a "Contoh / Sample" notice. */
      sample: z.boolean().default(false),
      /** Product name (at most 60 characters: it is printed on the label). */
      name: boundedLocalizedText('productName'),
      /** One line that sells the product (about 10 words). */
      tagline: boundedLocalizedText('tagline'),
      /** Category id from content/categories.yaml, e.g. `kopi`. */
      category: slug,
      /** Extra words people search for (local names, spellings). */
      tags: z.array(boundedText('tag')).default([]),
      /** Permanent QR short code. Assigned by `npm run qr:assign`; never edit by hand. */
      qr: validated(parseQrCode, {
        description:
          'Kode QR permanen (otomatis, jangan diubah) / Permanent QR code (assigned automatically).',
      }).optional(),
      /** Barcode number (GTIN-8/12/13/14) from the package, in quotes. Leave out if none. */
      gtin: validated(parseGtin, {
        description:
          'Angka barcode pada kemasan, dalam tanda kutip / Barcode number from the package, in quotes.',
        examples: ['8991234567891'],
      }).optional(),
      /** Official Kemendagri village code, in quotes, e.g. "53.09.02.2001". */
      village: validated(villageValidator(areas), {
        description: 'Kode desa Kemendagri dalam tanda kutip / Official village code in quotes.',
        examples: ['53.09.02.2002'],
      }),
      /** The village business (UMKM) that makes the product. */
      producer: z.strictObject({
        /** Business name (at most 60 characters: it is printed on the label). */
        name: boundedText('producerName'),
        /** Owner or contact person (with their consent). */
        owner: boundedText('ownerName'),
        /** WhatsApp number for orders: 08…, 62… or +62…. */
        whatsapp: validated(parseWhatsApp, {
          description: 'Nomor HP WhatsApp: 08…, 62… atau +62… / WhatsApp mobile number.',
          examples: ['0812-3456-7890'],
        }),
        /**
         * Date the producer agreed in writing to publication of this page (UU PDP consent
         * record, YYYY-MM-DD). Required for real products (`sample: false`); keep the signed
         * form at the provincial office.
         */
        consent: validated(parseDate, {
          description:
            'Tanggal produsen menyetujui publikasi (YYYY-MM-DD) / Date the producer agreed to publication.',
          examples: ['2025-05-20'],
        }).optional(),
        /** NIB business registration number (13 digits), in quotes. */
        nib: validated(parseNib, {
          description: 'NIB, 13 angka dalam tanda kutip / Business ID, 13 digits in quotes.',
        }).optional(),
        /** Instagram account name, without @. */
        instagram: z
          .string()
          .regex(
            /^[A-Za-z0-9._]{1,30}$/,
            bilingualMessage({
              id: 'Tulis nama akun Instagram saja, tanpa @ dan tanpa alamat web, mis. kopi.bajawa',
              en: 'Write the Instagram account name only, without @ or a web address, e.g. kopi.bajawa',
            }),
          )
          .optional(),
        /** Marketplace shop pages (Tokopedia, Shopee, …). */
        marketplaces: z.array(link).default([]),
        /** Shops and places where the product is sold. */
        outlets: z
          .array(
            z.strictObject({
              /** Name of the shop or place. */
              name: boundedText('shopName'),
              /** Address or area, e.g. `Jl. El Tari, Kupang`. */
              address: boundedText('address').optional(),
              /** Web page or map link (https). */
              url: validated(parseHttpsUrl).optional(),
            }),
          )
          .default([]),
      }),
      /** What is sold and for how much. */
      offer: z.strictObject({
        /** Price in whole rupiah: 45000, or a range { min: 45000, max: 60000 }. */
        price: validated(parsePrice, {
          description:
            'Rupiah tanpa titik, atau { min, max } / Whole rupiah, or a range { min, max }.',
          examples: [45000, { min: 25000, max: 45000 }],
        }),
        /** What the price is for, e.g. "per bungkus 250 g". */
        unit: boundedLocalizedText('offerText'),
        /** Sizes or variants, e.g. "250 g", "500 g". */
        variants: z.array(boundedLocalizedText('offerText')).default([]),
        /** How long the product keeps, e.g. "12 bulan". */
        shelfLife: boundedLocalizedText('offerText').optional(),
        /** `false` while the product is temporarily out of stock. */
        available: z.boolean().default(true),
      }),
      /** Licences and certificates; leave out what the product does not have. */
      certifications: z
        .strictObject({
          /** Halal certificate from BPJPH: number, issue date, expiry date. */
          halal: validated(parseHalal, {
            description:
              'Sertifikat halal BPJPH / BPJPH halal certificate: { number, issued, expires }.',
            examples: [
              { number: 'ID00110000000000000', issued: '2025-01-31', expires: '2029-01-31' },
            ],
          }).optional(),
          /** BPOM registration: MD or ML and 12 digits. */
          bpom: validated(parseBpom, {
            description: 'Nomor BPOM: MD atau ML + 12 angka / BPOM number: MD or ML + 12 digits.',
          }).optional(),
          /** P-IRT home-industry number: 13 digits, dash, 2 digits. */
          pirt: validated(parsePirt, {
            description: 'Nomor P-IRT: 13 angka, tanda minus, 2 angka / P-IRT number.',
          }).optional(),
        })
        .default({}),
      /** QRIS payments. Never a payable QR image here: only whether it is accepted. */
      qris: z
        .strictObject({
          /** `true` when the producer accepts QRIS. */
          accepted: z.boolean(),
          /** Merchant name as shown in payment apps. */
          merchant: boundedText('merchant').optional(),
        })
        .default({ accepted: false }),
      /** Mentoring by the provincial programme. */
      programme: z.strictObject({
        /** siap-pasar (market-ready), transisi (regency -> province), pendampingan (mentoring). */
        stage: z.enum(STAGES),
        /** Progress per mentoring area: belum, proses or selesai. */
        checklist: z.strictObject(
          Object.fromEntries(CHECKLIST_AREAS.map((a) => [a, z.enum(CHECKLIST_STATES)])) as Record<
            ChecklistArea,
            z.ZodEnum<{ [K in ChecklistState]: K }>
          >,
        ),
      }),
      /** Main photo (at least 1200 px on its long side). */
      hero: photo(image),
      /** More photos. */
      gallery: z.array(photo(image)).default([]),
      /** Date the product joined the catalogue (YYYY-MM-DD). */
      added: validated(parseDate, {
        description: 'Tanggal masuk katalog / Date added (YYYY-MM-DD).',
        examples: ['2025-05-27'],
      }),
      /** Set when the product is no longer sold: its QR code keeps working. */
      retired: z
        .strictObject({
          /** Date it was retired (YYYY-MM-DD). */
          date: validated(parseDate),
          /** Why, shown to shoppers who scan an old package. */
          reason: boundedLocalizedText('retiredReason').optional(),
        })
        .optional(),
    })
    .superRefine((p, ctx) => {
      // A real producer's name, number and village are personal data (UU PDP): publish only
      // with a recorded consent.
      if (!p.sample && !p.producer.consent) {
        issue(
          ctx,
          {
            id: 'Produk asli (sample: false) wajib mencatat persetujuan produsen untuk dipublikasikan. Tambahkan di bawah producer: baris consent: 2025-05-20 (tanggal produsen menandatangani persetujuan; simpan formulirnya di kantor dinas).',
            en: "A real product (sample: false) must record the producer's consent to publication. Under producer:, add the line consent: 2025-05-20 (the date the producer signed the consent; keep the form at the office).",
          },
          ['producer', 'consent'],
        );
      }
      // Sample content must never carry a number that could belong to a real product.
      if (p.sample && p.gtin && !isRestrictedCirculationGtin(p.gtin.gtin14)) {
        issue(
          ctx,
          {
            id: `Produk contoh (sample: true) hanya boleh memakai GTIN awalan 20–29 (sirkulasi terbatas), bukan "${p.gtin.original}", agar tidak tertukar dengan produk asli.`,
            en: `Sample products (sample: true) may only use GTINs with prefix 20–29 (restricted circulation), not "${p.gtin.original}", so they are never mistaken for a real product.`,
          },
          ['gtin'],
        );
      }
    });
}

export type ProductSchema = ReturnType<typeof productSchema<z.ZodType<string>>>;

/**
 * A product's data as pages and modules read it: the schema's output, the one source of every
 * product type. `Image` is what a photo's `src` becomes: Astro's image metadata in the site
 * build, the file name in the content checker. Modules that need part of a product take a
 * `Pick` of this type (see src/lib/catalogue/catalogue.ts), never a hand-written copy.
 */
export type ProductData<Image = string> = z.output<
  ReturnType<typeof productSchema<z.ZodType<Image>>>
>;

/** A product with its folder name, as content collection entries and the checker both give it. */
export interface ProductEntry<D> {
  /** The product's folder name: its slug. */
  id: string;
  data: D;
}
