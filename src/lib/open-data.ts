/**
 * Open data (`/data/products.json`, `/data/products.csv`, `/feed.xml`): one row shape with
 * stable English field names, its JSON Schema, the CSV flattening and the Atom feed. Pure
 * functions: the endpoints only gather the inputs (catalogue, image URLs, origin).
 *
 * The field names are a public contract (partners import them): add fields, never rename or
 * remove one. docs/open-data.md documents every field.
 */
import { stringify } from 'csv-stringify/sync';
import { SLUG_PATTERN, type LocalizedText } from '../schemas/common.ts';
import { certificationsOf } from './certifications.ts';
import { escapeMarkup } from './escape.ts';
import { isoDate } from './format.ts';
import { checklistCompletion, type Completion } from './programme.ts';
import { CERT_STATUSES, type CertStatus } from './validators/licences.ts';
import { absoluteUrl, dataFileUrl, productUrl, shortLinkUrl } from './urls.ts';
import { waMeLink } from './validators/whatsapp.ts';
import {
  CHECKLIST_AREAS,
  CHECKLIST_STATES,
  STAGES,
  type ChecklistArea,
  type ChecklistState,
  type ProductData,
  type ProductEntry,
  type Stage,
} from '../schemas/product.ts';

/** Who publishes the catalogue, as credited under CC BY. */
export const PUBLISHER = 'Pemerintah Provinsi NTT — program OVOP';

/** The licences: product content under CC BY 4.0; area names and codes stay under ODbL. */
export const LICENCE = {
  content: {
    name: 'CC BY 4.0',
    url: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: PUBLISHER,
  },
  areaData: {
    name: 'ODbL 1.0',
    url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    attribution:
      'idn-area-data (github.com/fityannugroho/idn-area-data), from the official Kemendagri area codes',
    fields: ['village', 'district', 'regency'],
  },
} as const;

export type Licence = typeof LICENCE;

/** Translated text; `en` is `null` when there is no English text. */
export interface OpenText {
  id: string;
  en: string | null;
}

export interface OpenArea {
  /** Official Kemendagri code. */
  code: string;
  name: string;
}

export interface OpenCertificate {
  number: string;
  status: CertStatus;
}

export interface OpenHalal extends OpenCertificate {
  /** `YYYY-MM-DD`. */
  issued: string;
  /** `YYYY-MM-DD`, or `null` for a certificate without an end date. */
  expires: string | null;
}

/** One product in the open data. */
export interface OpenDataProduct {
  slug: string;
  qrCode: string | null;
  shortUrl: string | null;
  gtin: string | null;
  name: OpenText;
  tagline: OpenText;
  category: { id: string; name: OpenText };
  village: OpenArea;
  district: OpenArea;
  regency: OpenArea;
  producer: {
    name: string;
    whatsapp: string;
    whatsappUrl: string;
    marketplaces: { name: string; url: string }[];
  };
  price: { min: number; max: number | null; currency: 'IDR'; unit: OpenText };
  available: boolean;
  qris: boolean;
  certifications: {
    halal: OpenHalal | null;
    bpom: OpenCertificate | null;
    pirt: OpenCertificate | null;
  };
  programme: {
    stage: Stage;
    checklist: Record<ChecklistArea, ChecklistState>;
    completion: Completion;
  };
  urls: { id: string; en: string };
  image: string;
  added: string;
  sample: boolean;
}

/**
 * What the row needs of a product (Astro's entries and the content checker's both fit): a part
 * of the schema's type.
 */
export type OpenDataInput = ProductEntry<
  Pick<
    ProductData,
    | 'sample'
    | 'name'
    | 'tagline'
    | 'category'
    | 'qr'
    | 'village'
    | 'certifications'
    | 'programme'
    | 'added'
  > & {
    gtin?: Pick<NonNullable<ProductData['gtin']>, 'gtin14'> | undefined;
    producer: Pick<ProductData['producer'], 'name' | 'whatsapp' | 'marketplaces'>;
    offer: Pick<ProductData['offer'], 'price' | 'unit' | 'available'>;
    qris: Pick<ProductData['qris'], 'accepted'>;
  }
>;

