/**
 * Nothing moves while a page arrives. On a slow network (or a busy cheap phone) the browser
 * paints a page before all of it is there; an element that arrives later must never push
 * one already painted (a layout shift). Every page type is served one tag and one text at a
 * time (an element is painted empty, then its text comes, as when a busy parser yields), and
 * Chromium's layout-shift entries must add up to zero at a phone's and a laptop's width.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { inParallel } from '../../src/lib/build/in-parallel.ts';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';
import { DIST } from '../helpers/paths.ts';

/**
 * Every page type but the labels and the printed catalogue: print tools, not pages people read
 * as they arrive (labels centre their text in a fixed-size label by design, see
 * labels-print.test.ts; the catalogue is laid out for paper, see catalogue-print.test.ts).
 */
const PATHS = PAGE_TYPES.filter((p) => !['label', 'print-catalogue'].includes(p.type)).flatMap(
  (p) => p.paths,
);

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  // One tag or text per piece, 3 ms apart: the browser gets to paint between many of them.
  [browser, server] = await Promise.all([
    launchBrowser(),
    serveDist(DIST, { slowHtml: { bytes: 1, everyMs: 3 } }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Shift {
  value: number;
  what: string[];
}

async function shiftWhileArriving(path: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  try {
    await context.addInitScript(() => {
      const w = window as unknown as { __shift: Shift };
      w.__shift = { value: 0, what: [] };
      type Entry = PerformanceEntry & {
        value: number;
        sources: {
          node?: Node | null;
          previousRect: DOMRectReadOnly;
          currentRect: DOMRectReadOnly;
        }[];
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as Entry[]) {
          w.__shift.value += e.value;
          for (const s of e.sources) {
            const el = s.node instanceof Element ? s.node : s.node?.parentElement;
            const text = s.node?.nodeType === Node.TEXT_NODE ? ` text "${s.node.textContent}"` : '';
            w.__shift.what.push(
              `${el?.tagName ?? '?'}.${el?.className ?? ''}${text} ` +
                `(${Math.round(s.previousRect.x)},${Math.round(s.previousRect.y)} → ` +
                `${Math.round(s.currentRect.x)},${Math.round(s.currentRect.y)})`,
            );
          }
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    expect([200, 404], path).toContain(response?.status());
    // Scripts that run after the load (search) get a moment to change the page too.
    await page.waitForTimeout(300);
    return await page.evaluate(() => (window as unknown as { __shift: Shift }).__shift);
  } finally {
    await context.close();
  }
}

/**
 * Pages arriving at the same time, each in its own browser context (2 per width, both widths at
 * once): the time goes to waiting for the pieces, so pages side by side take hardly longer than
 * one. The header laid out the old way below is caught in as many pages arriving at once.
 */
const PAGES_AT_ONCE = 2;

describe('pages arriving slowly', () => {
  for (const viewport of VIEWPORTS) {
    it.concurrent(
      `do not move at ${viewport.width} px wide`,
      async () => {
        const shifts = await inParallel(PATHS, PAGES_AT_ONCE, (path) =>
          shiftWhileArriving(path, viewport),
        );
        const moved = shifts.flatMap((shift, i) =>
          shift.value > 0
            ? [`${PATHS[i]}: ${shift.value.toFixed(5)} — ${shift.what.join('; ')}`]
            : [],
        );
        expect(moved).toEqual([]);
      },
      600_000,
    );
  }

  it('a header laid out the old way (centred, spread) is caught moving', async () => {
    // The header as it was before: brand and menu centred against each other and spread
    // apart. Loaded at once it does not move; arriving in pieces it does.
    const root = mkdtempSync(join(tmpdir(), 'etalase-slow-'));
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html lang="en"><head><title>t</title><style>' +
        'header{display:flex;align-items:center;justify-content:space-between}' +
        'nav a{display:inline-block;padding:.5rem}</style></head><body><header>' +
        '<a href="/">Brand</a><nav><a href="/">One</a> <a href="/">Two</a> <a href="/">Three</a>' +
        '</nav></header><main><p>Text</p></main></body></html>',
    );
    const old = await serveDist(root, { slowHtml: { bytes: 1, everyMs: 30 } });
    const original = server;
    try {
      server = old;
      // As many at once as the test above loads (2 per width, both widths): caught in each.
      const shifts = await inParallel(
        Array.from({ length: PAGES_AT_ONCE * VIEWPORTS.length }, () => '/'),
        PAGES_AT_ONCE * VIEWPORTS.length,
        (path) => shiftWhileArriving(path, VIEWPORTS[0]),
      );
      for (const shift of shifts) expect(shift.value).toBeGreaterThan(0);
    } finally {
      server = original;
      await old.close();
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
