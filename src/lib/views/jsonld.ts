/** schema.org structured data (JSON-LD) for search engines. */

export type JsonLd = Record<string, unknown>;

/** Serialises for a `<script type="application/ld+json">`: `<` is escaped so no text can close the tag. */
export function serializeJsonLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface ProductLdInput {
  url: string;
  name: string;
  description: string;
  images: string[];
  category: string;
  producer: string;
  village: string;
  district: string;
  regency: string;
  price: { min: number; max?: number | undefined };
  available: boolean;
  /** 14-digit GTIN, only when the content has one (never invented). */
  gtin14?: string | undefined;
  /** The 13-digit form, when the GTIN has one. */
  gtin13?: string | undefined;
  /** Absolute GS1 Digital Link URI (`…/01/<gtin14>/`). */
  gs1DigitalLink?: string | undefined;
  sku?: string | undefined;
  /** The product's certificates that are valid on the build date (never an expired one). */
  certifications?: CertificationLdInput[] | undefined;
}

/** One certificate as schema.org `Certification`: who issued it, its number, its validity. */
export interface CertificationLdInput {
  /** The certificate's name, e.g. `Sertifikat Halal`. */
  name: string;
  /** The issuing body, e.g. BPJPH. */
  issuer: { name: string; url?: string | undefined };
  number: string;
  issued?: Date | undefined;
  expires?: Date | undefined;
  /** The public page where anyone can check the number. */
  checkUrl?: string | undefined;
}

/** A calendar date as schema.org `Date` (YYYY-MM-DD, the day as written in content). */
function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** schema.org `Certification` (listed under the product's `hasCertification`). */
export function certificationJsonLd(c: CertificationLdInput): JsonLd {
  return {
    '@type': 'Certification',
    name: c.name,
    certificationIdentification: c.number,
    certificationStatus: 'https://schema.org/CertificationActive',
    issuedBy: {
      '@type': 'Organization',
      name: c.issuer.name,
      ...(c.issuer.url ? { url: c.issuer.url } : {}),
    },
    ...(c.issued ? { validFrom: isoDay(c.issued) } : {}),
    ...(c.expires ? { expires: isoDay(c.expires) } : {}),
    ...(c.checkUrl ? { url: c.checkUrl } : {}),
  };
}

export function productJsonLd(p: ProductLdInput): JsonLd {
  const availability = p.available ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock';
  const offers: JsonLd =
    p.price.max === undefined
      ? { '@type': 'Offer', price: p.price.min, priceCurrency: 'IDR', availability, url: p.url }
      : {
          '@type': 'AggregateOffer',
          lowPrice: p.price.min,
          highPrice: p.price.max,
          priceCurrency: 'IDR',
          availability,
          url: p.url,
        };
  const organization = {
    '@type': 'Organization',
    name: p.producer,
    address: {
      '@type': 'PostalAddress',
      addressLocality: `${p.village}, ${p.district}`,
      addressRegion: `${p.regency}, Nusa Tenggara Timur`,
      addressCountry: 'ID',
    },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: p.name,
    description: p.description,
    image: p.images,
    url: p.url,
    category: p.category,
    brand: { '@type': 'Brand', name: p.producer },
    manufacturer: organization,
    offers,
    ...(p.gtin14 ? { gtin: p.gtin14, gtin14: p.gtin14 } : {}),
    ...(p.gtin13 ? { gtin13: p.gtin13 } : {}),
    ...(p.gs1DigitalLink ? { hasGS1DigitalLink: p.gs1DigitalLink } : {}),
    ...(p.sku ? { sku: p.sku } : {}),
    ...(p.certifications?.length
      ? { hasCertification: p.certifications.map(certificationJsonLd) }
      : {}),
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

export function organizationJsonLd(o: {
  name: string;
  url: string;
  logo: string;
  description: string;
}): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.name,
    url: o.url,
    logo: o.logo,
    description: o.description,
    areaServed: { '@type': 'AdministrativeArea', name: 'Nusa Tenggara Timur, Indonesia' },
  };
}

export interface EventLdInput {
  url: string;
  name: string;
  description: string;
  /** ISO 8601 with WITA's offset, e.g. `2026-12-12T08:00:00+08:00`. */
  startDate: string;
  endDate: string;
  venue: string;
  address: string;
  /** Official regency/city name, e.g. `Kota Kupang`. */
  regency: string;
  organiser?: { name: string; url?: string | undefined } | undefined;
  /** The products shown there, linked to their pages. */
  products: { name: string; url: string }[];
}

/** A market day or exhibition held in person (schema.org `Event`). */
export function eventJsonLd(e: EventLdInput): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: e.name,
    description: e.description,
    url: e.url,
    startDate: e.startDate,
    endDate: e.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: {
      '@type': 'Place',
      name: e.venue,
      address: {
        '@type': 'PostalAddress',
        streetAddress: e.address,
        addressLocality: e.regency,
        addressRegion: 'Nusa Tenggara Timur',
        addressCountry: 'ID',
      },
    },
    ...(e.organiser
      ? {
          organizer: {
            '@type': 'Organization',
            name: e.organiser.name,
            ...(e.organiser.url ? { url: e.organiser.url } : {}),
          },
        }
      : {}),
    ...(e.products.length
      ? {
          about: e.products.map((p) => ({ '@type': 'Product', name: p.name, url: p.url })),
        }
      : {}),
  };
}
