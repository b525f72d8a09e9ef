/** `/apple-touch-icon.png`: 180 px, opaque, for iOS home screens. */
import type { APIRoute } from 'astro';
import { renderIcon, TOUCH_ICON_SIZE } from '@/lib/share-cards/icons';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await renderIcon(TOUCH_ICON_SIZE, true)), {
    headers: { 'Content-Type': 'image/png' },
  });
