/**
 * `/og/….jpg`: the share cards (1200 × 630 JPEG) shown when a page's link is shared in
 * WhatsApp or social media. Cards are kept in the cache folder beside the QR files, keyed by
 * everything they show (the photo by its bytes), so a rebuild encodes only changed cards.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDirFor, contentDir } from '@/lib/build/content-dir';
import { fileCache } from '@/lib/build/file-cache';
import { renderShareCard, shareCardKey, type ShareCardInput } from '@/lib/share-cards/draw';
import { allShareCards } from '@/lib/share-cards/cards';

export const getStaticPaths = (async () =>
  (await allShareCards()).map((entry) => ({
    params: { card: entry.url.replace(/^\/og\//, '') },
    props: { card: entry.card },
  }))) satisfies GetStaticPaths;

const cache = fileCache(cacheDirFor(contentDir()), 'etalase-share-cards');

export const GET: APIRoute = async ({ props }) => {
  const { card } = props as { card: ShareCardInput };
  const bytes = await cache.get(shareCardKey(card), () => renderShareCard(card));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': 'image/jpeg' } });
};