export interface RowContext {
  /** Site origin, e.g. `https://ovop-ntt.example`. */
  origin: string;
  /** Display name of the product's category. */
  categoryName: LocalizedText;
  /** Absolute URL of the product photo. */
  imageUrl: string;
  /** The build date: certificate status is computed for it. */
  today: Date;
}

const openText = (t: LocalizedText): OpenText => ({ id: t.id, en: t.en ?? null });

/** The open-data row of one product. */
export function toOpenDataProduct(p: OpenDataInput, ctx: RowContext): OpenDataProduct {
  const d = p.data;
  const certs = new Map(certificationsOf(d.certifications, ctx.today).map((c) => [c.kind, c]));
  const halal = certs.get('halal');
  const bpom = certs.get('bpom');
  const pirt = certs.get('pirt');
  return {
    slug: p.id,
    qrCode: d.qr ?? null,
    shortUrl: d.qr ? absoluteUrl(shortLinkUrl(d.qr), ctx.origin) : null,
    gtin: d.gtin?.gtin14 ?? null,
    name: openText(d.name),
    tagline: openText(d.tagline),
    category: { id: d.category, name: openText(ctx.categoryName) },
    village: { code: d.village.code, name: d.village.name },
    district: { code: d.village.district.code, name: d.village.district.name },
    regency: { code: d.village.regency.code, name: d.village.regency.officialName },
    producer: {
      name: d.producer.name,
      whatsapp: d.producer.whatsapp,
      whatsappUrl: waMeLink(d.producer.whatsapp),
      marketplaces: d.producer.marketplaces.map((m) => ({ name: m.name, url: m.url })),
    },
    price: {
      min: d.offer.price.min,
      max: d.offer.price.max ?? null,
      currency: 'IDR',
      unit: openText(d.offer.unit),
    },
    available: d.offer.available,
    qris: d.qris.accepted,
    certifications: {
      halal:
        halal && d.certifications.halal
          ? {
              number: halal.number,
              status: halal.status,
              issued: isoDate(d.certifications.halal.issued),
              expires: halal.expires ? isoDate(halal.expires) : null,
            }
          : null,
      bpom: bpom ? { number: bpom.number, status: bpom.status } : null,
      pirt: pirt ? { number: pirt.number, status: pirt.status } : null,
    },
    programme: {
      stage: d.programme.stage,
      checklist: Object.fromEntries(
        CHECKLIST_AREAS.map((a) => [a, d.programme.checklist[a]]),
      ) as Record<ChecklistArea, ChecklistState>,
      completion: checklistCompletion(d.programme.checklist),
    },
    urls: {
      id: absoluteUrl(productUrl(p.id, 'id'), ctx.origin),
      en: absoluteUrl(productUrl(p.id, 'en'), ctx.origin),
    },
    image: ctx.imageUrl,
    added: isoDate(d.added),
    sample: d.sample,
  };
}

/** `/data/products.json`. */
export interface OpenDataDocument {
  /** Build date, `YYYY-MM-DD`. */
  generated: string;
  licence: Licence;
  source: {
    publisher: string;
    site: string;
    documentation: string;
    schema: string;
    updateFrequency: string;
    /** True while the catalogue holds fictional sample content. */
    sampleContent: boolean;
  };
  count: number;
  products: OpenDataProduct[];
}

export function openDataDocument(input: {
  generated: Date;
  origin: string;
  /** Absolute URL of the page describing the data. */
  documentation: string;
  products: OpenDataProduct[];
}): OpenDataDocument {
  return {
    generated: isoDate(input.generated),
    licence: LICENCE,
    source: {
      publisher: PUBLISHER,
      site: absoluteUrl('/', input.origin),
      documentation: input.documentation,
      schema: absoluteUrl(dataFileUrl('schema'), input.origin),
      updateFrequency: 'Rebuilt on every content change (each site build).',
      sampleContent: input.products.some((p) => p.sample),
    },
    count: input.products.length,
    products: input.products,
  };
}

// --- JSON Schema (draft 2020-12) -------------------------------------------------------------

const DATE = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date' } as const;
const URL_ = { type: 'string', pattern: '^https?://', format: 'uri' } as const;
const obj = (
  properties: Record<string, unknown>,
  description?: string,
): Record<string, unknown> => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const described = <T extends object>(schema: T, description: string) => ({
  ...schema,
  description,
});
const nullable = (schema: object, description: string) => ({
  description,
  anyOf: [schema, { type: 'null' }],
});

