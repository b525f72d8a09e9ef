/** `/qr/<CODE>.svg` and `/qr/<CODE>.png`: print files for every issued code (build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheDirFor, contentDir } from '@/lib/build/content-dir';
import { fileCache } from '@/lib/build/file-cache';
import { qrFile, qrFileKey } from '@/lib/qr/encode';
import { qrPayload } from '@/lib/qr/links';
import { qrFilePaths, type QrFileProps } from '@/lib/views/routes';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';

// Keyed by the code, the kind and the error correction (src/lib/views/routes.ts).
export const getStaticPaths = qrFilePaths satisfies GetStaticPaths;

// Beside Astro's image cache, so CI keeping that folder keeps these too (README, "Caching").
const cache = fileCache(cacheDirFor(contentDir()), 'etalase-qr');
const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

export const GET: APIRoute = async ({ props, site }) => {
  const { code, kind, ecl } = (props as QrFileProps).view;
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const opts = { ecl, preview: origin === PLACEHOLDER_SITE_URL };
  const payload = qrPayload(origin, code);
  const bytes = await cache.get(qrFileKey(kind, payload, opts), () => qrFile(kind, payload, opts));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[kind] } });
};
