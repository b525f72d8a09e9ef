/** `/qr/<CODE>.svg` and `/qr/<CODE>.png`: print files for every issued code (build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '@/lib/catalogue-data';
import { cacheDirFor, contentDir } from '@/lib/content-dir';
import { fileCache } from '@/lib/file-cache';
import { configuredEcl, qrFile, qrFileKey, type Ecl } from '@/lib/qr/encode';
import { qrPayload } from '@/lib/qr/links';
import { pageKey } from '@/lib/page-keys';
import { PLACEHOLDER_SITE_URL } from '@/lib/site';

const ecl: Ecl = configuredEcl();

// The file depends on the code and the error correction only (the site address, the encoder
// and its drawing are config, dependencies and code, which Astro's incremental build checks).
export const getStaticPaths = (async () => {
  const { all } = await getCatalogue();
  return all.flatMap((p) =>
    p.data.qr
      ? (['svg', 'png'] as const).map((kind) => ({
          params: { file: `${p.data.qr}.${kind}` },
          props: { code: p.data.qr, kind },
          cacheKey: pageKey('qr', p.data.qr, kind, ecl),
        }))
      : [],
  );
}) satisfies GetStaticPaths;

// Beside Astro's image cache, so CI keeping that folder keeps these too (README, "Caching").
const cache = fileCache(cacheDirFor(contentDir()), 'etalase-qr');
const TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

export const GET: APIRoute = async ({ props, site }) => {
  const { code, kind } = props as { code: string; kind: 'svg' | 'png' };
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const opts = { ecl, preview: origin === PLACEHOLDER_SITE_URL };
  const payload = qrPayload(origin, code);
  const bytes = await cache.get(qrFileKey(kind, payload, opts), () => qrFile(kind, payload, opts));
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': TYPES[kind] } });
};
