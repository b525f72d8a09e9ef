/**
 * The CSP each page carries as a `<meta>`, for hosts that send no headers (GitHub Pages): the
 * site served WITHOUT any header but Content-Type, in Chromium. An inline script injected into
 * a page (as if it slipped past the sanitiser) is blocked and reported; every page type loads
 * without a violation; search, which needs WebAssembly and a worker, still works.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../helpers/pages.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

interface Visit {
  violations: string[];
  cspHeader: string | undefined;
  ran: boolean;
}

/** Opens a page (optionally rewriting its HTML on the way), recording CSP violations. */
async function visit(
  path: string,
  options: { inject?: string; then?: (page: Page) => Promise<void> } = {},
): Promise<Visit> {
  const context = await site.browser.newContext();
  const result: Visit = { violations: [], cspHeader: undefined, ran: false };
  try {
    const page = await context.newPage();
    await page.exposeFunction('__reportViolation', (text: string) => result.violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`,
        );
      });
    });
    const inject = options.inject;
    if (inject) {
      await page.route(`${site.origin}${path}`, async (route) => {
        const response = await route.fetch();
        const html = (await response.text()).replace('</main>', `${inject}</main>`);
        if (!html.includes(inject)) throw new Error(`no </main> in ${path}`);
        await route.fulfill({ response, body: html });
      });
    }
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    result.cspHeader = (await response?.allHeaders())?.['content-security-policy'];
    await options.then?.(page);
    await page.waitForTimeout(300);
    result.ran = await page.evaluate(() => 'etalaseInjected' in window);
  } finally {
    await context.close();
  }
  return result;
}

describe('CSP <meta> with no headers at all', () => {
  it('blocks and reports an inline script injected into a product page', async () => {
    const r = await visit('/produk/kopi-arabika-golewa/', {
      inject: '<script>window.etalaseInjected = true;</script>',
    });
    expect(r.cspHeader).toBeUndefined();
    expect(r.ran).toBe(false);
    expect(r.violations).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline$/)]);
  });

  it('lets the same page run nothing unexpected when nothing is injected', async () => {
    const r = await visit('/produk/kopi-arabika-golewa/');
    expect(r.cspHeader).toBeUndefined();
    expect(r.violations).toEqual([]);
  });

  for (const { type, paths } of PAGE_TYPES) {
    for (const path of paths) {
      it(`${type} ${path}: no violation under its own <meta> policy`, async () => {
        expect((await visit(path)).violations).toEqual([]);
      });
    }
  }

  it('search still finds products (WebAssembly and worker allowed on /cari/ only)', async () => {
    let results = 0;
    const r = await visit('/cari/?q=kopi', {
      then: async (page) => {
        await page.waitForFunction(
          () => document.querySelectorAll('#search-results li').length > 0,
          undefined,
          { timeout: 30_000 },
        );
        results = await page.locator('#search-results li').count();
      },
    });
    expect(r.cspHeader).toBeUndefined();
    expect(results).toBeGreaterThan(0);
    expect(r.violations).toEqual([]);
  });
});
