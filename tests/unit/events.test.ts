/**
 * Market days and exhibitions: WITA times, upcoming/past on a given build day (never today's
 * real date), the text shown, the iCalendar feed as a calendar app reads it, the JSON-LD, the
 * open-data rows, and the page keys that change the day an event becomes past.
 */
import ICAL from 'ical.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import {
  eventCard,
  eventsListView,
  eventView,
  productEventCards,
} from '../../src/lib/views/event-view.ts';
import {
  eventStatus,
  formatEventWhen,
  nextEvents,
  splitEvents,
  witaInstant,
  witaIso,
} from '../../src/lib/events/events.ts';
import { buildCalendar } from '../../src/lib/events/ics.ts';
import { eventJsonLd } from '../../src/lib/views/jsonld.ts';
import { eventsCsv, eventsDocument, EVENTS_CSV_HEADER } from '../../src/lib/open-data/events.ts';
import { viewKey } from '../../src/lib/views/page-keys.ts';
import { eventsCalendarUrl, eventsDataUrl, eventsUrl, eventUrl } from '../../src/lib/links/urls.ts';
import { parseWitaDateTime } from '../../src/lib/validators/wita-time.ts';
import { eventSchema, type EventData } from '../../src/schemas/event.ts';

const areas = await loadAreas();
const day = (d: string) => new Date(`${d}T00:00:00Z`);

function event(id: string, start: string, end: string, products: string[] = []) {
  const data: EventData = eventSchema({ areas }).parse({
    title: { id: `Acara ${id}`, en: `Event ${id}` },
    description: 'Uji.',
    start,
    end,
    place: { venue: 'Lapangan', address: 'Jl. Uji 1', regency: '53.71' },
    products,
  });
  return { id, data };
}

const PAST = event('lalu', '2026-11-20 08:00', '2026-11-20 12:00', ['RM7B']);
const MULTI = event('tiga-hari', '2026-12-05 09:00', '2026-12-07 21:00', ['RM7B', 'MM2P']);
const SOON = event('segera', '2026-12-12 08:00', '2026-12-12 17:00', ['MM2P']);
const LATER = event('nanti', '2027-01-10 08:00', '2027-01-10 17:00');
const ALL = [LATER, PAST, SOON, MULTI];

describe('WITA times', () => {
  it('reads a wall-clock time in WITA as the instant eight hours earlier in UTC', () => {
    expect(witaInstant('2026-12-12T08:00').toISOString()).toBe('2026-12-12T00:00:00.000Z');
    // Early morning WITA is the previous day in UTC.
    expect(witaInstant('2026-12-12T05:30').toISOString()).toBe('2026-12-11T21:30:00.000Z');
    expect(witaIso('2026-12-12T08:00')).toBe('2026-12-12T08:00:00+08:00');
  });

  it('accepts what editors write and normalises it; rejects the rest with the fix', () => {
    for (const input of [
      '2026-12-12 08:00',
      '2026-12-12T08:00',
      '2026-12-12 8.00',
      '2026-12-12 08:00 WITA',
    ])
      expect(parseWitaDateTime(input), input).toEqual({ ok: true, value: '2026-12-12T08:00' });
    for (const input of [
      '2026-12-12',
      '12-12-2026 08:00',
      '2026-12-12 24:00',
      '2026-13-01 08:00',
      8,
      new Date(),
    ])
      expect(parseWitaDateTime(input).ok, String(input)).toBe(false);
  });

  it('says when in words, naming WITA, over one day or several', () => {
    expect(formatEventWhen(SOON.data, 'id')).toBe('Sabtu, 12 Desember 2026, 08.00–17.00 WITA');
    expect(formatEventWhen(SOON.data, 'en')).toBe('Saturday, 12 December 2026, 08:00–17:00 WITA');
    expect(formatEventWhen(MULTI.data, 'id')).toBe(
      'Sabtu, 5 Desember 2026, 09.00 – Senin, 7 Desember 2026, 21.00 WITA',
    );
  });
});

