/**
 * The site's HTTP rules, written once: security headers, the Content-Security-Policy of each
 * part of the site, cache lifetimes, and redirects. `src/lib/hosting/nginx.ts` turns them into
 * the nginx include and `src/lib/hosting/static-hosts.ts` into `_headers` and `_redirects`
 * (Netlify, Cloudflare Pages), at build time (`src/integrations/host-rules.ts`), so the hosts
 * cannot drift apart. Pure: no file access.
 */
import { adminDirectives, cmsBackend } from '../cms/backend.ts';
import { config } from '../config/env.ts';
import { GS1_PRIMARY_KEY, GS1_QUALIFIERS } from '../links/gs1.ts';
import { LOCALES } from '../text/locales.ts';
import {
  adminUrl,
  digitalLinkUrl,
  productUrl,
  searchUrl,
  SHORT_LINK_SEGMENTS,
} from '../links/urls.ts';

/** Headers every response carries, whatever its path or status. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Two years, subdomains included; browsers ignore it over plain http (local tests).
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // Older browsers that do not know `frame-ancestors`.
  'X-Frame-Options': 'DENY',
  // Nothing on the site uses any of these.
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export type CspDirectives = Readonly<Record<string, readonly string[]>>;

/**
 * The default policy: everything from the site itself, no plugin, no framing, no inline script
 * except the hashes the build computes from the built pages (`'sha256-…'` is added to
 * `script-src`). Styles allow `'unsafe-inline'`: every page inlines its CSS and some elements
 * carry a `style` attribute (label sizes), which hashes cannot allow; styles cannot run code.
 */
const BASE_POLICY: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

/** The named policies; a path gets one through `CSP_PATHS`. */
export const POLICY_NAMES = ['default', 'search', 'admin'] as const;

export type PolicyName = (typeof POLICY_NAMES)[number];

/**
 * The policies, for the configuration of this build (the editor's Git host comes from the
 * CMS_* variables): computed when asked, never when this module is imported.
 */
export function cspPolicies(): Record<PolicyName, CspDirectives> {
  return {
    default: BASE_POLICY,
    // Pagefind compiles its WebAssembly search engine and runs it in a worker of its own
    // (/pagefind/pagefind-worker.js, which gets this policy too: a worker obeys the policy sent
    // with its script).
    search: {
      ...BASE_POLICY,
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'worker-src': ["'self'"],
    },
    // The web editor (/admin/, Sveltia CMS): talks to the Git host configured for the build
    // (CMS_* variables), nothing else; its page carries the same policy as a <meta>.
    // src/lib/cms/backend.ts, docs/web-editor.md.
    admin: adminDirectives(cmsBackend(config())),
  };
}

/**
 * Which policy applies under a path (the longest matching prefix wins; everything else gets
 * `default`). One line per part of the site that needs a different policy.
 */
export const CSP_PATHS: readonly { prefix: string; policy: PolicyName }[] = [
  ...LOCALES.map((locale) => ({ prefix: searchUrl(locale), policy: 'search' as const })),
  { prefix: '/pagefind/', policy: 'search' },
  { prefix: adminUrl(), policy: 'admin' },
];

export const CACHE_CONTROL = {
  /** Files whose name changes when their content does. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages and every file whose name stays the same: an edit is live within 5 minutes. */
  short: 'public, max-age=300',
} as const;

export type CacheName = keyof typeof CACHE_CONTROL;

/** Folders whose files all have hashed names: Astro's assets and Pagefind's index chunks. */
export const HASHED_FOLDERS: readonly string[] = [
  '/_astro/',
  '/pagefind/fragment/',
  '/pagefind/index/',
  '/pagefind/filter/',
];

/** Pagefind's per-language metadata file carries a hash too: `pagefind.en_8c1776faec.pf_meta`. */
const HASHED_FILE = /^\/pagefind\/pagefind\.[a-z0-9_-]+_[0-9a-f]{6,}\.pf_meta$/;

/** The cache lifetime of a path. */
export function cacheFor(path: string): CacheName {
  if (HASHED_FOLDERS.some((folder) => path.startsWith(folder)) || HASHED_FILE.test(path))
    return 'immutable';
  return 'short';
}

/** Whether an individual file (not under a hashed folder) is hashed by name. */
export function isHashedFileName(path: string): boolean {
  return HASHED_FILE.test(path);
}

/** The CSP policy of a path. */
export function policyFor(path: string): PolicyName {
  let best: { prefix: string; policy: PolicyName } | undefined;
  for (const rule of CSP_PATHS) {
    if (path.startsWith(rule.prefix) && (!best || rule.prefix.length > best.prefix.length))
      best = rule;
  }
  return best?.policy ?? 'default';
}

/** Script hashes (`'sha256-…'`) allowed under each policy, computed from the built pages. */
export type ScriptHashes = Readonly<Partial<Record<PolicyName, readonly string[]>>>;

/** The header value of a policy with its script hashes. */
export function cspValue(policy: PolicyName, hashes: ScriptHashes = {}): string {
  const directives = cspPolicies()[policy];
  const extra = [...(hashes[policy] ?? [])].sort();
  return Object.entries(directives)
    .map(([name, values]) => {
      const all = name === 'script-src' ? [...values, ...extra] : values;
      return `${name} ${all.join(' ')}`;
    })
    .join('; ');
}

