/** `/data/events.json`: market days and exhibitions as open data (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getEventsOpenData } from '@/lib/open-data/events-load';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = async ({ site }) => {
  const doc = await getEventsOpenData(site?.origin ?? PLACEHOLDER_SITE_URL);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
