/**
 * Catalogue pages in dist/: one page per product per language, hreflang pairs that point at
 * each other, parseable JSON-LD, a complete sitemap, no client script, and the size budget.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { htmlFiles, isIndexablePage, readDist, urlPathOf } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { builtSite } from '../helpers/origin.ts';

const ORIGIN = builtSite().origin;
let products: CheckedProduct[];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
});

const productFile = (slug: string, locale: 'id' | 'en') =>
  `${locale === 'en' ? 'en/' : ''}produk/${slug}/index.html`;

/** Stylesheets a page links (Astro may inline them; then there are none). */
function cssBytesOf(html: string): Buffer[] {
  return [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) =>
    readFileSync(join(DIST, m[1] as string)),
  );
}

describe('product pages', () => {
  it('exist for every product in Indonesian and English, retired ones included', () => {
    expect(products.filter((p) => !p.data.retired)).toHaveLength(44);
    expect(products.filter((p) => p.data.retired).length).toBeGreaterThan(0);
    for (const p of products) {
      expect(existsSync(join(DIST, productFile(p.slug, 'id'))), p.slug).toBe(true);
      expect(existsSync(join(DIST, productFile(p.slug, 'en'))), p.slug).toBe(true);
    }
  });

  it('carry JSON-LD Product with name, image, IDR offers, and gtin exactly when the content has one', () => {
    for (const p of products) {
      const html = readDist(productFile(p.slug, 'id'));
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g),
      ].map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);
      const ld = blocks.find((b) => b['@type'] === 'Product');
      expect(ld, p.slug).toBeDefined();
      expect(ld?.['name']).toBe(p.data.name.id);
      const image = (ld?.['image'] as string[])[0] ?? '';
      expect(image.startsWith(`${ORIGIN}/_astro/`) && image.endsWith('.jpg'), image).toBe(true);
      expect(ld?.['offers']).toMatchObject({ priceCurrency: 'IDR' });
      expect(ld?.['gtin'], p.slug).toBe(p.data.gtin?.gtin14);
      expect(
        blocks.some((b) => b['@type'] === 'BreadcrumbList'),
        p.slug,
      ).toBe(true);
    }
  });

  it('describe exactly the certificates valid on the build date as schema.org Certification', () => {
    let described = 0;
    for (const p of products) {
      const html = readDist(productFile(p.slug, 'id'));
      const ld = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)]
        .map((m) => JSON.parse(m[1] as string) as Record<string, unknown>)
        .find((b) => b['@type'] === 'Product');
      const shown = [...html.matchAll(/data-cert="(\w+)" data-status="(\w+)"/g)]
        .filter((m) => m[2] !== 'expired')
        .map((m) => m[1]);
      const certs = (ld?.['hasCertification'] ?? []) as Record<string, unknown>[];
      expect(certs.length, p.slug).toBe(shown.length);
      for (const c of certs) {
        expect(c['@type'], p.slug).toBe('Certification');
        expect(c['certificationIdentification'], p.slug).toEqual(expect.any(String));
        expect((c['issuedBy'] as { name?: string }).name, p.slug).toEqual(expect.any(String));
      }
      described += certs.length;
    }
    expect(described).toBeGreaterThan(0);
  });

  it('link to the producer on WhatsApp with the product named in the message', () => {
    for (const p of products.filter((p) => !p.data.retired)) {
      const html = readDist(productFile(p.slug, 'en'));
      const href = /<a class="btn btn-wa" href="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');
      const url = new URL(href ?? 'invalid:');
      expect(url.pathname, p.slug).toBe(`/${p.data.producer.whatsapp.slice(1)}`);
      expect(url.searchParams.get('text')).toContain(`${ORIGIN}/en/produk/${p.slug}/`);
    }
  });

  it('say a retired product is no longer available, with no order button and no search mark', () => {
    for (const p of products.filter((p) => p.data.retired)) {
      const html = readDist(productFile(p.slug, 'id'));
      expect(html, p.slug).toContain('data-retired');
      expect(html, p.slug).not.toContain('data-order-whatsapp');
      expect(html, p.slug).not.toContain('data-pagefind-body');
      expect(html, p.slug).toMatch(/<meta name="robots" content="noindex/);
    }
  });

  it('never show an expired certificate as valid', () => {
    const today = new Date();
    for (const p of products) {
      const expires = p.data.certifications.halal?.expires;
      if (!expires || expires >= today) continue;
      const html = readDist(productFile(p.slug, 'id'));
      expect(html, p.slug).toMatch(/data-cert="halal" data-status="expired"/);
    }
  });
});

