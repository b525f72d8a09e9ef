/**
 * View models of the event pages (`/acara/`, `/acara/<slug>/`), the home page's "next events"
 * and a product page's "Meet this product at …" notice. Each holds the event's state on the
 * build day (upcoming, ongoing, past), so a page's cache key (src/lib/views/page-keys.ts) changes on
 * the day an event moves to the past, though no file changed.
 */
import type { AreaIndex } from '../places/areas.ts';
import {
  eventStatus,
  formatEventWhen,
  splitEvents,
  witaIso,
  type EventStatus,
} from '../events/events.ts';
import type { EventLdInput } from './jsonld.ts';
import type { Locale } from '../text/locales.ts';
import { pick, pickText } from './localize.ts';
import { absoluteUrl, eventUrl, productUrl } from '../links/urls.ts';
import type { EventData } from '../../schemas/event.ts';

/** An event entry as the collection gives it. */
export interface EventEntry {
  id: string;
  data: EventData;
}

/** What an event list or a notice shows of one event. */
export interface EventCard {
  slug: string;
  url: string;
  title: string;
  /** True when an English page shows the Indonesian title. */
  titleFallback: boolean;
  /** `Sabtu, 12 Desember 2026, 08.00–17.00 WITA`. */
  when: string;
  /** WITA start and end with offset, for `<time datetime>`. */
  startIso: string;
  endIso: string;
  status: EventStatus;
  /** Regency/city name in this language, and the venue. */
  regency: string;
  venue: string;
  sample: boolean;
}

/** What the views need of the product list: a product by its QR code. */
export interface ProductByCode<P> {
  get(code: string): P | undefined;
}

export function eventCard(
  e: EventEntry,
  locale: Locale,
  today: Date,
  areas: Pick<AreaIndex, 'regencyByCode'>,
): EventCard {
  const title = pick(e.data.title, locale);
  return {
    slug: e.id,
    url: eventUrl(e.id, locale),
    title: title.text,
    titleFallback: title.fallback,
    when: formatEventWhen(e.data, locale),
    startIso: witaIso(e.data.start),
    endIso: witaIso(e.data.end),
    status: eventStatus(e.data, today),
    regency: areas.regencyByCode(e.data.place.regency)?.name[locale] ?? e.data.place.regency,
    venue: pickText(e.data.place.venue, locale),
    sample: e.data.sample,
  };
}

export interface EventsListView {
  locale: Locale;
  /** Upcoming and ongoing events, soonest first. */
  current: EventCard[];
  /** Past events, most recent first. */
  past: EventCard[];
  hasSamples: boolean;
}

/** `/acara/`: events to come first, then past ones. */
export function eventsListView(
  events: readonly EventEntry[],
  locale: Locale,
  today: Date,
  areas: Pick<AreaIndex, 'regencyByCode'>,
): EventsListView {
  const { current, past } = splitEvents(events, today);
  const card = (e: EventEntry) => eventCard(e, locale, today, areas);
  return {
    locale,
    current: current.map(card),
    past: past.map(card),
    hasSamples: events.some((e) => e.data.sample),
  };
}

export interface EventView<P> {
  event: EventEntry;
  card: EventCard;
  locale: Locale;
  description: string;
  descriptionLang: Locale;
  address: string;
  /** The products present, in the order written; a code no product has is left out. */
  products: P[];
  organiser: EventData['organiser'];
  /** schema.org `Event` input. */
  jsonLd: EventLdInput;
}

/** `/acara/<slug>/`. */
export function eventView<P extends { id: string; data: { name: EventData['title'] } }>(
  e: EventEntry,
  locale: Locale,
  ctx: {
    today: Date;
    areas: Pick<AreaIndex, 'regencyByCode'>;
    productsByCode: ProductByCode<P>;
    origin: string;
  },
): EventView<P> {
  const card = eventCard(e, locale, ctx.today, ctx.areas);
  const description = pick(e.data.description, locale);
  const products = e.data.products.flatMap((code) => {
    const p = ctx.productsByCode.get(code);
    return p ? [p] : [];
  });
  const regency = ctx.areas.regencyByCode(e.data.place.regency);
  return {
    event: e,
    card,
    locale,
    description: description.text,
    descriptionLang: description.lang,
    address: e.data.place.address,
    products,
    organiser: e.data.organiser,
    jsonLd: {
      url: absoluteUrl(card.url, ctx.origin),
      name: card.title,
      description: description.text,
      startDate: card.startIso,
      endDate: card.endIso,
      venue: card.venue,
      address: e.data.place.address,
      regency: regency?.officialName ?? e.data.place.regency,
      organiser: e.data.organiser,
      products: products.map((p) => ({
        name: pickText(p.data.name, locale),
        url: absoluteUrl(productUrl(p.id, locale), ctx.origin),
      })),
    },
  };
}

/** A product page's notice: the events to come that show the product (empty: no notice). */
export function productEventCards(
  code: string | undefined,
  events: readonly EventEntry[],
  locale: Locale,
  today: Date,
  areas: Pick<AreaIndex, 'regencyByCode'>,
): EventCard[] {
  if (!code) return [];
  return splitEvents(events, today)
    .current.filter((e) => e.data.products.includes(code))
    .map((e) => eventCard(e, locale, today, areas));
}
