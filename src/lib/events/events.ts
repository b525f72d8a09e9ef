/**
 * Market days and exhibitions (content/acara/): when an event is, in WITA, and whether it is
 * still to come on the build date. Times in content are WITA wall-clock strings
 * (`2026-12-12T08:00`, see src/lib/validators/wita-time.ts); WITA is UTC+8 all year
 * (`Asia/Makassar` has no daylight saving), so the instant is a fixed offset away.
 *
 * "Upcoming" is a matter of days, counted in WITA like certificate validity: an event is
 * upcoming (or happening now) until the end of its last day, and past from the next day on.
 * The deploy workflow rebuilds every day shortly after midnight WITA, so an event moves to the
 * past without anyone editing it.
 */
import { isoDate } from '../text/format.ts';
import type { Locale } from '../text/locales.ts';

/** WITA's offset from UTC, in hours (no daylight saving). */
export const WITA_OFFSET_HOURS = 8;
/** The IANA zone of WITA. */
export const WITA_ZONE = 'Asia/Makassar';

/** `2026-12-12T08:00` (WITA) -> the instant, as a Date. */
export function witaInstant(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) throw new Error(`Not a WITA date-time (YYYY-MM-DDTHH:MM): ${local}`);
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h - WITA_OFFSET_HOURS, mi, 0, 0);
  return date;
}

/** `2026-12-12T08:00` -> `2026-12-12T08:00:00+08:00` (ISO 8601 with WITA's offset). */
export function witaIso(local: string): string {
  return `${local}:00+0${String(WITA_OFFSET_HOURS)}:00`;
}

/** The WITA day of a wall-clock time: `2026-12-12T08:00` -> `2026-12-12`. */
export const witaDay = (local: string): string => local.slice(0, 10);

/** Today's date in WITA, `YYYY-MM-DD`, from the build date (src/lib/build/build-date.ts). */
export const dayOf = (today: Date): string => isoDate(today);

/** What an event is on the build day. */
export type EventStatus = 'upcoming' | 'ongoing' | 'past';

export interface EventTimes {
  /** WITA wall-clock start, `YYYY-MM-DDTHH:MM`. */
  start: string;
  /** WITA wall-clock end, `YYYY-MM-DDTHH:MM`. */
  end: string;
}

/** `upcoming` before its first day, `ongoing` from its first to its last day, then `past`. */
export function eventStatus(e: EventTimes, today: Date): EventStatus {
  const day = dayOf(today);
  if (witaDay(e.end) < day) return 'past';
  return witaDay(e.start) <= day ? 'ongoing' : 'upcoming';
}

/** True while the event is still to come or happening (not past). */
export const isCurrent = (e: EventTimes, today: Date): boolean => eventStatus(e, today) !== 'past';

/** An event entry, as the collection gives it. */
export interface EventLike {
  id: string;
  data: EventTimes & { products: readonly string[] };
}

export interface SplitEvents<E> {
  /** Upcoming and ongoing events, soonest first. */
  current: E[];
  /** Past events, most recent first. */
  past: E[];
}

/** Events to come first (soonest first), then past ones (most recent first). */
export function splitEvents<E extends EventLike>(
  events: readonly E[],
  today: Date,
): SplitEvents<E> {
  const byStart = (a: E, b: E) =>
    a.data.start.localeCompare(b.data.start) ||
    a.data.end.localeCompare(b.data.end) ||
    a.id.localeCompare(b.id);
  const current = events.filter((e) => isCurrent(e.data, today)).sort(byStart);
  const past = events.filter((e) => !isCurrent(e.data, today)).sort((a, b) => byStart(b, a));
  return { current, past };
}

/** The next `limit` events still to come or happening (for the home page). */
export function nextEvents<E extends EventLike>(
  events: readonly E[],
  today: Date,
  limit: number,
): E[] {
  return splitEvents(events, today).current.slice(0, limit);
}

const LOCALE_TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

// The wall-clock time is held as a UTC date so that no machine time zone can shift it.
const DAY = Object.fromEntries(
  (['id', 'en'] as const).map((l) => [
    l,
    new Intl.DateTimeFormat(LOCALE_TAGS[l], {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

const wall = (local: string): Date => new Date(`${local}:00Z`);

/** `08:00` -> `08.00` in Indonesian (the Indonesian way), `08:00` in English. */
function clock(local: string, locale: Locale): string {
  const hm = local.slice(11, 16);
  return locale === 'id' ? hm.replace(':', '.') : hm;
}

/** `Sabtu, 12 Desember 2026` / `Saturday, 12 December 2026`. */
export function formatEventDay(local: string, locale: Locale): string {
  return DAY[locale].format(wall(local));
}

/**
 * When an event takes place, in words, always naming WITA:
 * `Sabtu, 12 Desember 2026, 08.00–17.00 WITA`, or over several days
 * `Sabtu, 12 Desember 2026, 08.00 – Senin, 14 Desember 2026, 17.00 WITA`.
 */
export function formatEventWhen(e: EventTimes, locale: Locale): string {
  const from = formatEventDay(e.start, locale);
  if (witaDay(e.start) === witaDay(e.end)) {
    return `${from}, ${clock(e.start, locale)}–${clock(e.end, locale)} WITA`;
  }
  return `${from}, ${clock(e.start, locale)} – ${formatEventDay(e.end, locale)}, ${clock(e.end, locale)} WITA`;
}