describe('every page', () => {
  it('has hreflang alternates that point at each other', () => {
    for (const file of htmlFiles().filter((f) => isIndexablePage(f, ORIGIN))) {
      const html = readDist(file);
      const alternates = new Map(
        [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)].map((m) => [
          m[1],
          m[2],
        ]),
      );
      const self = `${ORIGIN}${urlPathOf(file)}`;
      expect([alternates.get('id-ID'), alternates.get('en')], file).toContain(self);
      for (const href of [alternates.get('id-ID'), alternates.get('en')]) {
        const other = (href as string).slice(ORIGIN.length).replace(/^\//, '') + 'index.html';
        const otherHtml = readDist(other);
        expect(otherHtml, `${other} links back to ${self}`).toContain(`href="${self}"`);
      }
      expect(alternates.get('x-default')).toBe(alternates.get('id-ID'));
    }
  });

  it('ships no script other than JSON-LD, except the search page', () => {
    for (const file of htmlFiles().filter((f) => !/^(en\/)?cari\//.test(f))) {
      const scripts = [...readDist(file).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
      for (const attrs of scripts) expect(attrs, file).toContain('type="application/ld+json"');
    }
  });

  it('is listed in the sitemap with its language alternates, when it stands for itself', () => {
    const sitemap = readDist('sitemap-0.xml');
    const pages = htmlFiles().filter((f) => isIndexablePage(f, ORIGIN));
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const loc = `${ORIGIN}${urlPathOf(file)}`;
      expect(sitemap, loc).toContain(`<loc>${loc}</loc>`);
    }
    const urls = sitemap.split('<url>').slice(1);
    for (const url of urls) expect(url).toContain('hreflang="en"');
  });
});

describe('size budget (first paint in the first TCP round trip)', () => {
  it('keeps every product page at <= 14 KB of HTML + CSS, gzipped', () => {
    const sizes = products.flatMap((p) =>
      (['id', 'en'] as const).map((locale) => {
        const html = readDist(productFile(p.slug, locale));
        const bytes =
          gzipSync(html).length + cssBytesOf(html).reduce((n, css) => n + gzipSync(css).length, 0);
        return { page: productFile(p.slug, locale), bytes };
      }),
    );
    const over = sizes.filter((s) => s.bytes > 14 * 1024);
    expect(over).toEqual([]);
    console.log(
      `[size] product pages HTML+CSS gz: max ${Math.max(...sizes.map((s) => s.bytes))} B`,
    );
  });

  it('keeps the home page at <= 14 KB of HTML + CSS, gzipped, with no script', () => {
    for (const file of ['index.html', 'en/index.html']) {
      const html = readDist(file);
      const bytes =
        gzipSync(html).length + cssBytesOf(html).reduce((n, css) => n + gzipSync(css).length, 0);
      expect(bytes, file).toBeLessThanOrEqual(14 * 1024);
      expect(html.match(/<script(?![^>]*application\/ld\+json)/g), file).toBeNull();
      console.log(`[size] home ${file} HTML+CSS gz: ${bytes} B`);
    }
  });

  it('keeps the 400 px hero at <= 20 KB in every format', () => {
    let largest = 0;
    for (const p of products) {
      const html = readDist(productFile(p.slug, 'id'));
      const picture = /<picture>[^]*?<\/picture>/.exec(html)?.[0] ?? '';
      const candidates = [...picture.matchAll(/([^\s,"]+) 400w/g)].map((m) => m[1] as string);
      expect(candidates.length, p.slug).toBeGreaterThanOrEqual(2); // AVIF and WebP
      for (const src of candidates) {
        const size = statSync(join(DIST, src)).size;
        largest = Math.max(largest, size);
        expect(size, `${p.slug} ${src}`).toBeLessThanOrEqual(20 * 1024);
      }
    }
    console.log(`[size] largest 400 px hero: ${largest} B`);
  });
});
