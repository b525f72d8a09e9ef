/**
 * The open-data row of one product and the `/data/products.json` document around the rows.
 * Pure functions: the endpoints only gather the inputs (catalogue, image URLs, origin). The
 * row's shape is `schema.ts`.
 */
import type { LocalizedText } from '../../schemas/common.ts';
import type {
  ChecklistArea,
  ChecklistState,
  ProductData,
  ProductEntry,
} from '../../schemas/product.ts';
import { CHECKLIST_AREAS } from '../../schemas/product.ts';
import { certificationsOf } from '../catalogue/certifications.ts';
import { isoDate } from '../text/format.ts';
import { checklistCompletion } from '../catalogue/programme.ts';
import { absoluteUrl, dataFileUrl, productUrl, shortLinkUrl } from '../links/urls.ts';
import { waMeLink } from '../links/whatsapp.ts';
import { LICENCE, PUBLISHER } from './licence.ts';
import type { OpenDataDocument, OpenDataProduct } from './schema.ts';

type OpenText = OpenDataProduct['name'];

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

export function openDataDocument(input: {
  generated: Date;
  origin: string;
  /** Absolute URL of the page describing the data. */
  documentation: string;
  products: OpenDataProduct[];
}): OpenDataDocument {
  return {
    generated: isoDate(input.generated),
    licence: {
      ...LICENCE,
      areaData: { ...LICENCE.areaData, fields: [...LICENCE.areaData.fields] },
    },
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
