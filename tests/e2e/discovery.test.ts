/**
 * Discovery by island, filter counts and the no-dead-end search, in real Chromium against the
 * built site. The Flores regencies are written out here (not read from content/islands.yaml),
 * so a wrong island list fails the test instead of agreeing with itself.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { ROOT } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';
import { axe } from '../helpers/browser.ts';

const site = useSite();
let active: CheckedProduct[];

/** Manggarai Barat, Manggarai, Manggarai Timur, Ngada, Nagekeo, Ende, Sikka, Flores Timur. */
const FLORES = ['53.15', '53.10', '53.19', '53.09', '53.16', '53.08', '53.07', '53.06'];
const SUMBA = ['53.11', '53.17', '53.12', '53.18'];

beforeAll(async () => {
  const { products } = (await runContentCheck(join(ROOT, 'content'), ROOT)).result;
  active = products.filter((p) => !p.data.retired);
});

const slugsFrom = (codes: string[]) =>
  active
    .filter((p) => codes.includes(p.data.village.regency.code))
    .map((p) => p.slug)
    .sort();

async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !/Mencari|Searching/.test(s);
  });
}

/** The filter counts are fetched after the results (once the filters are in view). */
async function countsReady(page: Page): Promise<void> {
  await page.waitForSelector('#search-form[data-counts="ready"]', { state: 'attached' });
}

