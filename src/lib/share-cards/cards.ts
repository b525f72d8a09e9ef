/**
 * Which share cards the site has, and what each shows: one per product, regency, category,
 * catalogue, programme and home page, in both languages. The card's URL comes from the page's
 * path (`shareCardUrl` in urls.ts), so a page and its card can never disagree.
 */
import { t } from '../../i18n/index.ts';
import { byCategory, byRegency } from '../catalogue/catalogue.ts';
import { getCatalogue, type Product } from '../catalogue/catalogue-load.ts';
import { formatPrice } from '../text/format.ts';
import { LOCALES, type Locale } from '../text/locales.ts';
import { pickText } from '../views/localize.ts';
import type { ShareCardInput } from './draw.ts';
import {
  catalogueUrl,
  categoryUrl,
  homeUrl,
  productUrl,
  programmeUrl,
  regencyUrl,
  shareCardUrl,
} from '../links/urls.ts';

export interface CardEntry {
  /** `/og/produk/x.jpg` */
  url: string;
  card: ShareCardInput;
  /** og:image:alt: what the card shows, in words. */
  alt: string;
}

/** The original photo file of an image imported by a content collection (Astro sets fsPath). */
export function photoFile(src: unknown): string | undefined {
  const path = (src as { fsPath?: unknown } | undefined)?.fsPath;
  return typeof path === 'string' ? path : undefined;
}

function mark(locale: Locale): string {
  return `${t(locale, 'site.campaign')} · ${t(locale, 'site.name')}`;
}

/** A product's card: photo, name, price, village and regency. */
export function productCard(product: Product, locale: Locale): CardEntry {
  const d = product.data;
  const name = pickText(d.name, locale);
  const price = formatPrice(d.offer.price);
  const place = `${d.village.name}, ${d.village.regency.shortName}`;
  return {
    url: shareCardUrl(productUrl(product.id, locale)),
    card: {
      title: name,
      subtitle: price,
      place,
      mark: mark(locale),
      badge: d.sample ? t(locale, 'share.sampleBadge') : undefined,
      photo: photoFile(d.hero.src),
    },
    alt: t(locale, 'share.productAlt', { name, price, place }),
  };
}

function pageCard(
  url: string,
  locale: Locale,
  title: string,
  subtitle: string,
  photo?: Product,
): CardEntry {
  return {
    url: shareCardUrl(url),
    card: {
      title,
      subtitle,
      mark: mark(locale),
      photo: photo ? photoFile(photo.data.hero.src) : undefined,
    },
    alt: `${title} — ${subtitle}. ${mark(locale)}.`,
  };
}

/** Every card of the site. */
export async function allShareCards(): Promise<CardEntry[]> {
  const { all, active, regencies, categories } = await getCatalogue();
  const cards: CardEntry[] = [];
  for (const locale of LOCALES) {
    const count = (n: number) => t(locale, 'catalogue.count', { count: n });
    cards.push(
      pageCard(
        homeUrl(locale),
        locale,
        t(locale, 'site.name'),
        t(locale, 'share.homeSubtitle', { count: active.length }),
      ),
      pageCard(catalogueUrl(locale), locale, t(locale, 'catalogue.title'), count(active.length)),
      pageCard(
        programmeUrl(locale),
        locale,
        t(locale, 'programme.title'),
        t(locale, 'share.programmeSubtitle', { count: active.length }),
      ),
    );
    for (const regency of regencies) {
      const products = byRegency(active, regency.code);
      cards.push(
        pageCard(
          regencyUrl(regency.slug, locale),
          locale,
          regency.name[locale],
          count(products.length),
          products[0],
        ),
      );
    }
    for (const category of categories) {
      const products = byCategory(active, category.id);
      cards.push(
        pageCard(
          categoryUrl(category.id, locale),
          locale,
          pickText(category.data.name, locale),
          count(products.length),
          products[0],
        ),
      );
    }
    for (const product of all) cards.push(productCard(product, locale));
  }
  return cards;
}

let byUrl: Promise<Map<string, CardEntry>> | undefined;
/** The card a page shows, by the page's path (memoised). */
export async function shareCardFor(pagePath: string): Promise<CardEntry | undefined> {
  byUrl ??= allShareCards().then((cards) => new Map(cards.map((c) => [c.url, c])));
  return (await byUrl).get(shareCardUrl(pagePath));
}