describe('upcoming and past on the build day', () => {
  it('an event is upcoming before its first day, ongoing until its last day ends, then past', () => {
    expect(eventStatus(MULTI.data, day('2026-12-04'))).toBe('upcoming');
    expect(eventStatus(MULTI.data, day('2026-12-05'))).toBe('ongoing');
    expect(eventStatus(MULTI.data, day('2026-12-07'))).toBe('ongoing');
    expect(eventStatus(MULTI.data, day('2026-12-08'))).toBe('past');
  });

  it('lists events to come soonest first, then past ones most recent first', () => {
    const { current, past } = splitEvents(ALL, day('2026-12-06'));
    expect(current.map((e) => e.id)).toEqual(['tiga-hari', 'segera', 'nanti']);
    expect(past.map((e) => e.id)).toEqual(['lalu']);
    const later = splitEvents(ALL, day('2026-12-13'));
    expect(later.current.map((e) => e.id)).toEqual(['nanti']);
    expect(later.past.map((e) => e.id)).toEqual(['segera', 'tiga-hari', 'lalu']);
    expect(nextEvents(ALL, day('2026-12-06'), 2).map((e) => e.id)).toEqual(['tiga-hari', 'segera']);
  });

  it('a product shows only the events still to come that list its QR code', () => {
    const cards = (code: string, d: string) =>
      productEventCards(code, ALL, 'id', day(d), areas).map((c) => c.slug);
    expect(cards('RM7B', '2026-12-06')).toEqual(['tiga-hari']);
    expect(cards('RM7B', '2026-12-08')).toEqual([]);
    expect(cards('MM2P', '2026-12-08')).toEqual(['segera']);
    expect(productEventCards(undefined, ALL, 'id', day('2026-12-06'), areas)).toEqual([]);
  });

  it('page keys change on the day an event becomes past, and not on other days', () => {
    const key = (d: string) =>
      viewKey('product', productEventCards('RM7B', ALL, 'id', day(d), areas), day(d));
    const listKey = (d: string) =>
      viewKey('events', eventsListView(ALL, 'id', day(d), areas), day(d));
    expect(key('2026-12-05')).toBe(key('2026-12-06'));
    expect(key('2026-12-07')).not.toBe(key('2026-12-08'));
    expect(listKey('2026-12-07')).not.toBe(listKey('2026-12-08'));
  });
});

describe('the iCalendar feed', () => {
  const ics = buildCalendar(
    [SOON, MULTI].map((e) => ({
      slug: e.id,
      title: e.data.title.id,
      description: 'Baris satu; dengan koma, titik koma\ndan baris baru.',
      location: 'Lapangan, Jl. Uji 1, Kota Kupang',
      url: `https://produk.example/acara/${e.id}/`,
      start: e.data.start,
      end: e.data.end,
    })),
    { name: 'Acara OVOP NTT', host: 'produk.example', stamp: day('2026-12-06') },
  );
  const calendar = ICAL.Component.fromString(ics);
  const vevents = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

  it('parses as iCalendar with one entry per event, stable ids and the text unharmed', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Acara OVOP NTT');
    expect(vevents.map((v) => v.uid)).toEqual([
      'segera@produk.example',
      'tiga-hari@produk.example',
    ]);
    expect(vevents[0]?.summary).toBe('Acara segera');
    expect(vevents[0]?.location).toBe('Lapangan, Jl. Uji 1, Kota Kupang');
    expect(vevents[0]?.description).toContain(
      'Baris satu; dengan koma, titik koma\ndan baris baru.',
    );
  });

  it('writes times in UTC, so a phone in WITA shows 08:00 and one in WIB 07:00', () => {
    const start = vevents[0]?.startDate;
    expect(start?.zone.tzid).toBe('UTC');
    expect(ics).toContain('DTSTART:20261212T000000Z\r\n');
    expect(start?.toJSDate().toISOString()).toBe('2026-12-12T00:00:00.000Z');
    expect(vevents[1]?.endDate.toJSDate().toISOString()).toBe('2026-12-07T13:00:00.000Z');
    const shown = (zone: string) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hour: '2-digit',
        minute: '2-digit',
      }).format(start?.toJSDate());
    expect(shown('Asia/Makassar')).toBe('08:00');
    expect(shown('Asia/Jakarta')).toBe('07:00');
  });

  it('is the same bytes for the same content and day (no clock time inside)', () => {
    expect(ics).toContain('DTSTAMP:20261206T000000Z');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT12H');
    expect(ics.match(/X-PUBLISHED-TTL/g)).toHaveLength(1);
  });

  it('an empty list is still a calendar a phone can subscribe to', () => {
    const empty = buildCalendar([], { name: 'x', host: 'h', stamp: day('2026-12-06') });
    expect(ICAL.Component.fromString(empty).getAllSubcomponents('vevent')).toEqual([]);
  });
});

