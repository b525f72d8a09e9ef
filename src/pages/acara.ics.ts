/**
 * `/acara.ics`: every event as an iCalendar feed that phones subscribe to (times in UTC, so each
 * phone shows them in its own zone; see src/lib/events/ics.ts). Linked from /acara/ and each event.
 */
import type { APIRoute } from 'astro';
import { loadAreas } from '@/lib/places/areas-load';
import { buildDate } from '@/lib/build/build-date';
import { getEvents } from '@/lib/events/events-load';
import { splitEvents } from '@/lib/events/events';
import { buildCalendar } from '@/lib/events/ics';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';
import { t } from '@/i18n';
import { absoluteUrl, eventUrl } from '@/lib/links/urls';

export const GET: APIRoute = async ({ site }) => {
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const [events, areas] = await Promise.all([getEvents(), loadAreas()]);
  const today = buildDate();
  const { current, past } = splitEvents(events, today);
  const ics = buildCalendar(
    [...current, ...past].map((e) => ({
      slug: e.id,
      title: e.data.title.id,
      description: [e.data.description.id, e.data.description.en].filter(Boolean).join('\n\n'),
      location: [
        e.data.place.venue.id,
        e.data.place.address,
        areas.regencyByCode(e.data.place.regency)?.officialName,
      ]
        .filter(Boolean)
        .join(', '),
      url: absoluteUrl(eventUrl(e.id, 'id'), origin),
      start: e.data.start,
      end: e.data.end,
    })),
    { name: t('id', 'events.calendarName'), host: new URL(origin).host, stamp: today },
  );
  return new Response(ics, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