/** JSON Schema of `/data/products.json`; `$id` is the schema's own URL on `origin`. */
export function productsJsonSchema(origin: string): Record<string, unknown> {
  const ref = (name: string) => ({ $ref: `#/$defs/${name}` });
  const product = obj(
    {
      slug: described(
        { type: 'string', pattern: SLUG_PATTERN.source },
        'Permanent identifier; the last segment of the product page URL.',
      ),
      qrCode: nullable(
        { type: 'string', pattern: '^[0-9A-HJKMNP-TV-Z]{4,}$' },
        'Permanent QR short code (Crockford base32), or null before one is assigned.',
      ),
      shortUrl: nullable(URL_, 'QR short link https://<origin>/p/<CODE>/, or null.'),
      gtin: nullable(
        { type: 'string', pattern: '^\\d{14}$' },
        'Barcode number as GTIN-14, or null.',
      ),
      name: described(ref('text'), 'Product name.'),
      tagline: described(ref('text'), 'One-line description.'),
      category: obj(
        {
          id: { type: 'string', description: 'Category id, e.g. kopi.' },
          name: ref('text'),
        },
        'Product category.',
      ),
      village: described(ref('area'), 'Village (desa/kelurahan), Kemendagri code xx.xx.xx.xxxx.'),
      district: described(ref('area'), 'District (kecamatan), Kemendagri code xx.xx.xx.'),
      regency: described(ref('area'), 'Regency or city (kabupaten/kota), Kemendagri code xx.xx.'),
      producer: obj(
        {
          name: { type: 'string', description: 'Business (UMKM) name.' },
          whatsapp: {
            type: 'string',
            pattern: '^\\+62\\d{8,13}$',
            description: 'WhatsApp number, E.164.',
          },
          whatsappUrl: described(URL_, 'https://wa.me/ link to the producer.'),
          marketplaces: {
            type: 'array',
            description: 'Online shop pages.',
            items: obj({ name: { type: 'string' }, url: URL_ }),
          },
        },
        'The village business that makes the product.',
      ),
      price: obj(
        {
          min: { type: 'integer', minimum: 0, description: 'Price, or lowest price, in rupiah.' },
          max: nullable(
            { type: 'integer', minimum: 0 },
            'Highest price in rupiah for a range, else null.',
          ),
          currency: { const: 'IDR' },
          unit: ref('text'),
        },
        'Price in whole rupiah.',
      ),
      available: { type: 'boolean', description: 'False while out of stock.' },
      qris: { type: 'boolean', description: 'True when the producer accepts QRIS payments.' },
      certifications: obj(
        {
          halal: nullable(
            obj({
              number: { type: 'string' },
              status: ref('status'),
              issued: DATE,
              expires: nullable(DATE, 'Expiry date, or null.'),
            }),
            'BPJPH Halal certificate, or null.',
          ),
          bpom: nullable(ref('certificate'), 'BPOM registration (MD/ML + 12 digits), or null.'),
          pirt: nullable(ref('certificate'), 'P-IRT number, or null.'),
        },
        'Licences and certificates, with status on the build date.',
      ),
      programme: obj(
        {
          stage: { enum: [...STAGES], description: 'Mentoring stage.' },
          checklist: obj(
            Object.fromEntries(CHECKLIST_AREAS.map((a) => [a, ref('state')])),
            'Progress per mentoring area.',
          ),
          completion: obj(
            {
              done: { type: 'integer', minimum: 0, description: 'Areas marked selesai.' },
              total: { type: 'integer', minimum: 1, description: 'Number of mentoring areas.' },
            },
            'Checklist completion.',
          ),
        },
        'OVOP mentoring by the provincial programme.',
      ),
      urls: obj({ id: URL_, en: URL_ }, 'Product page in Indonesian and English.'),
      image: described(URL_, 'Product photo, JPEG, 800 px wide.'),
      added: described(DATE, 'Date the product joined the catalogue.'),
      sample: { type: 'boolean', description: 'True for fictional sample content.' },
    },
    'One product.',
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: absoluteUrl(dataFileUrl('schema'), origin),
    title: 'Etalase OVOP NTT — products',
    description: 'Village products of the OVOP programme of Nusa Tenggara Timur (open data).',
    type: 'object',
    properties: {
      generated: described(DATE, 'Build date of the data.'),
      licence: obj({
        content: obj({ name: { type: 'string' }, url: URL_, attribution: { type: 'string' } }),
        areaData: obj({
          name: { type: 'string' },
          url: URL_,
          attribution: { type: 'string' },
          fields: { type: 'array', items: { type: 'string' } },
        }),
      }),
      source: obj({
        publisher: { type: 'string' },
        site: URL_,
        documentation: URL_,
        schema: URL_,
        updateFrequency: { type: 'string' },
        sampleContent: { type: 'boolean' },
      }),
      count: { type: 'integer', minimum: 0, description: 'Number of products.' },
      products: { type: 'array', items: ref('product') },
    },
    required: ['generated', 'licence', 'source', 'count', 'products'],
    additionalProperties: false,
    $defs: {
      text: obj({ id: { type: 'string' }, en: { type: ['string', 'null'] } }),
      area: obj({
        code: { type: 'string', pattern: '^53(?:\\.\\d+)*$' },
        name: { type: 'string' },
      }),
      status: { enum: [...CERT_STATUSES] },
      state: { enum: [...CHECKLIST_STATES] },
      certificate: obj({ number: { type: 'string' }, status: ref('status') }),
      product,
    },
  };
}

