/**
 * The addresses printed on packaging that show a product page: QR short links `/P/<CODE>/`
 * (what the QR encodes) and `/p/<CODE>/` (what is printed as text), and GS1 Digital Link
 * `/01/<GTIN-14>/`. Each is the product page itself — status 200, no redirect hop, canonical to
 * `/produk/<slug>/` — so the build writes it as a byte-for-byte copy of the page Astro rendered
 * once, instead of rendering the same page three more times per product.
 *
 * A code typed in lowercase (`/p/7k3m/`) gets a copy too, never a redirect page: on a
 * case-insensitive file system (a Windows/IIS server, some FTP hosts) `p/7k3m/index.html` and
 * `p/7K3M/index.html` are one file, and a redirect there would lead to itself forever. Servers
 * with rules (nginx, Netlify, Cloudflare Pages) redirect it to the product page instead
 * (src/lib/hosting/rules.ts).
 *
 * Pure: this module plans the files; `src/integrations/landings.ts` writes them.
 */
import { escapeMarkup } from '../text/escape.ts';
import { digitalLinkUrl, productUrl, SHORT_LINK_SEGMENTS, shortLinkUrl } from './urls.ts';

export interface LandingProduct {
  slug: string;
  qr?: string | undefined;
  gtin14?: string | undefined;
}

export interface LandingPlan {
  /** `to` is written as a copy of `from` (both paths relative to the output folder). */
  copies: { from: string; to: string }[];
}

/** `/produk/x/` → `produk/x/index.html`. */
export function pageFile(urlPath: string): string {
  if (!urlPath.startsWith('/') || !urlPath.endsWith('/'))
    throw new Error(`not a page path with slashes at both ends: ${urlPath}`);
  return `${urlPath.slice(1)}index.html`;
}

/**
 * Every landing file of every product. `caseSensitive`: whether the output folder tells `p`
 * from `P` (Linux); where it does not (macOS, Windows), only `/p/<CODE>/` can be written.
 */
export function landingPlan(
  products: readonly LandingProduct[],
  opts: { caseSensitive: boolean },
): LandingPlan {
  const plan: LandingPlan = { copies: [] };
  const segments = opts.caseSensitive ? SHORT_LINK_SEGMENTS : ([SHORT_LINK_SEGMENTS[0]] as const);
  const seen = new Map<string, string>();
  const claim = (file: string, slug: string) => {
    const owner = seen.get(file);
    if (owner !== undefined)
      throw new Error(`${file} would be written for both ${owner} and ${slug}`);
    seen.set(file, slug);
    return file;
  };
  for (const p of products) {
    const from = pageFile(productUrl(p.slug, 'id'));
    if (p.qr) {
      const lower = p.qr.toLowerCase();
      for (const segment of segments) {
        plan.copies.push({ from, to: claim(pageFile(shortLinkUrl(p.qr, segment)), p.slug) });
        if (opts.caseSensitive && lower !== p.qr)
          plan.copies.push({ from, to: claim(pageFile(shortLinkUrl(lower, segment)), p.slug) });
      }
    }
    if (p.gtin14) plan.copies.push({ from, to: claim(pageFile(digitalLinkUrl(p.gtin14)), p.slug) });
  }
  return plan;
}

/**
 * A redirect page for hosts without redirect rules (a renamed product's old address): an
 * instant meta refresh, canonical for search engines, and a plain link for a browser that does
 * not follow it. Never for a path that folds to `to` on a case-insensitive host.
 */
export function redirectPage(
  to: string,
  opts: { origin: string; title: string; description: string; lang?: string },
): string {
  const href = `${opts.origin.replace(/\/$/, '')}${to}`;
  return (
    `<!doctype html><html lang="${escapeMarkup(opts.lang ?? 'id')}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeMarkup(opts.title)}</title>` +
    `<meta name="description" content="${escapeMarkup(opts.description)}">` +
    `<meta name="robots" content="noindex">` +
    `<meta http-equiv="refresh" content="0; url=${escapeMarkup(to)}">` +
    `<link rel="canonical" href="${escapeMarkup(href)}">` +
    `</head><body><main><p><a href="${escapeMarkup(to)}">${escapeMarkup(href)}</a></p></main></body></html>\n`
  );
}
