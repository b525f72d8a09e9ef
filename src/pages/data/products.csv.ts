/** `/data/products.csv`: the rows of `/data/products.json`, flattened (UTF-8 with BOM). */
import type { APIRoute } from 'astro';
import { productsCsv } from '@/lib/open-data/csv';
import { getOpenData } from '@/lib/open-data/row-load';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = async ({ site }) => {
  const { products } = await getOpenData(site?.origin ?? PLACEHOLDER_SITE_URL);
  return new Response(productsCsv(products), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