describe('event page, JSON-LD and open data', () => {
  const products = new Map([
    ['RM7B', { id: 'kopi', data: { name: { id: 'Kopi', en: 'Coffee' } } }],
  ]);
  const ctx = {
    today: day('2026-12-06'),
    areas,
    productsByCode: products,
    origin: 'https://produk.example',
  };

  it('an event page lists its products (a code without a product left out) and gives schema.org Event', () => {
    const view = eventView(MULTI, 'en', ctx);
    expect(view.products.map((p) => p.id)).toEqual(['kopi']);
    expect(view.card).toMatchObject({
      status: 'ongoing',
      regency: 'Kupang City',
      url: '/en/acara/tiga-hari/',
    });
    const ld = eventJsonLd(view.jsonLd);
    expect(ld).toMatchObject({
      '@type': 'Event',
      startDate: '2026-12-05T09:00:00+08:00',
      endDate: '2026-12-07T21:00:00+08:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        address: { addressLocality: 'Kota Kupang', addressCountry: 'ID' },
      },
      about: [
        { '@type': 'Product', name: 'Coffee', url: 'https://produk.example/en/produk/kopi/' },
      ],
    });
  });

  it('the events document and its CSV hold the same rows, with status on the build day', () => {
    const doc = eventsDocument(ALL, {
      origin: 'https://produk.example',
      today: day('2026-12-06'),
      areas,
      productByCode: new Map([['RM7B', 'kopi']]),
      documentation: 'https://produk.example/en/data/',
    });
    expect(doc.generated).toBe('2026-12-06');
    expect(doc.events.map((e) => [e.id, e.status])).toEqual([
      ['tiga-hari', 'ongoing'],
      ['segera', 'upcoming'],
      ['nanti', 'upcoming'],
      ['lalu', 'past'],
    ]);
    expect(doc.events[0]?.products).toEqual([
      {
        code: 'RM7B',
        shortLink: 'https://produk.example/p/RM7B/',
        page: 'https://produk.example/produk/kopi/',
      },
      { code: 'MM2P', shortLink: 'https://produk.example/p/MM2P/', page: null },
    ]);
    const rows = parseCsv<Record<string, string>>(eventsCsv(doc.events), {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0] ?? {})).toEqual([...EVENTS_CSV_HEADER]);
    expect(rows.map((r) => r['id'])).toEqual(doc.events.map((e) => e.id));
    expect(rows[0]?.['products.code']).toBe('RM7B | MM2P');
    expect(rows[0]?.['start']).toBe('2026-12-05T09:00:00+08:00');
  });

  it('the card of an English page says when an Indonesian title stands in', () => {
    const plain = { ...SOON, data: { ...SOON.data, title: { id: 'Hanya Indonesia' } } };
    expect(eventCard(plain, 'en', day('2026-12-06'), areas)).toMatchObject({
      title: 'Hanya Indonesia',
      titleFallback: true,
    });
  });
});

describe('event URLs', () => {
  it('live under /acara/ in both languages; the calendar and data are language-neutral', () => {
    expect(eventsUrl('id')).toBe('/acara/');
    expect(eventsUrl('en')).toBe('/en/acara/');
    expect(eventUrl('pasar-tani', 'id')).toBe('/acara/pasar-tani/');
    expect(eventUrl('pasar-tani', 'en')).toBe('/en/acara/pasar-tani/');
    expect(eventsCalendarUrl()).toBe('/acara.ics');
    expect(eventsDataUrl('json')).toBe('/data/events.json');
    expect(eventsDataUrl('csv')).toBe('/data/events.csv');
  });
});
