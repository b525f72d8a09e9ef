/**
 * The built site on Debian's nginx with the shipped configuration (deploy/nginx/etalase.conf
 * + the generated dist/_nginx.conf), over HTTP: printed addresses, redirects, the 404 page,
 * headers on every kind of response, gzip, and `_headers`/`_redirects` saying the same as nginx.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { qrPayload } from '../../src/lib/qr/links.ts';
import {
  headersFromBlocks,
  parseHeadersFile,
  parseRedirectsFile,
  redirectFor,
} from '../helpers/static-hosts.ts';
import { gtin13Of } from '../../src/lib/validators/gtin.ts';
import { follow, get, useNginx } from '../helpers/nginx.ts';
import { builtSite } from '../helpers/origin.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const server = useNginx();
let products: CheckedProduct[];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
});

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1];
const productCanonical = (slug: string) => `${builtSite().origin}/produk/${slug}/`;

function distFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`/${relative(DIST, p).split(sep).join('/')}`);
    }
  };
  walk(DIST);
  return out.filter((f) => !['/_headers', '/_redirects', '/_nginx.conf'].includes(f));
}

describe('printed addresses on nginx', () => {
  it('every QR payload answers 200 with the product page, no redirect', async () => {
    const withCode = products.filter((p) => p.data.qr);
    expect(withCode.length).toBeGreaterThan(40);
    for (const p of withCode) {
      const path = new URL(qrPayload(builtSite().origin, p.data.qr!)).pathname;
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(200);
      expect(canonicalOf(await r.text()), path).toBe(productCanonical(p.slug));
    }
  });

  it('a code typed in lowercase (with or without the slash) reaches the product in one redirect', async () => {
    for (const p of products.filter((x) => x.data.qr && /[A-Z]/.test(x.data.qr))) {
      const code = p.data.qr!.toLowerCase();
      for (const path of [`/p/${code}/`, `/p/${code}`, `/P/${code}/`]) {
        const { hops, response, body } = await follow(server.origin, path);
        expect(hops.length, path).toBeLessThanOrEqual(1);
        expect(response.status, path).toBe(200);
        expect(canonicalOf(body), path).toBe(productCanonical(p.slug));
      }
    }
  });

  it('GS1: a 13-digit GTIN and lot/serial/CPV qualifiers reach the product', async () => {
    const withGtin = products.filter((p) => p.data.gtin);
    expect(withGtin.length).toBeGreaterThan(0);
    for (const p of withGtin) {
      const gtin14 = p.data.gtin!.gtin14;
      for (const path of [
        `/01/${gtin13Of(gtin14)}`,
        `/01/${gtin13Of(gtin14)}/`,
        `/01/${gtin14}/10/LOT1`,
        `/01/${gtin14}/21/SERIAL9`,
        `/01/${gtin14}/22/CPV1/10/LOT1`,
        `/01/${gtin14}`,
      ]) {
        const { hops, response, body } = await follow(server.origin, path);
        expect(hops.length, path).toBeLessThanOrEqual(1);
        expect(response.status, path).toBe(200);
        expect(canonicalOf(body), path).toBe(productCanonical(p.slug));
      }
    }
  });

  it('a folder address without its slash is redirected once, to a relative location', async () => {
    const r = await get(server.origin, '/produk/kopi-arabika-golewa');
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/produk/kopi-arabika-golewa/');
  });

  it('an unknown address gets the 404 page with status 404', async () => {
    const notFound = readFileSync(join(DIST, '404.html'), 'utf8');
    for (const path of ['/tidak-ada/', '/produk/tidak-ada/', '/cari/x/y', '/_nginx.conf']) {
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(404);
      expect(await r.text(), path).toBe(notFound);
    }
  });
});

describe('headers on nginx', () => {
  const security = (r: Response, what: string) => {
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp, what).toMatch(/(^|; )object-src 'none'/);
    expect(csp, what).toMatch(/(^|; )base-uri 'self'/);
    expect(csp, what).toMatch(/(^|; )frame-ancestors 'none'/);
    expect(csp, what).toMatch(/(^|; )form-action 'self'/);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, what).toContain("'self'");
    expect(scriptSrc, what).not.toContain('unsafe-inline');
    expect(r.headers.get('strict-transport-security'), what).toMatch(/^max-age=\d{8,}/);
    expect(r.headers.get('x-content-type-options'), what).toBe('nosniff');
    expect(r.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
    expect(r.headers.get('permissions-policy'), what).toContain('camera=()');
    expect(r.headers.get('server'), what).toBe('nginx');
    return { csp, scriptSrc };
  };

  it('every page type: security headers, short caching, wasm only on search', async () => {
    for (const { type, paths } of PAGE_TYPES) {
      for (const path of paths) {
        const r = await get(server.origin, path);
        expect(r.status, path).toBe(type === '404' ? 404 : 200);
        const { csp, scriptSrc } = security(r, path);
        expect(r.headers.get('cache-control'), path).toBe('public, max-age=300');
        if (type === 'search') {
          expect(scriptSrc, path).toContain("'wasm-unsafe-eval'");
          expect(scriptSrc, path).toMatch(/'sha256-[A-Za-z0-9+/]+=*'/);
          expect(csp, path).toContain("worker-src 'self'");
        } else {
          expect(scriptSrc, path).not.toContain('wasm-unsafe-eval');
          expect(csp, path).toContain("worker-src 'none'");
        }
      }
    }
  });

  it('every asset type: immutable when hashed, short otherwise, security headers always', async () => {
    const files = distFiles();
    const pick = (re: RegExp) => {
      const found = files.find((f) => re.test(f));
      if (!found) throw new Error(`no file like ${re} in dist/`);
      return found;
    };
    const immutable = [
      pick(/^\/_astro\/.*\.webp$/),
      pick(/^\/_astro\/.*\.avif$/),
      pick(/^\/_astro\/.*\.jpg$/),
      pick(/^\/pagefind\/fragment\//),
      pick(/^\/pagefind\/index\//),
      pick(/^\/pagefind\/filter\//),
      pick(/^\/pagefind\/pagefind\..*\.pf_meta$/),
    ];
    const short = [
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-entry.json',
      pick(/^\/pagefind\/wasm\..*\.pagefind$/),
      pick(/^\/qr\/.*\.svg$/),
      pick(/^\/qr\/.*\.png$/),
      '/favicon.svg',
      '/feed.xml',
      '/sitemap-index.xml',
      '/robots.txt',
      '/data/products.json',
      '/data/products.csv',
      '/data/daftar-harga.xlsx',
      '/.well-known/gs1resolver',
    ];
    for (const path of immutable) {
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(200);
      security(r, path);
      expect(r.headers.get('cache-control'), path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of short) {
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(200);
      security(r, path);
      expect(r.headers.get('cache-control'), path).toBe('public, max-age=300');
    }
    expect((await get(server.origin, '/data/products.csv')).headers.get('content-type')).toMatch(
      /^text\/csv/,
    );
    expect(
      (await get(server.origin, '/.well-known/gs1resolver')).headers.get('content-type'),
    ).toMatch(/^application\/json/);
    // The price list opens in Excel from a download, not as text.
    expect((await get(server.origin, '/data/daftar-harga.xlsx')).headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('redirects and 404s carry the security headers too', async () => {
    security(await get(server.origin, '/p/rm7b/'), 'lowercase redirect');
    security(await get(server.origin, '/produk'), 'slash redirect');
    security(await get(server.origin, '/tidak-ada/'), '404');
  });

  it('gzip for pages, styles, scripts, data, SVG, XML and Pagefind files when asked for', async () => {
    const qrSvg = distFiles().find((f) => /^\/qr\/.*\.svg$/.test(f))!;
    // (Files under 256 bytes, such as pagefind-entry.json, are not worth compressing.)
    for (const path of [
      '/produk/kopi-arabika-golewa/',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-worker.js',
      '/pagefind/pagefind-ui.css',
      '/data/products.json',
      '/data/products.schema.json',
      '/data/products.csv',
      qrSvg,
      '/feed.xml',
      '/sitemap-0.xml',
    ]) {
      const r = await get(server.origin, path);
      expect(r.headers.get('content-encoding'), path).toBe('gzip');
      expect(r.headers.get('vary'), path).toContain('Accept-Encoding');
      // fetch decodes gzip itself: the body must equal the file.
      expect(
        Buffer.from(await r.arrayBuffer()).equals(
          readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)),
        ),
        path,
      ).toBe(true);
    }
    // Not compressed for a client that does not ask.
    const plain = await fetch(`${server.origin}/pagefind/pagefind.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // Pagefind's index chunks are gzip files already (sent as they are, never twice).
    const chunk = distFiles().find((f) => f.startsWith('/pagefind/fragment/'))!;
    const raw = Buffer.from(await (await get(server.origin, chunk)).arrayBuffer());
    expect(gunzipSync(raw).length).toBeGreaterThan(0);
  });
});

describe('_headers and _redirects say the same as nginx', () => {
  it('every file and folder address gets the same headers from _headers as from nginx', async () => {
    const blocks = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
    const rules = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'));
    const addresses = distFiles().flatMap((f) =>
      f.endsWith('/index.html') ? [f, f.replace(/index\.html$/, '')] : [f],
    );
    expect(addresses.length).toBeGreaterThan(500);
    for (const path of addresses) {
      const expected = headersFromBlocks(blocks, path);
      const r = await fetch(server.origin + path, { method: 'HEAD', redirect: 'manual' });
      // Lowercase short-link copies exist as files for hosts without rules; nginx redirects them.
      const redirected = redirectFor(rules, path);
      expect(r.status, path).toBe(redirected?.status ?? 200);
      for (const name of [
        'Content-Security-Policy',
        'Cache-Control',
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
        'X-Frame-Options',
      ]) {
        expect(r.headers.get(name), `${name} of ${path}`).toBe(expected[name]);
      }
    }
  });

  it('every _redirects rule is a redirect nginx makes, to the same place', async () => {
    const rules = parseRedirectsFile(readFileSync(join(DIST, '_redirects'), 'utf8'));
    expect(rules.length).toBeGreaterThan(100);
    const gtin14 = products.find((p) => p.data.gtin)!.data.gtin!.gtin14;
    for (const rule of rules) {
      const path = rule.from.replace(':gtin', gtin14).replace('*', 'LOT1');
      const to = rule.to.replace(':gtin', gtin14);
      const r = await get(server.origin, path);
      expect(r.status, path).toBe(rule.status);
      expect(r.headers.get('location'), path).toBe(to);
    }
  });
});
