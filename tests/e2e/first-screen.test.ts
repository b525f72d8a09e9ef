/**
 * A shopper scans a pack on a 360 × 640 phone: the QR landing and the product page show the
 * name, the photo, the price, the WhatsApp order button and the trust strip (programme, village
 * and regency, each certificate's status) without scrolling — for every product, in both
 * languages — and nothing moves while the page loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import type { Locale } from '../../src/lib/text/locales.ts';
import { DIST } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const VIEWPORT = { width: 360, height: 640 };

/** Every product's code and slug, from the built QR landings (`/P/<CODE>/` → canonical). */
/**
 * Every code of a product on sale. A retired product's landing leads with "no longer
 * available" and its alternatives instead (no price, no order button): not a first screen
 * that sells.
 */
function landings(): { code: string; slug: string }[] {
  const registry = readFileSync(join(DIST, '..', 'content', 'qr-registry.yaml'), 'utf8');
  return [...registry.matchAll(/code: '([0-9A-Z]+)', product: '([a-z0-9-]+)'/g)]
    .map((m) => ({ code: m[1] ?? '', slug: m[2] ?? '' }))
    .filter(
      ({ code }) =>
        !readFileSync(join(DIST, 'P', code, 'index.html'), 'utf8').includes(' data-retired'),
    );
}

interface Measured {
  scrollY: number;
  boxes: Record<string, { top: number; bottom: number; width: number } | null>;
  trust: string[];
  certStatuses: string[];
  shift: number;
  /** What moved, for the failure message. */
  shifted: string[];
}

const FIRST_SCREEN = {
  name: 'h1',
  photo: '.product-top img',
  price: '.price',
  order: '[data-order-whatsapp]',
  trust: '[data-trust]',
} as const;

let context: BrowserContext | undefined;
beforeAll(async () => {
  // One context for all pages (a new one per page is slow on a shared 2-core machine); every
  // page is a fresh tab, so layout shifts are counted per page.
  context = await site.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript(() => {
    const w = window as unknown as { __shift: number; __shifted: string[] };
    w.__shift = 0;
    w.__shifted = [];
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node | null }[] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as Shift[]) {
        w.__shift += e.value;
        for (const s of e.sources) {
          const el = s.node instanceof Element ? s.node : s.node?.parentElement;
          w.__shifted.push(`${el?.tagName ?? '?'}.${el?.className ?? ''}`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});
afterAll(async () => {
  await context?.close();
});

async function measure(path: string): Promise<Measured> {
  const page = await (context as BrowserContext).newPage();
  try {
    const response = await page.goto(site.origin + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return await page.evaluate((selectors) => {
      const boxes: Measured['boxes'] = {};
      for (const [key, selector] of Object.entries(selectors)) {
        const el = document.querySelector(selector);
        const r = el?.getBoundingClientRect();
        boxes[key] = r ? { top: r.top, bottom: r.bottom, width: r.width } : null;
      }
      return {
        scrollY: window.scrollY,
        boxes,
        trust: [...document.querySelectorAll('[data-trust] li')].map((li) => li.textContent ?? ''),
        certStatuses: [...document.querySelectorAll('[data-cert]')].map(
          (li) => `${li.getAttribute('data-cert')}:${li.getAttribute('data-status')}`,
        ),
        shift: (window as unknown as { __shift: number }).__shift,
        shifted: (window as unknown as { __shifted: string[] }).__shifted,
      };
    }, FIRST_SCREEN);
  } finally {
    await page.close();
  }
}

const STATUS_WORD: Record<Locale, Record<string, string>> = {
  id: { valid: 'berlaku', expiring: 'segera berakhir', expired: 'kedaluwarsa' },
  en: { valid: 'valid', expiring: 'expiring', expired: 'expired' },
};

function checkFirstScreen(path: string, locale: Locale, m: Measured): number {
  expect(m.scrollY, path).toBe(0);
  let lowest = 0;
  for (const key of Object.keys(FIRST_SCREEN)) {
    const box = m.boxes[key];
    expect(box, `${path}: ${key} missing`).not.toBeNull();
    expect(box?.width, `${path}: ${key} has no width`).toBeGreaterThan(0);
    expect(box?.top, `${path}: ${key}`).toBeGreaterThanOrEqual(0);
    expect(box?.bottom, `${path}: ${key} ends below the first screen`).toBeLessThanOrEqual(
      VIEWPORT.height,
    );
    lowest = Math.max(lowest, box?.bottom ?? 0);
  }
  expect(m.trust[0], path).toBe(t(locale, 'trust.programme'));
  // One item per certificate, with its real status (as the certificate list further down).
  const certItems = m.trust.slice(2);
  expect(certItems.length, path).toBe(m.certStatuses.length);
  m.certStatuses.forEach((kindStatus, i) => {
    const status = kindStatus.split(':')[1] ?? '';
    expect(certItems[i], path).toContain(STATUS_WORD[locale][status]);
  });
  expect(m.shift, `${path}: layout shift of ${m.shifted.join(', ')}`).toBe(0);
  return lowest;
}

describe('first screen at 360 × 640', () => {
  it('every QR landing (id) shows name, photo, price, order button and trust strip', async () => {
    const all = landings();
    expect(all.length).toBeGreaterThan(0);
    const bottoms: number[] = [];
    for (const { code } of all) {
      const path = `/P/${code}/`;
      bottoms.push(checkFirstScreen(path, 'id', await measure(path)));
    }
    console.log(
      `[first-screen] id landings: lowest element bottom max ${Math.max(...bottoms).toFixed(0)} px of 640`,
    );
  }, 600_000);

  it('every English product page shows the same', async () => {
    const bottoms: number[] = [];
    for (const { slug } of landings()) {
      const path = `/en/produk/${slug}/`;
      bottoms.push(checkFirstScreen(path, 'en', await measure(path)));
    }
    console.log(
      `[first-screen] en product pages: lowest element bottom max ${Math.max(...bottoms).toFixed(0)} px of 640`,
    );
  }, 600_000);

  it('shows the village and regency in the strip, and an expired certificate as expired', async () => {
    const m = await measure('/produk/kopi-arabika-golewa/');
    expect(m.trust[1]).toMatch(/^[^,]+, Ngada$/);
    const withExpired = landings().find(({ code }) =>
      readFileSync(join(DIST, 'P', code, 'index.html'), 'utf8').includes('data-status="expired"'),
    );
    const expired = withExpired ? await measure(`/P/${withExpired.code}/`) : undefined;
    expect(expired, 'the sample content has a product with an expired certificate').toBeDefined();
    expect(expired?.trust.join(' ')).toContain('kedaluwarsa');
  }, 600_000);
});