/** Every result's slug (pressing "show more" until all are listed). */
async function shownSlugs(page: Page, list = '#search-results'): Promise<string[]> {
  while (list === '#search-results' && (await page.isVisible('#search-more'))) {
    const n = await page.locator(`${list} li`).count();
    await page.click('#search-more');
    await page.waitForFunction(
      ([sel, k]) => document.querySelectorAll(`${sel} li`).length > Number(k),
      [list, n] as const,
    );
  }
  const hrefs = await page
    .locator(`${list} a`)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((h) => /\/produk\/([^/]+)\//.exec(h)?.[1] ?? h).sort();
}

async function open(url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(site.origin + url);
  await settled(page);
  return { page, close: () => context.close() };
}

async function resultsOf(url: string): Promise<string[]> {
  const { page, close } = await open(url);
  try {
    return await shownSlugs(page);
  } finally {
    await close();
  }
}

/** The number a filter value shows, e.g. `(16)` -> 16. */
async function countOf(page: Page, name: string, value: string): Promise<number> {
  const text = await page
    .locator(`label:has(> input[name="${name}"][value="${value}"]) .facet-count`)
    .first()
    .textContent();
  const m = /\((\d+)\)/.exec(text ?? '');
  if (!m) throw new Error(`no count shown for ${name}=${value}: "${text}"`);
  return Number(m[1]);
}

describe('islands in search', () => {
  it('"flores" finds every active product of the 8 Flores regencies, in both languages', async () => {
    const expected = slugsFrom(FLORES);
    expect(expected.length).toBeGreaterThan(8);
    for (const url of ['/cari/?q=flores', '/en/cari/?q=flores']) {
      const found = await resultsOf(url);
      for (const slug of expected) expect(found, `${url} misses ${slug}`).toContain(slug);
    }
  });

  it("the island filter lists exactly its regencies' products, and narrows a query", async () => {
    expect(await resultsOf('/cari/?pulau=sumba')).toEqual(slugsFrom(SUMBA));
    const kopi = await resultsOf('/cari/?q=kopi');
    const kopiFlores = await resultsOf('/cari/?q=kopi&pulau=flores');
    expect(kopiFlores.length).toBeGreaterThan(0);
    expect(kopiFlores.length).toBeLessThan(kopi.length);
    expect(kopiFlores).toEqual(kopi.filter((s) => slugsFrom(FLORES).includes(s)));
  });
});

describe('filter counts', () => {
  it('each island and category count equals the results of ticking that value', async () => {
    const { page, close } = await open('/cari/?q=kopi');
    try {
      for (const name of ['pulau', 'kategori']) {
        const values = await page
          .locator(`input[name="${name}"]`)
          .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
        expect(values.length).toBeGreaterThan(2);
        let zero = 0;
        let ticked = 0;
        for (const value of values) {
          await countsReady(page);
          const box = page.locator(`input[name="${name}"][value="${value}"]`);
          const shown = await countOf(page, name, value);
          if (shown === 0) {
            zero++;
            // Shown, but disabled: never hidden.
            expect(await box.isVisible()).toBe(true);
            expect(await box.isDisabled()).toBe(true);
            continue;
          }
          ticked++;
          await box.check();
          await page.waitForFunction(
            ([n, v]) => new URLSearchParams(location.search).getAll(n).includes(v),
            [name, value] as const,
          );
          await settled(page);
          expect(await shownSlugs(page), `${name}=${value}`).toHaveLength(shown);
          await box.uncheck();
          await page.waitForFunction(
            ([n, v]) => !new URLSearchParams(location.search).getAll(n).includes(v),
            [name, value] as const,
          );
          await settled(page);
        }
        // "kopi" is on some islands and in some categories, not all: both kinds are checked.
        expect(zero).toBeGreaterThan(0);
        expect(ticked).toBeGreaterThan(0);
      }
    } finally {
      await close();
    }
  });

  it('counts follow the other filters (a ticked island changes the category counts)', async () => {
    const { page, close } = await open('/cari/?pulau=sumba');
    try {
      await countsReady(page);
      const kainSumba = active.filter(
        (p) => SUMBA.includes(p.data.village.regency.code) && p.data.category === 'kain-tenun',
      ).length;
      expect(await countOf(page, 'kategori', 'kain-tenun')).toBe(kainSumba);
      // The ticked filter's own values count as if it were alone: Flores is still offered.
      expect(await countOf(page, 'pulau', 'flores')).toBe(slugsFrom(FLORES).length);
    } finally {
      await close();
    }
  });

  it('on a phone, counts are fetched only when the filters come into view', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      const fetched: string[] = [];
      page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
      await page.goto(`${site.origin}/cari/?q=kopi`);
      await settled(page);
      await page.waitForTimeout(500);
      expect(fetched.filter((p) => p.startsWith('/pagefind/filter/'))).toEqual([]);
      await page.locator('details.facets').scrollIntoViewIfNeeded();
      await countsReady(page);
      expect(fetched.filter((p) => p.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
      expect(await countOf(page, 'pulau', 'flores')).toBe(
        active.filter(
          (p) => FLORES.includes(p.data.village.regency.code) && p.data.category === 'kopi',
        ).length,
      );
    } finally {
      await context.close();
    }
  });

  it('without JavaScript, the filter form still works and shows the catalogue totals', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/cari/`);
      expect(await page.locator('input[type=checkbox]:disabled').count()).toBe(0);
      expect(await countOf(page, 'pulau', 'flores')).toBe(slugsFrom(FLORES).length);
      await page.check('input[name=pulau][value=flores]');
      await page.fill('#q', 'kopi');
      await page.press('#q', 'Enter');
      await page.waitForURL((u) => u.searchParams.get('pulau') === 'flores');
      expect(new URL(page.url()).searchParams.get('q')).toBe('kopi');
    } finally {
      await context.close();
    }
  });
});

describe('no dead end', () => {
  it('a three-word query with one unknown word shows the results without it and names it', async () => {
    const twoWords = await resultsOf('/cari/?q=kopi+flores');
    expect(twoWords.length).toBeGreaterThan(0);
    const { page, close } = await open('/cari/?q=kopi+flores+zorblax');
    try {
      await page.waitForSelector('#search-dropped', { state: 'visible' });
      const text = (await page.textContent('#search-dropped')) ?? '';
      expect(text).toContain('“zorblax”');
      expect(text).toContain('kopi flores');
      expect(await shownSlugs(page)).toEqual(twoWords);
      // Then the catalogue, always.
      expect(await page.isVisible('#search-fallback a[href="/produk/"]')).toBe(true);
    } finally {
      await close();
    }
  });

  it('words that each match but never together: the least common one is dropped', async () => {
    // "kopi" matches the coffees, "madu" the honeys, "sumba" the Sumba products; no product
    // has all three. "kopi" is the least common of them here, so it is the one left out.
    const alone = await Promise.all(
      ['kopi', 'madu', 'sumba'].map((w) => resultsOf(`/cari/?q=${w}`)),
    );
    const least = Math.min(...alone.map((r) => r.length));
    const index = alone.map((r) => r.length).lastIndexOf(least);
    const word = ['kopi', 'madu', 'sumba'][index] as string;
    const rest = ['kopi', 'madu', 'sumba'].filter((w) => w !== word).join('+');
    const expected = await resultsOf(`/cari/?q=${rest}`);
    const { page, close } = await open('/cari/?q=kopi+madu+sumba');
    try {
      expect(expected.length).toBeGreaterThan(0);
      await page.waitForSelector('#search-dropped', { state: 'visible' });
      expect(await page.textContent('#search-dropped')).toContain(`“${word}”`);
      expect(await shownSlugs(page)).toEqual(expected);
    } finally {
      await close();
    }
  });

  it('"kopi flores murah" leaves out "murah" and offers the lowest-price sort', async () => {
    const { page, close } = await open('/cari/?q=kopi+flores+murah');
    try {
      await page.waitForSelector('#search-dropped', { state: 'visible' });
      expect(await page.textContent('#search-dropped')).toContain('“murah”');
      expect(await page.isVisible('#search-price')).toBe(true);
      const href = (await page.getAttribute('#search-price a', 'href')) ?? '';
      const params = new URL(href, site.origin).searchParams;
      expect(params.get('q')).toBe('kopi flores');
      expect(params.get('urut')).toBe('price');
    } finally {
      await close();
    }
  });

  it('names matching regencies, categories and islands, then the catalogue', async () => {
    const { page, close } = await open('/cari/?q=sumba+zorblax');
    try {
      await page.waitForSelector('#fallback-places', { state: 'visible' });
      const hrefs = await page
        .locator('#fallback-places a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs).toContain('/pulau/sumba/');
      expect(hrefs).toContain('/kabupaten/sumba-timur/');
      expect(hrefs.every((h) => /sumba/.test(h))).toBe(true);
    } finally {
      await close();
    }
  });

  it('a query that finds nothing at all says so and still offers the catalogue', async () => {
    const { page, close } = await open('/en/cari/?q=zorblax');
    try {
      expect(await shownSlugs(page)).toEqual([]);
      expect(await page.textContent('#search-status')).toMatch(/No matching products/);
      expect(await page.isVisible('#search-fallback a[href="/en/produk/"]')).toBe(true);
    } finally {
      await close();
    }
  });

  it('has no axe violations with a dropped word, suggestions and disabled filter values', async () => {
    const { page, close } = await open('/cari/?q=kopi+madu+sumba+murah');
    try {
      await page.waitForSelector('#search-dropped', { state: 'visible' });
      await page.waitForSelector('#fallback-places', { state: 'visible' });
      await countsReady(page);
      expect(await page.locator('input[type=checkbox]:disabled').count()).toBeGreaterThan(0);
      const results = await axe(page).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    } finally {
      await close();
    }
  });

  it('"souvenir" and "oleh-oleh" find products (cloth and crafts; all food and crafts)', async () => {
    const keepsakes = active
      .filter((p) => ['kain-tenun', 'kerajinan'].includes(p.data.category))
      .map((p) => p.slug)
      .sort();
    expect(await resultsOf('/cari/?q=souvenir')).toEqual(keepsakes);
    expect(await resultsOf('/cari/?q=oleh-oleh')).toHaveLength(active.length);
  });
});
