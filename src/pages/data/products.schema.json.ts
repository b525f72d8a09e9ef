/** `/data/products.schema.json`: JSON Schema (draft 2020-12) of `/data/products.json`. */
import type { APIRoute } from 'astro';
import { productsJsonSchema } from '@/lib/open-data/json-schema';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(productsJsonSchema(site?.origin ?? PLACEHOLDER_SITE_URL), null, 2)}\n`,
    {
      headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
    },
  );
