/** The language switcher, clicked in a real browser, lands on the same page in the other language. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';
import { localizedPath } from '../../src/lib/links/urls.ts';

const site = useSite();

const translated = PAGE_TYPES.filter(
  (pt) => !['404', 'qr-landing', 'label'].includes(pt.type),
).flatMap((pt) => pt.paths);

describe('language switcher', () => {
  it.each(translated)('on %s leads to the same page in the other language', async (path) => {
    const context = await site.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(site.origin + path);
      const fromLang = await page.getAttribute('html', 'lang');
      await Promise.all([
        page.waitForURL((u) => u.pathname !== path),
        page.click('[data-lang-switch]'),
      ]);
      const landed = new URL(page.url()).pathname;
      const toLang = fromLang === 'id' ? 'en' : 'id';
      expect(landed).toBe(localizedPath(path, toLang));
      expect(await page.getAttribute('html', 'lang')).toBe(toLang);
    } finally {
      await context.close();
    }
  });
});
