/** A shopper on a product page, in a real browser at phone width. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { builtSite } from '../helpers/origin.ts';

const site = useSite();

describe('product page', () => {
  it.each([
    [
      'id',
      '/produk/kopi-arabika-golewa/',
      'Halo UMKM Contoh Kopi Were, saya ingin memesan Kopi Arabika Golewa.',
    ],
    [
      'en',
      '/en/produk/kopi-arabika-golewa/',
      'Hello UMKM Contoh Kopi Were, I would like to order Golewa Arabica Coffee.',
    ],
  ])(
    '(%s) has a WhatsApp order link with the number and a message naming product and page',
    async (_l, path, greeting) => {
      const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(site.origin + path);
        const link = page.locator('[data-order-whatsapp]');
        await expect(link.isVisible()).resolves.toBe(true);
        const href = new URL((await link.getAttribute('href')) ?? '');
        expect(href.host).toBe('wa.me');
        expect(href.pathname).toBe('/6280000000101');
        const text = href.searchParams.get('text') ?? '';
        expect(text.startsWith(greeting)).toBe(true);
        expect(text).toContain(`${builtSite().origin}${path}`);
      } finally {
        await context.close();
      }
    },
  );

  it('loads the hero at once and every other photo lazily, with sizes set so nothing shifts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/produk/kopi-arabika-golewa/`);
      const imgs = await page.locator('main img').evaluateAll((list) =>
        list.map((img) => ({
          loading: img.getAttribute('loading'),
          priority: img.getAttribute('fetchpriority'),
          width: img.getAttribute('width'),
          height: img.getAttribute('height'),
        })),
      );
      expect(imgs.length).toBeGreaterThan(2);
      expect(imgs[0]).toMatchObject({ loading: 'eager', priority: 'high' });
      for (const img of imgs.slice(1)) expect(img.loading).toBe('lazy');
      for (const img of imgs) expect(Number(img.width) * Number(img.height)).toBeGreaterThan(0);
      // The 360 px phone picks a small candidate, not the 1200 px original.
      const chosen = await page
        .locator('main picture img')
        .first()
        .evaluate((img) => (img as HTMLImageElement).currentSrc);
      expect(chosen).toMatch(/\.avif$/);
    } finally {
      await context.close();
    }
  });
});
