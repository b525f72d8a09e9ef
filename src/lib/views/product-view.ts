/**
 * A product page's view model: every value the page shows that is computed rather than read
 * straight from the product (order link, certificates with their status on the build date,
 * JSON-LD input, search filters, synonyms and island words, related cards, category name). Built once per
 * page in `getStaticPaths` (src/lib/views/routes.ts), rendered by ProductPage.astro, and hashed into
 * the page's incremental-build cache key by `viewKey` (src/lib/views/page-keys.ts) — so a value shown
 * on the page can never be missing from its key.
 */
import type { ProductData, ProductEntry } from '../../schemas/product.ts';
import { relatedProducts, type ProductLike, type RelatedIndex } from '../catalogue/catalogue.ts';
import {
  CERT_ISSUERS,
  certificationsOf,
  validCertKinds,
  type CertView,
} from '../catalogue/certifications.ts';
import { islandSearchText, type IslandIndex } from '../places/islands.ts';
import type { EventCard } from './event-view.ts';
import type { ProductLdInput } from './jsonld.ts';
import type { Locale } from '../text/locales.ts';
import { pick, pickText } from './localize.ts';
import { canSupplyOffices } from '../catalogue/office.ts';
import { officeFilterValues, synonymTerms, type FilterName } from '../search/search.ts';
import { categoryTerms, type SearchWords } from '../search/words.ts';
import { absoluteUrl, digitalLinkUrl, orderPingUrl, productUrl } from '../links/urls.ts';
import { gtin13Of } from '../validators/gtin.ts';
import { orderLink } from '../links/whatsapp.ts';

/** What the view needs of a product: the whole schema output (the page shows nearly all of it). */
type ViewProduct = ProductEntry<ProductData<unknown>> & ProductLike;

/** A category as the view needs it (a content collection entry of `categories`). */
export interface ViewCategory {
  id: string;
  data: { name: ProductData['name'] };
}

export interface ProductViewContext<P extends ViewProduct> {
  categoryById: ReadonlyMap<string, ViewCategory>;
  related: RelatedIndex<P>;
  /** content/search-synonyms.yaml: word groups and words per category. */
  synonyms: SearchWords;
  /** The island of every regency (content/islands.yaml). */
  islands: Pick<IslandIndex, 'ofRegency'>;
  /** The build date: certificate status is computed for it. */
  today: Date;
  /** Site origin, e.g. `https://ovop-ntt.example`. */
  origin: string;
}

export interface ProductView<P extends ViewProduct> {
  /** The product entry itself: its fields, photos and Markdown story. */
  product: P;
  locale: Locale;
  /** Absolute URL of this page. */
  pageUrl: string;
  name: string;
  /** True when an English page shows the Indonesian name. */
  nameFallback: boolean;
  tagline: string;
  /** The category's display name in this language, when the category exists. */
  category: { id: string; name: string } | undefined;
  certificates: CertView[];
  /** Up to four active products of the same regency, then of the same category. */
  related: P[];
  /** A retired product keeps its page, `noindex` and out of search. */
  retired: boolean;
  /** What the search index reads from the page; absent for retired products. */
  search:
    | {
        filters: [FilterName, string[]][];
        synonyms: string[];
        /** The island's words (`Pulau Flores`): in no visible field, so `flores` finds it. */
        islandText: string | undefined;
      }
    | undefined;
  /** The "Order via WhatsApp" link; absent for retired products. */
  orderLink: string | undefined;
  /** The order button's `ping` (counts the click on the province's server); needs a QR code. */
  orderPing: string | undefined;
  /** JSON-LD of the product, but the photo URL (made by Astro's image service in the page). */
  jsonLd: Omit<ProductLdInput, 'images'>;
  /** Events still to come that show the product ("Temui produk ini di …"); set by the route. */
  meetAt?: EventCard[];
}

/** The view of one product page in one language. */
export function productView<P extends ViewProduct>(
  product: P,
  locale: Locale,
  ctx: ProductViewContext<P>,
): ProductView<P> {
  const d = product.data;
  const pageUrl = absoluteUrl(productUrl(product.id, locale), ctx.origin);
  const name = pickText(d.name, locale);
  const tagline = pickText(d.tagline, locale);
  const categoryEntry = ctx.categoryById.get(d.category);
  const category = categoryEntry && {
    id: categoryEntry.id,
    name: pickText(categoryEntry.data.name, locale),
  };
  const retired = Boolean(d.retired);
  const island = ctx.islands.ofRegency(d.village.regency.code);
  const search = retired
    ? undefined
    : {
        filters: [
          ['kabupaten', [d.village.regency.slug]],
          ['pulau', island ? [island.slug] : []],
          ['kategori', [d.category]],
          ['sertifikasi', validCertKinds(d.certifications, ctx.today)],
          ['tahap', [d.programme.stage]],
          ['instansi', officeFilterValues(canSupplyOffices(d))],
        ] satisfies [FilterName, string[]][],
        synonyms: [
          ...synonymTerms(
            [
              d.name.id,
              d.name.en ?? '',
              d.category,
              ...d.tags,
              categoryEntry ? pickText(categoryEntry.data.name, 'id') : '',
            ],
            ctx.synonyms.groups,
          ),
          ...categoryTerms(d.category, ctx.synonyms),
        ],
        islandText: island ? islandSearchText(island, locale) : undefined,
      };
  const certificates = certificationsOf(d.certifications, ctx.today);
  return {
    product,
    locale,
    pageUrl,
    name,
    nameFallback: pick(d.name, locale).fallback,
    tagline,
    category,
    certificates,
    related: relatedProducts(product, ctx.related),
    retired,
    search,
    orderLink: retired
      ? undefined
      : orderLink({
          whatsapp: d.producer.whatsapp,
          producer: d.producer.name,
          product: name,
          pageUrl,
          locale,
        }),
    // Absolute: HTML allows only http(s) URLs in `ping` (the W3C checker refuses a path).
    orderPing: retired || !d.qr ? undefined : absoluteUrl(orderPingUrl(d.qr), ctx.origin),
    jsonLd: {
      url: pageUrl,
      name,
      description: tagline,
      category: category?.name ?? d.category,
      producer: d.producer.name,
      village: d.village.name,
      district: d.village.district.name,
      regency: d.village.regency.officialName,
      price: d.offer.price,
      available: d.offer.available,
      gtin14: d.gtin?.gtin14,
      gtin13: d.gtin ? gtin13Of(d.gtin.gtin14) : undefined,
      gs1DigitalLink: d.gtin ? absoluteUrl(digitalLinkUrl(d.gtin.gtin14), ctx.origin) : undefined,
      sku: d.qr,
      // Only certificates valid on the build date: an expired one is not a claim to make.
      certifications: certificates
        .filter((c) => c.status !== 'expired')
        .map((c) => ({
          name: CERT_ISSUERS[c.kind].name[locale],
          issuer: CERT_ISSUERS[c.kind].issuer,
          number: c.number,
          issued: c.issued,
          expires: c.expires,
          checkUrl: c.checkUrl,
        })),
    },
  };
}
