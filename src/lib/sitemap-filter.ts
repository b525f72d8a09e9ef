/**
 * Which pages the sitemap lists: the catalogue's own pages only. QR and GS1 landings are copies
 * of product pages (canonical elsewhere; written after Astro, so they never reach the sitemap,
 * and the rules stay as a guard), labels are for printing, retired products left the catalogue,
 * the 404 is not a page, and /admin/ is the web editor.
 */
const EXCLUDED = [/^\/p\//i, /^\/01\//, /^\/label\//, /^\/qr\//, /^\/404\/?$/, /^\/admin\//];

export function sitemapFilter(retired: ReadonlySet<string>): (url: string) => boolean {
  return (url) => {
    const path = new URL(url).pathname;
    if (EXCLUDED.some((re) => re.test(path))) return false;
    const product = /^(?:\/en)?\/produk\/([^/]+)\/$/.exec(path)?.[1];
    return !(product && retired.has(product));
  };
}
