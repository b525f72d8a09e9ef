/**
 * A new visitor opens the home page: with real content (`sample: false`, so no sample notice),
 * the first screen shows at least two products with photo, name and price at 360 × 640 and at
 * least four at 1280 × 800, and the search box, in both languages. The featured products are the
 * office's choice in content/featured.yaml, in its order, under its title; the page passes axe
 * at both widths and the HTML checker. Built from a fixture content folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { axe, launchBrowser } from '../helpers/browser.ts';
import { makeContentDir, VALID_PRODUCT, type FixtureProduct } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

/** A real (not sample) product: consent recorded, its own name, category and village. */
function realProduct(name: string, category: string, village: string): FixtureProduct {
  const source = VALID_PRODUCT.replace('sample: true', 'sample: false')
    .replace("whatsapp: '0800-0000-0999'", "whatsapp: '0800-0000-0999'\n  consent: 2025-05-20")
    .replace('id: Madu Hutan Uji', `id: ${name}`)
    .replace('en: Test Forest Honey', `en: ${name} (EN)`)
    .replace('category: madu', `category: ${category}`)
    .replace("village: '53.11.01.2012'", `village: '${village}'`);
  return { source };
}

// Names as long as real ones (two lines on a phone card), over several categories and islands.
const PRODUCTS: Record<string, FixtureProduct> = {
  'kopi-arabika-colol-uji': realProduct(
    'Kopi Arabika Colol Manggarai Timur',
    'kopi',
    '53.19.08.2016',
  ),
  'madu-hutan-mbeliling-uji': realProduct(
    'Madu Hutan Mbeliling Liang Ndara',
    'madu',
    '53.15.10.2001',
  ),
  'kain-hinggi-umalulu-uji': realProduct(
    'Kain Hinggi Kombu Umalulu',
    'kain-tenun',
    '53.11.08.2002',
  ),
  'serbuk-kelor-naitimu-uji': realProduct('Serbuk Kelor Naitimu', 'kelor', '53.04.04.2007'),
  'gula-air-lontar-uji': realProduct('Gula Air Lontar Oebau', 'gula-lontar', '53.14.05.2005'),
  'sei-babi-asap-uji': realProduct('Sei Babi Asap Oesao', 'daging-olahan', '53.01.06.2015'),
  'anyaman-bambu-uji': realProduct('Anyaman Bambu Tiworiwu', 'kerajinan', '53.09.12.2002'),
  'garam-besikama-uji': realProduct('Garam Beryodium Besikama', 'garam', '53.21.02.2008'),
  'dodol-rumput-laut-uji': realProduct('Dodol Rumput Laut Pasir Putih', 'camilan', '53.13.01.2001'),
  'kakao-ladogahar-uji': realProduct('Cokelat Kakao Ladogahar', 'hasil-kebun', '53.07.04.2004'),
};

/** The office's choice: eight products in this order, under a holiday title (no period). */
const CHOSEN = [
  'gula-air-lontar-uji',
  'kopi-arabika-colol-uji',
  'kain-hinggi-umalulu-uji',
  'madu-hutan-mbeliling-uji',
  'sei-babi-asap-uji',
  'anyaman-bambu-uji',
  'serbuk-kelor-naitimu-uji',
  'dodol-rumput-laut-uji',
];
const TITLE = { id: 'Desember: hadiah untuk hari raya', en: 'December: gifts for the holidays' };

const SCREENS = [
  { width: 360, height: 640, atLeast: 2 },
  { width: 1280, height: 800, atLeast: 4 },
];

let content: string;
let out: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  content = await makeContentDir(PRODUCTS);
  writeFileSync(
    join(content, 'featured.yaml'),
    `title:\n  id: '${TITLE.id}'\n  en: '${TITLE.en}'\nproducts:\n${CHOSEN.map((s) => `  - ${s}\n`).join('')}`,
  );
  out = mkdtempSync(join(tmpdir(), 'etalase-home-'));
  const r = npmRun('build', [], { env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out } });
  if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  [browser, server] = await Promise.all([launchBrowser(), serveDist(out)]);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (content) rmSync(content, { recursive: true, force: true });
  if (out) rmSync(out, { recursive: true, force: true });
});