// --- CSV -------------------------------------------------------------------------------------

/** Separator of list values in one CSV cell. */
export const LIST_SEPARATOR = ' | ';

type Cell = string | number | boolean | null;

/** CSV columns in order: dotted JSON paths, and how to read each from a row. */
export const CSV_COLUMNS: readonly { key: string; value: (p: OpenDataProduct) => Cell }[] = [
  { key: 'slug', value: (p) => p.slug },
  { key: 'qrCode', value: (p) => p.qrCode },
  { key: 'shortUrl', value: (p) => p.shortUrl },
  { key: 'gtin', value: (p) => p.gtin },
  { key: 'name.id', value: (p) => p.name.id },
  { key: 'name.en', value: (p) => p.name.en },
  { key: 'tagline.id', value: (p) => p.tagline.id },
  { key: 'tagline.en', value: (p) => p.tagline.en },
  { key: 'category.id', value: (p) => p.category.id },
  { key: 'category.name.id', value: (p) => p.category.name.id },
  { key: 'category.name.en', value: (p) => p.category.name.en },
  { key: 'village.code', value: (p) => p.village.code },
  { key: 'village.name', value: (p) => p.village.name },
  { key: 'district.code', value: (p) => p.district.code },
  { key: 'district.name', value: (p) => p.district.name },
  { key: 'regency.code', value: (p) => p.regency.code },
  { key: 'regency.name', value: (p) => p.regency.name },
  { key: 'producer.name', value: (p) => p.producer.name },
  { key: 'producer.whatsapp', value: (p) => p.producer.whatsapp },
  { key: 'producer.whatsappUrl', value: (p) => p.producer.whatsappUrl },
  {
    key: 'producer.marketplaces.name',
    value: (p) => p.producer.marketplaces.map((m) => m.name).join(LIST_SEPARATOR),
  },
  {
    key: 'producer.marketplaces.url',
    value: (p) => p.producer.marketplaces.map((m) => m.url).join(LIST_SEPARATOR),
  },
  { key: 'price.min', value: (p) => p.price.min },
  { key: 'price.max', value: (p) => p.price.max },
  { key: 'price.currency', value: (p) => p.price.currency },
  { key: 'price.unit.id', value: (p) => p.price.unit.id },
  { key: 'price.unit.en', value: (p) => p.price.unit.en },
  { key: 'available', value: (p) => p.available },
  { key: 'qris', value: (p) => p.qris },
  { key: 'certifications.halal.number', value: (p) => p.certifications.halal?.number ?? null },
  { key: 'certifications.halal.status', value: (p) => p.certifications.halal?.status ?? null },
  { key: 'certifications.halal.issued', value: (p) => p.certifications.halal?.issued ?? null },
  { key: 'certifications.halal.expires', value: (p) => p.certifications.halal?.expires ?? null },
  { key: 'certifications.bpom.number', value: (p) => p.certifications.bpom?.number ?? null },
  { key: 'certifications.bpom.status', value: (p) => p.certifications.bpom?.status ?? null },
  { key: 'certifications.pirt.number', value: (p) => p.certifications.pirt?.number ?? null },
  { key: 'certifications.pirt.status', value: (p) => p.certifications.pirt?.status ?? null },
  { key: 'programme.stage', value: (p) => p.programme.stage },
  ...CHECKLIST_AREAS.map((area) => ({
    key: `programme.checklist.${area}`,
    value: (p: OpenDataProduct) => p.programme.checklist[area],
  })),
  { key: 'programme.completion.done', value: (p) => p.programme.completion.done },
  { key: 'programme.completion.total', value: (p) => p.programme.completion.total },
  { key: 'urls.id', value: (p) => p.urls.id },
  { key: 'urls.en', value: (p) => p.urls.en },
  { key: 'image', value: (p) => p.image },
  { key: 'added', value: (p) => p.added },
  { key: 'sample', value: (p) => p.sample },
];

