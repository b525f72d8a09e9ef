/** `/qr/<CODE>.svg` and `/qr/<CODE>.png`: print files for every issued code (build time). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '@/lib/catalogue-data';
import { configuredEcl, qrPng, qrSvg, type Ecl } from '@/lib/qr/encode';
import { qrPayload } from '@/lib/qr/links';
import { PLACEHOLDER_SITE_URL } from '@/lib/site';

export const getStaticPaths = (async () => {
  const { all } = await getCatalogue();
  return all.flatMap((p) =>
    p.data.qr
      ? [
          {
            params: { file: `${p.data.qr}.svg` },
            props: { code: p.data.qr, kind: 'svg' as const },
          },
          {
            params: { file: `${p.data.qr}.png` },
            props: { code: p.data.qr, kind: 'png' as const },
          },
        ]
      : [],
  );
}) satisfies GetStaticPaths;

const ecl: Ecl = configuredEcl();

export const GET: APIRoute = async ({ props, site }) => {
  const { code, kind } = props as { code: string; kind: 'svg' | 'png' };
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const preview = origin === PLACEHOLDER_SITE_URL;
  const payload = qrPayload(origin, code);
  if (kind === 'svg') {
    return new Response(qrSvg(payload, { ecl, preview }), {
      headers: { 'Content-Type': 'image/svg+xml' },
    });
  }
  const png = await qrPng(payload, { ecl, preview });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
