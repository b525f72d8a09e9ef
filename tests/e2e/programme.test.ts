/**
 * The programme dashboard in a real browser: every chart has a text equivalent (an accessible
 * name from visible text, and a table with the same numbers as the bars), and no script runs.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Chart {
  area: string;
  /** Accessible name as Chromium computes it from aria-labelledby. */
  name: string;
  visibleLabel: boolean;
  bars: Record<string, number>;
  table: Record<string, number>;
}

describe('programme dashboard', () => {
  it.each(['/program/', '/en/program/'])(
    '%s: every chart has a visible text equivalent and a table with the same numbers',
    async (path) => {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
      try {
        const page = await context.newPage();
        await page.goto(server.origin + path);
        const charts = await page.locator('svg[role="img"]').evaluateAll((svgs) =>
          svgs.map((svg): Chart => {
            const row = svg.closest('[data-area]');
            const area = row?.getAttribute('data-area') ?? '';
            const label = document.getElementById(svg.getAttribute('aria-labelledby') ?? '');
            const bars: Record<string, number> = {};
            for (const rect of svg.querySelectorAll('rect[data-state]')) {
              bars[rect.getAttribute('data-state') ?? ''] = Number(rect.getAttribute('data-count'));
            }
            const table: Record<string, number> = {};
            const tr = document.querySelector(`table[data-table="areas"] tr[data-area="${area}"]`);
            for (const td of tr?.querySelectorAll('td[data-state]') ?? []) {
              const n = Number((td.textContent ?? '').replace(/\D/g, ''));
              if (n > 0) table[td.getAttribute('data-state') ?? ''] = n;
            }
            return {
              area,
              name: label?.textContent?.trim() ?? '',
              visibleLabel: label ? label.getBoundingClientRect().height > 0 : false,
              bars,
              table,
            };
          }),
        );
        expect(charts.length).toBe(8);
        for (const chart of charts) {
          expect(chart.name, chart.area).not.toBe('');
          expect(chart.visibleLabel, chart.area).toBe(true);
          expect(chart.bars, chart.area).toEqual(chart.table);
          // The label states every number the bar draws.
          for (const n of Object.values(chart.bars)) expect(chart.name).toContain(String(n));
        }
        // Chromium's accessibility tree names each chart with its label text.
        const first = charts[0];
        await expect(
          page.getByRole('img', { name: first?.name ?? '', exact: true }).count(),
        ).resolves.toBe(1);
        await expect(
          page.locator('script:not([type="application/ld+json"])').count(),
        ).resolves.toBe(0);
      } finally {
        await context.close();
      }
    },
  );
});
