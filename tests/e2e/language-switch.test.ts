/** The language switcher, clicked in a real browser, lands on the same page in the other language. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';
import { DIST } from '../helpers/paths.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { localizedPath } from '../../src/lib/urls.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const translated = PAGE_TYPES.filter(
  (pt) => !['404', 'qr-landing', 'label'].includes(pt.type),
).flatMap((pt) => pt.paths);

describe('language switcher', () => {
  it.each(translated)('on %s leads to the same page in the other language', async (path) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.origin + path);
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
