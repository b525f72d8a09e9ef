/**
 * A shopper scans a QR: on a static server with GitHub/Cloudflare/Netlify conventions, the
 * encoded URL answers 200 with the product page, no redirect hop, at phone width. And the
 * printed label puts the QR at exactly 20 mm.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { qrPayload } from '../../src/lib/qr/links.ts';
import { SAMPLE_PRODUCT } from '../helpers/pages.ts';
import { npmRun } from '../helpers/run.ts';
import { builtSite } from '../helpers/origin.ts';

const site = useSite();

const PX_PER_MM = 96 / 25.4;

describe('QR landing', () => {
  it('the encoded URL gives 200, no redirect, and the product page at 360 px', async () => {
    const encoded = new URL(qrPayload(builtSite().origin, SAMPLE_PRODUCT.code));
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      const response = await page.goto(site.origin + encoded.pathname);
      expect(response?.status()).toBe(200);
      expect(response?.request().redirectedFrom()).toBeNull();
      expect(await page.locator('h1').textContent()).toBe('Kopi Arabika Golewa');
      expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
        `${builtSite().origin}/produk/${SAMPLE_PRODUCT.slug}/`,
      );
    } finally {
      await context.close();
    }
  });

  it('the short link typed by hand, in lower case and without the slash, still reaches the product', async () => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      // Hosts without rules serve a copy of the page there (never a redirect page, which would
      // loop on a case-insensitive host); nginx redirects it (tests/e2e/nginx.test.ts).
      await page.goto(`${site.origin}/p/${SAMPLE_PRODUCT.code.toLowerCase()}`);
      expect(await page.locator('h1').textContent()).toBe('Kopi Arabika Golewa');
      expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(
        `${builtSite().origin}/produk/${SAMPLE_PRODUCT.slug}/`,
      );
    } finally {
      await context.close();
    }
  });
});

describe('labels', () => {
  it.each([20, 25, 30])('print the QR at %d mm ± 0.5 mm', async (mm) => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/label/${SAMPLE_PRODUCT.code}/`);
      await page.check(`#qr-${mm}`);
      await page.emulateMedia({ media: 'print' });
      const box = await page.locator('[data-qr] svg').boundingBox();
      expect(Math.abs((box?.width ?? 0) / PX_PER_MM - mm)).toBeLessThanOrEqual(0.5);
      expect(Math.abs((box?.height ?? 0) / PX_PER_MM - mm)).toBeLessThanOrEqual(0.5);
    } finally {
      await context.close();
    }
  });

  it('npm run labels refuses a print PDF from a placeholder build (only), and makes an A4 PDF', () => {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-pdf-'));
    const placeholder = builtSite().isPlaceholder;
    if (placeholder) {
      const refused = npmRun('labels', [
        '--code',
        SAMPLE_PRODUCT.code,
        '--out',
        join(dir, 'x.pdf'),
      ]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('must not be printed');
      expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    }
    try {
      const out = join(dir, 'label.pdf');
      // A production build (SITE_URL set) prints without --preview.
      const args = [
        '--code',
        SAMPLE_PRODUCT.code,
        ...(placeholder ? ['--preview'] : []),
        '--out',
        out,
      ];
      const r = npmRun('labels', args);
      expect(r.status, r.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
      const pdf = readFileSync(out, 'latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      // A4 is 595.28 × 841.89 pt; Chromium rounds the page to whole CSS pixels.
      const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf);
      expect(Math.abs(Number(box?.[1]) - 595.28)).toBeLessThan(1.5);
      expect(Math.abs(Number(box?.[2]) - 841.89)).toBeLessThan(1.5);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
