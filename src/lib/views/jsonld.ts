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
