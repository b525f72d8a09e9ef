/**
 * Labels print whole with a real origin. Two throw-away sites are built from content with the
 * longest names the content rules allow and the longest place name in NTT:
 * - one at a 30-character origin, laid out in Chromium's print layout at 20, 25 and 30 mm, where
 *   the boxes of every text node (a Range over the node, not its block) must lie inside their
 *   label, and the short link must be whole, on one line, at >= 6 pt;
 * - one at the production origin, printed with `npm run labels`, rasterised at 300 dpi
 *   (Poppler's pdftoppm) and scanned: every label's QR decodes to its URL, and the PDF's text
 *   holds every short link whole.
 * Neither depends on the placeholder origin or on SITE_URL in the environment.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedShortUrl, qrPayload } from '../../src/lib/qr/links.ts';
import { ensurePdftoppm } from '../../scripts/lib/poppler.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from '../helpers/browser.ts';
import {
  breakProduct,
  fixtureCode,
  makeContentDir,
  type FixtureProduct,
} from '../helpers/content-fixture.ts';
import { scanAll } from '../helpers/qr-scan.ts';
import { npmRun } from '../helpers/run.ts';
import { MAX_PRODUCER_NAME, MAX_PRODUCT_NAME } from '../helpers/text-limits.ts';

/** 30 characters: the longest origin the label layout promises to print whole. */
const LONG_ORIGIN = 'https://produk-ovop.nttprov.id';
const PRODUCTION_ORIGIN = 'https://produk.nttprov.go.id';
/** The longest "village, regency" in NTT's area list: Kefamenanu Selatan, Timor Tengah Utara. */
const LONGEST_VILLAGE = '53.03.05.1006';
const SIZES = [20, 25, 30] as const;
const PX_PER_MM = 96 / 25.4;
/** A4 (210 mm) less the sheet's 10 mm page margins, in CSS px: the print layout's width. */
const PRINT_WIDTH = Math.floor(190 * PX_PER_MM);

/** Words repeated and cut to exactly `length` characters (no trailing space). */
function longText(words: string, length: number): string {
  let s = words;
  while (s.length < length) s += ` ${words}`;
  s = s.slice(0, length);
  return s.endsWith(' ') ? `${s.slice(0, -1)}X` : s;
}

function labelProduct(name: string, producer: string): FixtureProduct {
  const source = breakProduct(/id: Madu Hutan Uji\n/, `id: ${JSON.stringify(name)}\n`)
    .replace(/name: UMKM Uji\n/, `name: ${JSON.stringify(producer)}\n`)
    .replace(/village: '53\.11\.01\.2012'/, `village: '${LONGEST_VILLAGE}'`);
  return { source, photos: { 'hero.jpg': [1200, 900] } };
}

const PRODUCTS: Record<string, FixtureProduct> = {
  // Realistic: long Indonesian words that wrap at spaces.
  'label-panjang': labelProduct(
    longText('Tenun Ikat Buna Biboki Pewarna Alami Motif Kaif Tradisional', MAX_PRODUCT_NAME),
    longText('Kelompok Penenun Perempuan Sehati Kefamenanu Selatan', MAX_PRODUCER_NAME),
  ),
  // Worst case: the widest letters, and no space to wrap at.
  'label-lebar': labelProduct('W'.repeat(MAX_PRODUCT_NAME), 'M'.repeat(MAX_PRODUCER_NAME)),
  'label-pendek': labelProduct('Kopi', 'UMKM A'),
};
const CODES = Object.keys(PRODUCTS).map((_, i) => fixtureCode(i));

let content: string;
let outRoot: string;
const dists: Record<'long' | 'production', string> = { long: '', production: '' };
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  content = await makeContentDir(PRODUCTS);
  outRoot = mkdtempSync(join(tmpdir(), 'etalase-labels-'));
  for (const [key, origin] of [
    ['long', LONG_ORIGIN],
    ['production', PRODUCTION_ORIGIN],
  ] as const) {
    const out = join(outRoot, key);
    const r = npmRun('build', [], {
      env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out, SITE_URL: origin },
    });
    if (r.status !== 0) throw new Error(`build at ${origin} failed:\n${r.stdout}\n${r.stderr}`);
    dists[key] = out;
  }
  [browser, server] = await Promise.all([launchBrowser(), serveDist(dists.long)]);
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (content) rmSync(content, { recursive: true, force: true });
  if (outRoot) rmSync(outRoot, { recursive: true, force: true });
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
interface Measured {
  code: string;
  label: Box;
  qr: Box;
  texts: { text: string; rects: Box[] }[];
  url: { text: string; rects: Box[]; fontSizePx: number };
}