interface FirstScreen {
  /** Featured cards whose photo (loaded), name and price are all inside the first screen. */
  visible: string[];
  /** The featured cards' links, in page order. */
  order: string[];
  heading: string;
  searchVisible: boolean;
  notice: boolean;
  firstImg: { loading: string | null; fetchpriority: string | null };
  lazyTiles: number;
  tiles: number;
}

async function firstScreen(path: string, width: number, height: number): Promise<FirstScreen> {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    const page = await context.newPage();
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect(response?.status(), path).toBe(200);
    return await page.evaluate((h) => {
      const inside = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return !!r && r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= h;
      };
      const cards = [...document.querySelectorAll('.featured .card')];
      const visible = cards
        .filter((card) => {
          const img = card.querySelector('img');
          return (
            img !== null &&
            img.complete &&
            img.naturalWidth > 0 &&
            inside(img) &&
            inside(card.querySelector('.card-title')) &&
            inside(card.querySelector('.card-price'))
          );
        })
        .map((card) => card.querySelector('.card-title')?.textContent?.trim() ?? '');
      const first = cards[0]?.querySelector('img');
      const tileImgs = [...document.querySelectorAll('.tile img')];
      return {
        visible,
        order: cards.map((c) => c.querySelector('a')?.getAttribute('href') ?? ''),
        heading: document.querySelector('#featured-h')?.textContent?.trim() ?? '',
        searchVisible: inside(document.querySelector('#site-q')),
        notice: document.querySelector('.notice') !== null,
        firstImg: {
          loading: first?.getAttribute('loading') ?? null,
          fetchpriority: first?.getAttribute('fetchpriority') ?? null,
        },
        lazyTiles: tileImgs.filter((i) => i.getAttribute('loading') === 'lazy').length,
        tiles: tileImgs.length,
      };
    }, height);
  } finally {
    await context.close();
  }
}

describe('home page first screen with real content', () => {
  for (const { width, height, atLeast } of SCREENS) {
    for (const [locale, path] of [
      ['id', '/'],
      ['en', '/en/'],
    ] as const) {
      it(`${path} at ${width} × ${height} shows at least ${atLeast} products and the search box`, async () => {
        const m = await firstScreen(path, width, height);
        console.log(`[home-first-screen] ${path} ${width}×${height}: ${m.visible.length} products`);
        expect(m.notice, 'real content has no sample notice').toBe(false);
        expect(m.visible.length, m.visible.join(' | ')).toBeGreaterThanOrEqual(atLeast);
        expect(m.searchVisible).toBe(true);
        // The office's choice, in its order, under its title.
        const prefix = locale === 'en' ? '/en' : '';
        expect(m.order).toEqual(CHOSEN.map((slug) => `${prefix}/produk/${slug}/`));
        expect(m.heading).toBe(TITLE[locale]);
        // The first photo is fetched first; the category and island pictures wait their turn.
        expect(m.firstImg).toEqual({ loading: 'eager', fetchpriority: 'high' });
        expect(m.tiles).toBeGreaterThan(0);
        expect(m.lazyTiles).toBe(m.tiles);
      }, 120_000);
    }
  }

  it('passes axe at both widths, in both languages', async () => {
    for (const { width, height } of SCREENS) {
      for (const path of ['/', '/en/']) {
        const context = await browser.newContext({ viewport: { width, height } });
        try {
          const page = await context.newPage();
          await page.goto(server.origin + path);
          const results = await axe(page).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
            `${path} at ${width}`,
          ).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }
  }, 300_000);

  it('passes the W3C HTML checker', () => {
    const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;
    const files = [join(out, 'index.html'), join(out, 'en', 'index.html')];
    const r = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
    });
    expect(r.error, 'java must be installed to run vnu.jar').toBeUndefined();
    const messages = (JSON.parse(r.stderr || '{"messages":[]}') as { messages: unknown[] })
      .messages;
    expect(messages).toEqual([]);
    // Every category and island tile has a picture from this content.
    const html = readFileSync(files[0] as string, 'utf8');
    expect(html).not.toMatch(/class="[^"]*tile-blank/);
    expect(html.match(/<li class="tile">/g)?.length).toBeGreaterThan(10);
  }, 300_000);
});
