import type { APIRoute } from 'astro';
import { absoluteUrl, adminUrl } from '@/lib/links/urls';

/** robots.txt pointing crawlers at the sitemap on the configured origin; the web editor is off limits. */
export const GET: APIRoute = ({ site }) => {
  const origin = site?.origin ?? '';
  const body = `User-agent: *\nAllow: /\nDisallow: ${adminUrl()}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', origin)}\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
