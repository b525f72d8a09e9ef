/**
 * The site's production origin. Everything printed (QR codes, labels) and every absolute URL
 * (canonical, sitemap, Open Graph) is built from it, so it comes from configuration, never
 * from a literal in a template.
 */

/** Used when `SITE_URL` is not set. `.example` is reserved (RFC 2606): it can never go live. */
export const PLACEHOLDER_SITE_URL = 'https://ovop-ntt.example';

export interface SiteConfig {
  /** Origin with no trailing slash, e.g. `https://ovop.nttprov.go.id`. */
  origin: string;
  /** True when no real origin was configured: print outputs must carry a preview mark. */
  isPlaceholder: boolean;
}

/**
 * Reads `SITE_URL` and normalises it to a bare origin.
 * @throws on a value that is not an absolute http(s) URL, so a typo fails the build early.
 */
export function resolveSite(value: string | undefined): SiteConfig {
  const raw = value?.trim();
  if (!raw) return { origin: PLACEHOLDER_SITE_URL, isPlaceholder: true };
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(raw)) {
    throw new Error(
      `SITE_URL "${raw}" tidak diawali https:// / has no scheme: write https://${raw.replace(/^[/:]+/, '')}`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL "${raw}" bukan URL yang sah / is not a valid URL (expected e.g. https://ovop.example.go.id).`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" harus http(s) / must use http or https.`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL "${raw}" harus berupa origin saja / must be an origin only (no path, query or hash).`,
    );
  }
  return { origin: url.origin, isPlaceholder: url.origin === PLACEHOLDER_SITE_URL };
}
