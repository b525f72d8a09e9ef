/**
 * The events as an iCalendar feed (`/acara.ics`, RFC 5545) that phones and calendar apps
 * subscribe to. Times are written in UTC (`DTSTART:20261212T000000Z`): every calendar shows
 * them in the phone's own zone, so a phone in Kupang shows 08:00 for an event at 08:00 WITA and
 * a phone in Jakarta 07:00 — with no VTIMEZONE block that some apps ignore. The text is built by
 * the `ics` package; this module only maps events to it and keeps the output reproducible.
 */
import { createEvents, type EventAttributes } from 'ics';
import { witaInstant } from './events.ts';

export interface CalendarEvent {
  /** Stable id (the event's slug): a calendar updates the entry instead of adding a copy. */
  slug: string;
  title: string;
  description: string;
  /** Venue, address and regency, in one line. */
  location: string;
  /** Absolute URL of the event page. */
  url: string;
  /** WITA wall-clock times, `YYYY-MM-DDTHH:MM`. */
  start: string;
  end: string;
}

export interface CalendarOptions {
  /** Calendar name shown in the app (`X-WR-CALNAME`). */
  name: string;
  /** Site host, for globally unique UIDs (`<slug>@<host>`). */
  host: string;
  /** DTSTAMP of every entry: the build day, so the same content gives the same bytes. */
  stamp: Date;
  /** How often a subscribed calendar should fetch the feed again, in hours. */
  refreshHours?: number;
}

/** Thrown when the `ics` package rejects an event (it names the field). */
export class CalendarError extends Error {}

/** The iCalendar text (CRLF line endings, folded lines) of `events`. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const attributes: EventAttributes[] = events.map((e) => ({
    uid: `${e.slug}@${options.host}`,
    title: e.title,
    description: `${e.description}\n\n${e.url}`,
    location: e.location,
    url: e.url,
    start: witaInstant(e.start).getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: witaInstant(e.end).getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: 'CONFIRMED',
    busyStatus: 'FREE',
    productId: `-//${options.host}//Etalase OVOP NTT//ID`,
    calName: options.name,
    // Not in the package's types, but read by it: DTSTAMP would otherwise be the clock time.
    ...({ timestamp: options.stamp.getTime() } as object),
  }));
  const { error, value } = createEvents(attributes, {
    productId: `-//${options.host}//Etalase OVOP NTT//ID`,
    calName: options.name,
  });
  if (error || value === null) {
    throw new CalendarError(`iCalendar feed: ${error?.message ?? 'no output'}`);
  }
  // Ask subscribed calendars to fetch again twice a day (the site rebuilds daily).
  const hours = options.refreshHours ?? 12;
  const refresh = `REFRESH-INTERVAL;VALUE=DURATION:PT${String(hours)}H\r\nX-PUBLISHED-TTL:PT${String(hours)}H\r\n`;
  return value
    .replace(/X-PUBLISHED-TTL:[^\r\n]*\r\n/g, '')
    .replace(/(X-WR-CALNAME:[^\r\n]*\r\n)/, `$1${refresh}`);
}
