/**
 * Which pages the sitemap lists: the catalogue's own pages only. QR and GS1 landings are copies
 * of product pages (canonical elsewhere; written after Astro, so they never reach the sitemap,
 * and the rules stay as a guard), labels are for printing, retired products left the catalogue,
 * the 404 is not a page, and /admin/ is the web editor.
 */
import { SEGMENTS, splitLocale } from './urls.ts';

/** First path segments never listed (short links in either case). */
const EXCLUDED_SEGMENTS = new Set(
  [SEGMENTS.shortLink, SEGMENTS.gs1, SEGMENTS.label, SEGMENTS.qr, SEGMENTS.admin].map((s) =>
    s.toLowerCase(),
  ),
);

export function sitemapFilter(retired: ReadonlySet<string>): (url: string) => boolean {
  return (url) => {
    const path = new URL(url).pathname;
    const first = path.split('/')[1]?.toLowerCase() ?? '';
    if (EXCLUDED_SEGMENTS.has(first) || /^\/404\/?$/.test(path)) return false;
    const [segment, product, ...more] = splitLocale(path).rest.split('/').slice(1);
    const isProductPage = segment === SEGMENTS.products && more.length === 1 && more[0] === '';
    return !(isProductPage && product && retired.has(product));
  };
}
