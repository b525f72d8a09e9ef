/**
 * `/data/daftar-harga.xlsx`: the price list for procurement staff, from the rows of
 * `/data/products.csv` (src/lib/open-data/price-list.ts).
 */
import type { APIRoute } from 'astro';
import { priceListWorkbook } from '@/lib/open-data/price-list';
import { getOpenData } from '@/lib/open-data/row-load';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = async ({ site }) => {
  const doc = await getOpenData(site?.origin ?? PLACEHOLDER_SITE_URL);
  return new Response(await priceListWorkbook(doc), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
};
