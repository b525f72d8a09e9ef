/** `/qr/<CODE>.svg` and `/qr/<CODE>.png`: print files for every issued code (build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '@/lib/catalogue-data';
import { CONTENT_DIR, cacheDirFor } from '@/lib/content-dir';
import { fileCache } from '@/lib/file-cache';
import { configuredEcl, qrFile, qrFileKey, type Ecl } from '@/lib/qr/encode';
import { qrPayload } from '@/lib/qr/links';
import { PLACEHOLDER_SITE_URL } from '@/lib/site';

export const getStaticPaths = (async () => {
  const { all } = await getCatalogue();
  return all.flatMap((p) =>
    p.data.qr
      ? (['svg', 'png'] as const).map((kind) => ({
          params: { file: `${p.data.qr}.${kind}` },
          props: { code: p.data.qr, kind },
        }))
      : [],
  );
}) satisfies GetStaticPaths;

const ecl: Ecl = configuredEcl();
// Beside Astro's image cache, so CI keeping that folder keeps these too (README, "Caching").
const cache = fileCache(cacheDirFor(CONTENT_DIR), 'etalase-qr');
const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

export const GET: APIRoute = async ({ props, site }) => {
  const { code, kind } = props as { code: string; kind: 'svg' | 'png' };
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const opts = { ecl, preview: origin === PLACEHOLDER_SITE_URL };
  const payload = qrPayload(origin, code);
  const bytes = await cache.get(qrFileKey(kind, payload, opts), () => qrFile(kind, payload, opts));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[kind] } });
};
