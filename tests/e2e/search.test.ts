/** Search with Pagefind, in real Chromium against the built site. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { canSupplyOffices } from '../../src/lib/catalogue/office.ts';
import { ROOT } from '../helpers/paths.ts';
import { axe } from '../helpers/browser.ts';

const site = useSite();
/** The products search can find: retired ones leave the index. */
let products: CheckedProduct[];

beforeAll(async () => {
  const all = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
  products = all.filter((p) => !p.data.retired);
});

/**
 * Opens a search URL and returns the product slugs of the results once they are shown; with
 * `all`, presses "show more" until every result is listed.
 */
async function resultsOf(page: Page, url: string, all = true): Promise<string[]> {
  await page.goto(site.origin + url);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !/Mencari|Searching/.test(s);
  });
  while (all && (await page.isVisible('#search-more'))) {
    const shown = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results li').length > n,
      shown,
    );
  }
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/produk\/([^/]+)\//.exec(h)?.[1] ?? h).sort();
}

const slugs = (list: CheckedProduct[]) => list.map((p) => p.slug).sort();

async function withPage<T>(fn: (page: Page) => Promise<T>, width = 1280): Promise<T> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 } });
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
}

describe('search', () => {
  it('"kopi" returns the coffee products and no others', async () => {
    const found = await withPage((page) => resultsOf(page, '/cari/?q=kopi'));
    expect(found).toEqual(slugs(products.filter((p) => p.data.category === 'kopi')));
  });

  it("searches in Pagefind's worker (off the main thread) and loads only this language's index", async () => {
    // On the main thread, setting up the WebAssembly blocked a throttled phone for 0.5-0.8 s
    // (Lighthouse total blocking time); the worker's 12 KB are cheaper than that.
    const fetched: string[] = [];
    await withPage(async (page) => {
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      expect(await resultsOf(page, '/cari/?q=madu')).not.toEqual([]);
    });
    const pagefind = fetched.filter((p) => p.startsWith('/pagefind/'));
    expect(pagefind).toContain('/pagefind/pagefind.js');
    expect(pagefind.filter((p) => /worker/.test(p))).not.toEqual([]);
    expect(pagefind.filter((p) => /\.en[._]/.test(p))).toEqual([]);
  });

  it('on a phone, the filters start out of view when a search is in the address (no jump)', async () => {
    const tops = await withPage(async (page) => {
      const top = () =>
        page.locator('details.facets').evaluate((d) => d.getBoundingClientRect().top);
      await page.goto(`${site.origin}/cari/?q=kopi`, { waitUntil: 'domcontentloaded' });
      const before = await top();
      await resultsOf(page, '/cari/?q=kopi', false);
      const viewport = page.viewportSize()?.height ?? 0;
      return { before, after: await top(), viewport };
    }, 412);
    // Wherever the results end, the filters never moved while in view.
    expect(tops.before).toBeGreaterThanOrEqual(tops.viewport);
    expect(tops.after).toBeGreaterThanOrEqual(tops.viewport);
    // Without a search, the filters are right there.
    const idle = await withPage(async (page) => {
      await page.goto(`${site.origin}/cari/`);
      return page.locator('details.facets').evaluate((d) => d.getBoundingClientRect().top);
    }, 412);
    expect(idle).toBeLessThan(900);
  });

  it('shows each result with its thumbnail, name, place and price', async () => {
    await withPage(async (page) => {
      await resultsOf(page, '/cari/?q=kopi&kabupaten=ngada');
      const item = page.locator('#search-results li').first();
      await item
        .locator('img')
        .evaluate((img: HTMLImageElement) =>
          img.complete ? undefined : new Promise((r) => img.addEventListener('load', r)),
        );
      expect(
        await item.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth),
      ).toBeGreaterThan(0);
      const text = (await item.textContent()) ?? '';
      expect(text).toContain('Kopi Arabika Golewa');
      expect(text).toContain('Were I, Ngada');
      expect(text).toContain('Rp 55.000 – Rp 95.000');
    });
  });

  it('sorts by price as numbers (Rp 350.000 before Rp 1.200.000)', async () => {
    const found = await withPage((page) =>
      resultsOf(page, '/cari/?kategori=kain-tenun&urut=price'),
    );
    const priceOf = new Map(products.map((p) => [p.slug, p.data.offer.price.min]));
    expect(found.length).toBeGreaterThan(3);
    // resultsOf sorts slugs; re-read the page order instead.
    const inOrder = await withPage(async (page) => {
      await resultsOf(page, '/cari/?kategori=kain-tenun&urut=price');
      return page
        .locator('#search-results a')
        .evaluateAll((as) =>
          as.map((a) => /\/produk\/([^/]+)\//.exec(a.getAttribute('href') ?? '')?.[1] ?? ''),
        );
    });
    const prices = inOrder.map((slug) => priceOf.get(slug) ?? -1);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(new Set(prices.map((p) => String(p).length)).size).toBeGreaterThan(1);
  });

  it('"kain tenun" finds the woven textiles', async () => {
    const found = await withPage((page) => resultsOf(page, '/cari/?q=kain+tenun'));
    const textiles = slugs(products.filter((p) => p.data.category === 'kain-tenun'));
    expect(found.filter((s) => textiles.includes(s))).toEqual(textiles);
  });

  it('a regency filter alone lists exactly that regency', async () => {
    const found = await withPage((page) => resultsOf(page, '/cari/?kabupaten=ngada'));
    expect(found).toEqual(slugs(products.filter((p) => p.data.village.regency.slug === 'ngada')));
  });

  it('the office-order filter lists exactly the products that can supply an office order', async () => {
    const [id, en] = await withPage(async (page) => [
      await resultsOf(page, '/cari/?instansi=ya'),
      await resultsOf(page, '/en/cari/?instansi=ya'),
    ]);
    const ready = slugs(products.filter((p) => canSupplyOffices(p.data)));
    expect(ready.length).toBeGreaterThan(0);
    expect(id).toEqual(ready);
    expect(en).toEqual(ready);
  });

  it('a query and a filter together narrow the results', async () => {
    const [query, both] = await withPage(async (page) => [
      await resultsOf(page, '/cari/?q=madu'),
      await resultsOf(page, '/cari/?q=madu&kabupaten=sumba-timur'),
    ]);
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(query.length);
    for (const slug of both) expect(query).toContain(slug);
  });

  it('the English index answers English words', async () => {
    const found = await withPage((page) => resultsOf(page, '/en/cari/?q=honey'));
    expect(found).toEqual(slugs(products.filter((p) => p.data.category === 'madu')));
  });

  it('a search URL restores the query and the filters in the form', async () => {
    await withPage(async (page) => {
      await resultsOf(page, '/cari/?q=kopi&kategori=kopi&sertifikasi=halal');
      expect(await page.inputValue('#q')).toBe('kopi');
      expect(await page.isChecked('input[name=kategori][value=kopi]')).toBe(true);
      expect(await page.isChecked('input[name=sertifikasi][value=halal]')).toBe(true);
      expect(await page.isChecked('input[name=kategori][value=madu]')).toBe(false);
    });
  });

  it('keeps the state in the URL when filtering, and the back button returns', async () => {
    await withPage(async (page) => {
      await resultsOf(page, '/cari/?q=kopi');
      await page.fill('#q', 'madu');
      await page.press('#q', 'Enter');
      await page.waitForURL('**/cari/?q=madu');
      await page.goBack();
      await page.waitForURL('**/cari/?q=kopi');
      expect(await page.inputValue('#q')).toBe('kopi');
    });
  });

  it.each([360, 1280])('has no axe violations with results shown at %d px', async (width) => {
    await withPage(async (page) => {
      const found = await resultsOf(page, '/cari/?q=kopi');
      expect(found.length).toBeGreaterThan(0);
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    }, width);
  });

  it('shows a long result list 10 at a time, and the rest on request', async () => {
    const expected = products.filter((p) => p.data.programme.stage === 'pendampingan').length;
    expect(expected).toBeGreaterThan(10);
    await withPage(async (page) => {
      const first = await resultsOf(page, '/cari/?tahap=pendampingan', false);
      expect(first).toHaveLength(10);
      expect(await page.isVisible('#search-more')).toBe(true);
      const all = await resultsOf(page, '/cari/?tahap=pendampingan');
      expect(all).toHaveLength(expected);
      expect(await page.isHidden('#search-more')).toBe(true);
    });
  });

  it('the header search box submits to /cari/ without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/produk/`);
      await page.fill('#site-q', 'kopi');
      await page.press('#site-q', 'Enter');
      await page.waitForURL('**/cari/?q=kopi');
      expect(await page.locator('noscript').count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
