/**
 * What a friend sees in WhatsApp: one product's share card opened in Chromium and screenshotted
 * (kept in test-results/ to look at), the size the og tags promise, with drawn text, not a blank
 * or a broken image. Glyph coverage of every card's text is checked in tests/build/share-cards.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readDist } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';
import { SAMPLE_PRODUCT } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

describe('share card in a browser', () => {
  it('the product page card renders at 1200 × 630 with text on it', async () => {
    const html = readDist(`produk/${SAMPLE_PRODUCT.slug}/index.html`);
    const image = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1] ?? '';
    const path = new URL(image).pathname;
    const context = await site.browser.newContext({ viewport: { width: 1200, height: 630 } });
    try {
      const page = await context.newPage();
      const response = await page.goto(site.origin + path);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('image/jpeg');
      const size = await page.evaluate(() => {
        const img = document.querySelector('img');
        return [img?.naturalWidth, img?.naturalHeight];
      });
      expect(size).toEqual([1200, 630]);
      await page.addStyleTag({ content: 'body{margin:0} img{display:block}' });
      mkdirSync(join(ROOT, 'test-results'), { recursive: true });
      const shot = join(ROOT, 'test-results', 'share-card.png');
      await page.locator('img').screenshot({ path: shot });
      const meta = await sharp(shot).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 630]);
      // The text panel (right of the photo) holds dark text on light paper: many distinct
      // light and dark pixels, not a flat colour.
      const panel = await sharp(shot)
        .extract({ left: 600, top: 40, width: 560, height: 300 })
        .png()
        .toBuffer();
      const { channels } = await sharp(panel).stats();
      expect(channels[0]?.min).toBeLessThan(80);
      expect(channels[0]?.max).toBeGreaterThan(220);
      expect(channels[0]?.stdev).toBeGreaterThan(30);
    } finally {
      await context.close();
    }
  });
});