describe(`label sheet in print layout at a ${LONG_ORIGIN.length}-character origin`, () => {
  it.each(SIZES)('at %d mm every text node stays inside its label', async (mm) => {
    const context = await browser.newContext({ viewport: { width: PRINT_WIDTH, height: 1000 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/label/`);
      await page.check(`#qr-${mm}`);
      await page.emulateMedia({ media: 'print' });
      const labels = await page.evaluate((): Measured[] => {
        const box = (r: DOMRect): Box => ({
          left: r.left,
          top: r.top,
          right: r.right,
          bottom: r.bottom,
        });
        const textRects = (node: Node): Box[] => {
          const range = document.createRange();
          range.selectNodeContents(node);
          return [...range.getClientRects()].filter((r) => r.width > 0).map(box);
        };
        return [...document.querySelectorAll<HTMLElement>('.label')].map((label) => {
          const texts: Measured['texts'] = [];
          const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.trim() || n.parentElement?.closest('svg')) continue;
            texts.push({ text: n.textContent, rects: textRects(n) });
          }
          const url = label.querySelector<HTMLElement>('[data-short-url]');
          return {
            code: label.dataset['code'] ?? '',
            label: box(label.getBoundingClientRect()),
            qr: box(label.querySelector('[data-qr] svg')!.getBoundingClientRect()),
            texts,
            url: {
              text: url?.textContent ?? '',
              rects: url?.firstChild ? textRects(url.firstChild) : [],
              fontSizePx: url ? parseFloat(getComputedStyle(url).fontSize) : 0,
            },
          };
        });
      });
      expect(labels.map((l) => l.code).sort()).toEqual([...CODES].sort());
      const host = new URL(LONG_ORIGIN).host;
      for (const label of labels) {
        // The label, and its crop marks 3 mm outside it, fit the printable width of A4.
        expect(label.label.right + 3 * PX_PER_MM, label.code).toBeLessThanOrEqual(PRINT_WIDTH);
        expect(label.texts.length).toBeGreaterThanOrEqual(5);
        for (const { text, rects } of label.texts) {
          expect(rects.length, text).toBeGreaterThan(0);
          for (const r of rects) {
            const where = `${label.code} "${text}" at ${mm} mm`;
            expect(r.left, where).toBeGreaterThanOrEqual(label.label.left - 0.5);
            expect(r.right, where).toBeLessThanOrEqual(label.label.right + 0.5);
            expect(r.top, where).toBeGreaterThanOrEqual(label.label.top - 0.5);
            expect(r.bottom, where).toBeLessThanOrEqual(label.label.bottom + 0.5);
            // No text over the QR symbol.
            const overQr =
              r.left < label.qr.right &&
              r.right > label.qr.left &&
              r.top < label.qr.bottom &&
              r.bottom > label.qr.top;
            expect(overQr, where).toBe(false);
          }
        }
        // The short link: whole, one line, >= 6 pt (8 CSS px).
        expect(label.url.text).toBe(`${host}/p/${label.code}`);
        expect(label.url.rects.length, label.url.text).toBeGreaterThan(0);
        const tops = new Set(label.url.rects.map((r) => Math.round(r.top)));
        expect(tops.size, `${label.url.text} on one line`).toBe(1);
        expect(label.url.fontSizePx).toBeGreaterThanOrEqual(8);
      }
      // The longest texts really are on the sheet (the fixture did not shrink them).
      const allText = labels.flatMap((l) => l.texts.map((t) => t.text)).join('\n');
      expect(allText).toContain('W'.repeat(MAX_PRODUCT_NAME));
      expect(allText).toContain('Kefamenanu Selatan, Timor Tengah Utara');
    } finally {
      await context.close();
    }
  });
});

describe(`npm run labels at ${PRODUCTION_ORIGIN}`, () => {
  it.each([20, 30])(
    'the %d mm sheet PDF, rasterised at 300 dpi, scans to every label URL',
    async (mm) => {
      const pdftoppm = ensurePdftoppm();
      const dir = mkdtempSync(join(tmpdir(), 'etalase-label-pdf-'));
      try {
        const pdf = join(dir, 'labels.pdf');
        const r = npmRun('labels', [
          '--dist',
          dists.production,
          '--size',
          String(mm),
          '--out',
          pdf,
        ]);
        expect(r.status, r.stderr).toBe(0);
        const raster = spawnSync(pdftoppm, ['-r', '300', '-png', pdf, join(dir, 'page')], {
          encoding: 'utf8',
        });
        expect(raster.status, raster.stderr).toBe(0);
        const pages = readdirSync(dir).filter((f) => /^page.*\.png$/.test(f));
        expect(pages.length).toBeGreaterThan(0);
        const decoded: string[] = [];
        for (const file of pages) {
          const { data, info } = await sharp(join(dir, file))
            .ensureAlpha()
            .raw()
            .toBuffer({ resolveWithObject: true });
          // A4 at 300 dpi: 2480 × 3508 px.
          expect(Math.abs(info.width - 2480)).toBeLessThanOrEqual(2);
          expect(Math.abs(info.height - 3508)).toBeLessThanOrEqual(2);
          decoded.push(
            ...scanAll(new Uint8ClampedArray(data), info.width, info.height).map((c) => c.data),
          );
        }
        expect(decoded.sort()).toEqual(CODES.map((c) => qrPayload(PRODUCTION_ORIGIN, c)).sort());
        // The printed text holds every short link whole (pdftotext, also from Poppler).
        const text = spawnSync(pdftoppm.replace(/pdftoppm$/, 'pdftotext'), [pdf, '-'], {
          encoding: 'utf8',
        }).stdout;
        for (const code of CODES) expect(text).toContain(printedShortUrl(PRODUCTION_ORIGIN, code));
        expect(readFileSync(pdf, 'latin1').startsWith('%PDF-')).toBe(true);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );
});
