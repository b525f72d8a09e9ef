/**
 * QR codes that last, checked on the built sample site: every code resolves to its product,
 * every QR image decodes (independent decoder) to a URL whose path exists, and stays small.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { readRegistry } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { qrPayload } from '../../src/lib/qr/links.ts';
import { readDist } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { builtSite } from '../helpers/origin.ts';

const SITE = builtSite();
const ORIGIN = SITE.origin;
let products: CheckedProduct[];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
});

describe('short links /p/<CODE>/', () => {
  it('every registered code resolves, in both cases, to the page of its product', () => {
    const { entries } = readRegistry(join(ROOT, 'content'));
    expect(entries.length).toBeGreaterThanOrEqual(products.length);
    for (const { code } of entries) {
      const product = products.find((p) => p.data.qr === code);
      expect(product, code).toBeDefined();
      for (const short of ['p', 'P']) {
        const html = readDist(`${short}/${code}/index.html`);
        const escaped = (product?.data.name.id ?? '').replace(/'/g, '&#39;');
        expect(html, `${short}/${code}`).toMatch(new RegExp(`<h1[^>]*>${escaped}</h1>`));
        expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/produk/${product?.slug}/">`);
      }
    }
  });

  it('serves a code typed in lowercase as a copy of the page, never a redirect page', () => {
    // A redirect page there would lead to itself on a case-insensitive host, where p/rm7b/ and
    // p/RM7B/ are one file (tests/e2e/case-insensitive.test.ts); nginx redirects it instead.
    const withLetters = products.filter((p) => /[A-Z]/.test(p.data.qr ?? ''));
    expect(withLetters.length).toBeGreaterThan(0);
    for (const p of withLetters) {
      const code = p.data.qr as string;
      const page = readDist(`produk/${p.slug}/index.html`);
      for (const segment of ['p', 'P']) {
        const html = readDist(`${segment}/${code.toLowerCase()}/index.html`);
        expect(html).toBe(page);
        expect(html).not.toContain('http-equiv="refresh"');
      }
    }
  });

  it('keeps landings out of the sitemap', () => {
    const sitemap = readDist('sitemap-0.xml');
    expect(sitemap).not.toMatch(/\/(p|P|01|label)\//);
  });
});

describe('QR images', () => {
  it('decode, with an independent decoder, to exactly the expected URL, whose path exists', async () => {
    const files = readdirSync(join(DIST, 'qr')).filter((f) => f.endsWith('.png'));
    expect(files.length).toBe(products.length);
    let largestVersion = 0;
    for (const file of files) {
      const code = file.replace(/\.png$/, '');
      const { data, info } = await sharp(join(DIST, 'qr', file))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      expect(info.width, file).toBeGreaterThanOrEqual(1024);
      const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
      expect(decoded?.data, file).toBe(qrPayload(ORIGIN, code));
      largestVersion = Math.max(largestVersion, decoded?.version ?? 99);
      const path = new URL(decoded?.data ?? '').pathname;
      expect(existsSync(join(DIST, path, 'index.html')), path).toBe(true);
    }
    // Version 3 is 29×29 modules: small enough to print at 20 mm and scan from a worn package.
    expect(largestVersion).toBeLessThanOrEqual(3);
    console.log(`[qr] largest QR version with ${ORIGIN}: ${largestVersion}`);
  });

  it('are vector SVG for print too, marked as preview exactly when SITE_URL is the placeholder', () => {
    const svg = readFileSync(join(DIST, 'qr', `${products[0]?.data.qr}.svg`), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.includes('PREVIEW — not for print')).toBe(SITE.isPlaceholder);
  });
});

describe('GS1 Digital Link', () => {
  it('serves /01/<GTIN-14>/ for exactly the products that have a GTIN', () => {
    const withGtin = products.filter((p) => p.data.gtin);
    expect(withGtin.length).toBeGreaterThan(0);
    expect(readdirSync(join(DIST, '01')).sort()).toEqual(
      withGtin.map((p) => p.data.gtin?.gtin14).sort(),
    );
    for (const p of withGtin) {
      const html = readDist(`01/${p.data.gtin?.gtin14}/index.html`);
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN}/produk/${p.slug}/">`);
      const ld = readDist(`produk/${p.slug}/index.html`);
      expect(ld).toContain(`"hasGS1DigitalLink":"${ORIGIN}/01/${p.data.gtin?.gtin14}/"`);
      expect(ld).toContain(`"gtin13":"${p.data.gtin?.gtin14.slice(1)}"`);
    }
  });

  it('redirects the 13-digit form and publishes a resolver description', () => {
    const redirects = readDist('_redirects');
    const p = products.find((x) => x.data.gtin);
    expect(redirects).toContain(
      `/01/${p?.data.gtin?.gtin14.slice(1)} /01/${p?.data.gtin?.gtin14}/ 301`,
    );
    const resolver = JSON.parse(readDist('.well-known/gs1resolver')) as Record<string, unknown>;
    expect(resolver).toMatchObject({ resolverRoot: ORIGIN, supportedPrimaryKeys: ['01'] });
  });
});

describe('labels', () => {
  it('have a sheet of every active product and a page per code, marked as preview exactly on a placeholder build', () => {
    const sheet = readDist('label/index.html');
    expect((sheet.match(/class="label"/g) ?? []).length).toBe(products.length);
    expect(sheet.includes('data-preview')).toBe(SITE.isPlaceholder);
    expect(readDist(`label/${products[0]?.data.qr}/index.html`)).toContain(
      `${new URL(ORIGIN).host}/p/${products[0]?.data.qr}`,
    );
  });
});
