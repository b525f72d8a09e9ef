/**
 * `/admin/villages.json`: NTT's villages for the web editor's village field, from the official
 * area list (src/lib/cms/village-list.ts). Read when a product form opens, not at every start.
 */
import type { APIRoute } from 'astro';
import { loadAreas } from '@/lib/places/areas-load';
import { villageListFile } from '@/lib/cms/village-list';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(villageListFile(await loadAreas())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
