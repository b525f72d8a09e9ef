/** `/data/products.json`: every active product as open data (see docs/open-data.md). */
import type { APIRoute } from 'astro';
import { getOpenData } from '@/lib/open-data/row-load';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = async ({ site }) => {
  const doc = await getOpenData(site?.origin ?? PLACEHOLDER_SITE_URL);
  return new Response(`${JSON.stringify(doc, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
