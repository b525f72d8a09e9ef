/**
 * The printed catalogue's page in the built sample site (`/katalog-cetak/`, `/en/…`): a real
 * page kept out of search engines, the sitemap and the site's search; every active product once,
 * no retired one, each with its vector QR of the product's `/P/<CODE>/` link and the short link
 * under it; marked PREVIEW when the build has no real origin. The PDF itself is tested in
 * tests/e2e/catalogue-print.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { printedShortUrl, qrPayload } from '../../src/lib/qr/links.ts';
import { printCatalogueUrl } from '../../src/lib/links/urls.ts';
import { readDist } from '../helpers/dist.ts';
import { builtSite } from '../helpers/origin.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const SITE = builtSite();
let products: CheckedProduct[];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
});

const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"');

describe.each(['id', 'en'] as const)('the printed catalogue page (%s)', (locale) => {
  const file = `${printCatalogueUrl(locale).slice(1)}index.html`;
  const html = () => readDist(file);

  it('is built, noindex, out of the sitemap and out of the search index', () => {
    expect(existsSync(join(DIST, file))).toBe(true);
    expect(html()).toContain('<meta name="robots" content="noindex">');
    expect(html()).not.toContain('data-pagefind-body');
    expect(readDist('sitemap-0.xml')).not.toContain('katalog-cetak');
  });

  it('holds every active product once, in its language, and no retired product', () => {
    const shown = [...html().matchAll(/data-product="([^"]+)"/g)].map((m) => m[1]);
    const active = products.filter((p) => !p.data.retired);
    expect(shown.sort()).toEqual(active.map((p) => p.slug).sort());
    const text = unescape(html());
    for (const p of active) {
      const name = locale === 'en' ? (p.data.name.en ?? p.data.name.id) : p.data.name.id;
      expect(text, p.slug).toContain(name);
    }
    for (const p of products.filter((q) => q.data.retired)) {
      expect(shown).not.toContain(p.slug);
      expect(text).not.toContain(p.data.name.id);
    }
  });

  it('gives each product a vector QR of its /P/<CODE>/ link, the short link under it', () => {
    const active = products.filter((p) => !p.data.retired);
    const titles = [...html().matchAll(/<svg[^>]*><title>([^<]+)<\/title>/g)].map((m) => m[1]);
    expect(titles.sort()).toEqual(
      active.map((p) => qrPayload(SITE.origin, p.data.qr ?? '')).sort(),
    );
    for (const p of active) {
      expect(html()).toContain(`data-marker>${printedShortUrl(SITE.origin, p.data.qr ?? '')}<`);
    }
  });

  it('is marked PREVIEW exactly when the build has no real origin', () => {
    expect(html().includes('data-preview')).toBe(SITE.isPlaceholder);
  });
});
