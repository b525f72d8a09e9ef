/** `/manifest.webmanifest`: name, colours, start URL and icons for "Add to home screen". */
import type { APIRoute } from 'astro';
import { webManifest } from '@/lib/share-cards/icons';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest(), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
