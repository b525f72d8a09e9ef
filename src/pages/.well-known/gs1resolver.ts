/** `/.well-known/gs1resolver`: GS1 resolver description (JSON). */
import type { APIRoute } from 'astro';
import { resolverDescription } from '@/lib/links/gs1';
import { t } from '@/i18n';

export const GET: APIRoute = ({ site }) =>
  new Response(
    JSON.stringify(resolverDescription(site?.origin ?? '', t('en', 'site.name')), null, 2),
    {
      headers: { 'Content-Type': 'application/json' },
    },
  );
