/**
 * Events in the open data: `/data/events.json` (a document like products.json) and
 * `/data/events.csv` (one line per event), built from the same rows. An event's `status`
 * (upcoming, ongoing, past) is its state on the build date given in `generated`.
 */
import { stringify } from 'csv-stringify/sync';
import type { AreaIndex } from '../places/areas.ts';
import {
  eventStatus,
  splitEvents,
  witaIso,
  WITA_ZONE,
  type EventStatus,
} from '../events/events.ts';
import { isoDate } from '../text/format.ts';
import {
  absoluteUrl,
  eventsCalendarUrl,
  eventUrl,
  productUrl,
  shortLinkUrl,
} from '../links/urls.ts';
import type { EventData } from '../../schemas/event.ts';
import { LICENCE, PUBLISHER } from './licence.ts';
import { LIST_SEPARATOR } from './csv.ts';

type Text = { id: string; en: string | null };
const text = (t: { id: string; en?: string | undefined }): Text => ({ id: t.id, en: t.en ?? null });

export interface OpenDataEvent {
  /** The event's slug (its file name in content/acara/). */
  id: string;
  sample: boolean;
  status: EventStatus;
  title: Text;
  description: Text;
  /** ISO 8601 with WITA's offset, e.g. `2026-12-12T08:00:00+08:00`. */
  start: string;
  end: string;
  timeZone: typeof WITA_ZONE;
  venue: Text;
  address: string;
  regency: { code: string; name: string };
  /** The products present: QR code, short link, product page. */
  products: { code: string; shortLink: string; page: string | null }[];
  organiser: { name: string; url: string | null } | null;
  url: { id: string; en: string };
}

export interface EventRowContext {
  origin: string;
  today: Date;
  areas: Pick<AreaIndex, 'regencyByCode'>;
  /** Product slug by QR code. */
  productByCode: ReadonlyMap<string, string>;
}

export function toOpenDataEvent(
  e: { id: string; data: EventData },
  ctx: EventRowContext,
): OpenDataEvent {
  const d = e.data;
  const abs = (path: string) => absoluteUrl(path, ctx.origin);
  return {
    id: e.id,
    sample: d.sample,
    status: eventStatus(d, ctx.today),
    title: text(d.title),
    description: text(d.description),
    start: witaIso(d.start),
    end: witaIso(d.end),
    timeZone: WITA_ZONE,
    venue: text(d.place.venue),
    address: d.place.address,
    regency: {
      code: d.place.regency,
      name: ctx.areas.regencyByCode(d.place.regency)?.officialName ?? d.place.regency,
    },
    products: d.products.map((code) => {
      const slug = ctx.productByCode.get(code);
      return {
        code,
        shortLink: abs(shortLinkUrl(code)),
        page: slug ? abs(productUrl(slug, 'id')) : null,
      };
    }),
    organiser: d.organiser ? { name: d.organiser.name, url: d.organiser.url ?? null } : null,
    url: { id: abs(eventUrl(e.id, 'id')), en: abs(eventUrl(e.id, 'en')) },
  };
}

export interface OpenDataEventsDocument {
  generated: string;
  licence: { content: (typeof LICENCE)['content'] };
  source: {
    publisher: string;
    site: string;
    documentation: string;
    calendar: string;
    updateFrequency: string;
    sampleContent: boolean;
  };
  count: number;
  events: OpenDataEvent[];
}

/** `/data/events.json`: upcoming and ongoing events first (soonest first), then past ones. */
export function eventsDocument(
  events: readonly { id: string; data: EventData }[],
  ctx: EventRowContext & { documentation: string },
): OpenDataEventsDocument {
  const { current, past } = splitEvents(events, ctx.today);
  const rows = [...current, ...past].map((e) => toOpenDataEvent(e, ctx));
  return {
    generated: isoDate(ctx.today),
    licence: { content: LICENCE.content },
    source: {
      publisher: PUBLISHER,
      site: absoluteUrl('/', ctx.origin),
      documentation: ctx.documentation,
      calendar: absoluteUrl(eventsCalendarUrl(), ctx.origin),
      updateFrequency: 'Rebuilt on every content change and every day at 00:10 WITA.',
      sampleContent: rows.some((r) => r.sample),
    },
    count: rows.length,
    events: rows,
  };
}

/** Column names of `/data/events.csv`, in order (dotted JSON paths). */
export const EVENTS_CSV_HEADER = [
  'id',
  'sample',
  'status',
  'title.id',
  'title.en',
  'start',
  'end',
  'timeZone',
  'venue.id',
  'venue.en',
  'address',
  'regency.code',
  'regency.name',
  'products.code',
  'organiser.name',
  'organiser.url',
  'url.id',
  'url.en',
] as const;

/** `/data/events.csv`: UTF-8 with BOM, CRLF, like products.csv; product codes joined with ` | `. */
export function eventsCsv(rows: readonly OpenDataEvent[]): string {
  const cells = rows.map((r) => [
    r.id,
    String(r.sample),
    r.status,
    r.title.id,
    r.title.en ?? '',
    r.start,
    r.end,
    r.timeZone,
    r.venue.id,
    r.venue.en ?? '',
    r.address,
    r.regency.code,
    r.regency.name,
    r.products.map((p) => p.code).join(LIST_SEPARATOR),
    r.organiser?.name ?? '',
    r.organiser?.url ?? '',
    r.url.id,
    r.url.en,
  ]);
  return stringify(cells, {
    bom: true,
    header: true,
    columns: [...EVENTS_CSV_HEADER],
    record_delimiter: 'windows',
  });
}
