/** `/icon-192.png`, `/icon-512.png`: the manifest's icons. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { ICON_SIZES, renderIcon } from '@/lib/share-cards/icons';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({
    params: { size: String(size) },
    props: { size },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon((props as { size: number }).size)), {
    headers: { 'Content-Type': 'image/png' },
  });