/** Column names of the CSV header. */
export const CSV_HEADER: readonly string[] = CSV_COLUMNS.map((c) => c.key);

const cellText = (v: Cell): string => (v === null ? '' : String(v));

/**
 * One CSV row as text by column name: `null` is an empty cell, numbers and booleans are
 * written as in JSON (`45000`, `true`), lists are joined with ` | `.
 */
export function csvRecord(p: OpenDataProduct): Record<string, string> {
  return Object.fromEntries(CSV_COLUMNS.map((c) => [c.key, cellText(c.value(p))]));
}

/**
 * `/data/products.csv`: UTF-8 with a byte-order mark (so spreadsheet programs read Indonesian
 * text correctly), a header row, CRLF line ends (RFC 4180), quoting where needed.
 */
export function productsCsv(products: readonly OpenDataProduct[]): string {
  const rows = products.map((p) => CSV_COLUMNS.map((c) => cellText(c.value(p))));
  return stringify(rows, {
    bom: true,
    header: true,
    columns: [...CSV_HEADER],
    record_delimiter: 'windows',
  });
}

// --- Atom feed -------------------------------------------------------------------------------

/** Products in the feed: the newest ones. */
export const FEED_SIZE = 20;

/** RFC 3339 timestamp without milliseconds. */
const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface FeedEntry {
  /** Permanent id: the absolute URL of the Indonesian product page. */
  id: string;
  title: string;
  summary: string;
  /** Product page (Indonesian). */
  url: string;
  /** Product page in English. */
  urlEn: string;
  /** Date added to the catalogue. */
  published: Date;
  category: { term: string; label: string };
}

export interface FeedInput {
  /** Absolute URL of the site's home page (also the feed's id). */
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  author: string;
  rights: string;
  /** Language of the text (`id`). */
  lang: string;
  /** Used for `<updated>` when there is no entry. */
  fallbackUpdated: Date;
  /** Newest first. */
  entries: readonly FeedEntry[];
}

/** An Atom 1.0 feed (RFC 4287) of newly added products. */
export function atomFeed(f: FeedInput): string {
  const updated = f.entries.reduce(
    (latest, e) => (e.published > latest ? e.published : latest),
    f.entries[0]?.published ?? f.fallbackUpdated,
  );
  const x = escapeMarkup;
  const entries = f.entries.map(
    (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" hreflang="id" href="${x(e.url)}"/>
    <link rel="alternate" type="text/html" hreflang="en" href="${x(e.urlEn)}"/>
    <published>${rfc3339(e.published)}</published>
    <updated>${rfc3339(e.published)}</updated>
    <category term="${x(e.category.term)}" label="${x(e.category.label)}"/>
    <summary>${x(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(f.lang)}">
  <id>${x(f.id)}</id>
  <title>${x(f.title)}</title>
  <subtitle>${x(f.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(f.id)}"/>
  <updated>${rfc3339(updated)}</updated>
  <author><name>${x(f.author)}</name></author>
  <rights>${x(f.rights)}</rights>
${entries.join('')}</feed>
`;
}
