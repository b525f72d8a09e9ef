/** `/data/events.csv`: the rows of `/data/events.json`, one line per event (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { getEventsOpenData } from '@/lib/open-data/events-load';
import { eventsCsv } from '@/lib/open-data/events';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await getEventsOpenData(site?.origin ?? PLACEHOLDER_SITE_URL);
  return new Response(eventsCsv(events), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