/** Every header a response for `path` carries. */
export function headersFor(path: string, hashes: ScriptHashes = {}): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': cspValue(policyFor(path), hashes),
    'Cache-Control': CACHE_CONTROL[cacheFor(path)],
  };
}

// ---------------------------------------------------------------------------------------------
// Redirects

export interface Redirect {
  /**
   * A literal path, or a pattern in `_redirects` syntax: `:name` matches one path segment and a
   * final `*` anything after it.
   */
  from: string;
  /** A site path; may use the pattern's `:name` placeholders. */
  to: string;
  status: 301 | 302;
  /** Why the rule exists (a comment in the generated files). */
  why: string;
}

export interface RedirectProduct {
  slug: string;
  qr?: string | undefined;
  gtin14?: string | undefined;
  gtin13?: string | undefined;
}

/** A folder a product was renamed from: its old pages lead to the new ones. */
export interface Rename {
  from: string;
  to: string;
}

/** `/a/b/` and `/a/b`: a literal rule covers the address with and without its final slash. */
function bothForms(path: string): string[] {
  return [path, path.replace(/\/$/, '')];
}

/**
 * Every redirect of the site. None leads to a path a case-insensitive host would serve from the
 * same file (the checker `caseFoldLoops` proves it), so no host can loop:
 * - GS1 qualifiers (lot 10, serial 21, CPV 22) lead to the product's Digital Link;
 * - a GTIN written with 13 digits leads to its 14-digit Digital Link;
 * - a short code typed in lowercase leads to the product page (not to `/P/<CODE>/`, which folds
 *   to the same file on a case-insensitive host);
 * - a renamed product's old pages (both languages) lead to its new ones.
 */
export function redirectRules(
  products: readonly RedirectProduct[],
  renames: readonly Rename[] = [],
): Redirect[] {
  // One rule per qualifier (never a bare `/01/:gtin/*`, which also matches the product page
  // itself and would loop where redirects take priority over files, as on Cloudflare Pages).
  const rules: Redirect[] = GS1_QUALIFIERS.map((ai) => ({
    from: `/${GS1_PRIMARY_KEY}/:gtin/${ai}/*`,
    to: `/${GS1_PRIMARY_KEY}/:gtin/`,
    status: 302,
    why: `GS1 Digital Link qualifier ${ai} leads to the product`,
  }));
  for (const p of products) {
    if (p.gtin14 && p.gtin13) {
      for (const from of bothForms(digitalLinkUrl(p.gtin13)))
        rules.push({ from, to: digitalLinkUrl(p.gtin14), status: 301, why: 'GTIN-13 to GTIN-14' });
    }
    if (p.qr && p.qr.toLowerCase() !== p.qr) {
      for (const segment of SHORT_LINK_SEGMENTS) {
        for (const from of bothForms(`/${segment}/${p.qr.toLowerCase()}/`))
          rules.push({
            from,
            to: productUrl(p.slug, 'id'),
            status: 301,
            why: `short code ${p.qr} typed in lowercase`,
          });
      }
    }
  }
  for (const rename of renames) {
    for (const locale of ['id', 'en'] as const) {
      for (const from of bothForms(productUrl(rename.from, locale)))
        rules.push({
          from,
          to: productUrl(rename.to, locale),
          status: 301,
          why: `product folder renamed from ${rename.from}`,
        });
    }
  }
  return rules;
}

/** The redirects that lead to a path the same file serves on a case-insensitive host. */
export function caseFoldLoops(rules: readonly Redirect[]): Redirect[] {
  // How a case-insensitive host sees a path (not text folding: accents stay).
  const asCaseless = (p: string) => p.toLowerCase().replace(/\/$/, '');
  return rules.filter((r) => !r.from.includes(':') && asCaseless(r.from) === asCaseless(r.to));
}

/** The target of a redirect rule for a concrete path, or undefined when it does not match. */
export function applyRedirect(rule: Redirect, path: string): string | undefined {
  const names: string[] = [];
  const source = rule.from
    .split('/')
    .map((segment) => {
      if (segment.startsWith(':')) {
        names.push(segment.slice(1));
        return '([^/]+)';
      }
      if (segment === '*') return '.*';
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  const match = new RegExp(`^${source}$`).exec(path);
  if (!match) return undefined;
  return names.reduce((to, name, i) => to.replaceAll(`:${name}`, match[i + 1] ?? ''), rule.to);
}

/**
 * Renamed product folders, from the QR registry (which records the folder each code was issued
 * to) and the products as they are now. An old folder that a product uses again is no rename.
 */
export function renamesFromRegistry(
  registry: readonly { code: string; product: string }[],
  products: readonly { slug: string; qr?: string | undefined }[],
): Rename[] {
  const slugs = new Set(products.map((p) => p.slug));
  const slugByCode = new Map(products.flatMap((p) => (p.qr ? [[p.qr, p.slug] as const] : [])));
  const renames = new Map<string, string>();
  for (const entry of registry) {
    const now = slugByCode.get(entry.code);
    if (!now || now === entry.product || slugs.has(entry.product)) continue;
    if (!renames.has(entry.product)) renames.set(entry.product, now);
  }
  return [...renames].map(([from, to]) => ({ from, to }));
}
