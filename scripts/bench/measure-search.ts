/**
 * What a browser downloads from /pagefind/ for a first and a second search on a built site
 * (gzip as a CDN would serve it), measured in Chromium. Shared by `bench` and `bench:search`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { serveDist } from '../lib/static-server.ts';

export interface Transfer {
  gz: number;
  raw: number;
  /** Gzipped bytes per kind of file (pagefind.js, wasm, index/, fragment/, …). */
  byKind: Record<string, number>;
}

export function dirSize(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? dirSize(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

/**
 * Searches "kopi", then "madu" in the same page session, on the site in `dir`. `width`: the
 * viewport (a phone, 360, has the filters below the results, so their counts are not fetched).
 */
export async function measureSearch(
  dir: string,
  width = 1280,
): Promise<{ first: Transfer; second: Transfer }> {
  const server = await serveDist(dir);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  const total: Transfer = { gz: 0, raw: 0, byKind: {} };
  try {
    const page = await (await browser.newContext({ viewport: { width, height: 720 } })).newPage();
    page.on('response', async (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith('/pagefind/')) return;
      try {
        const body = await response.body();
        const gz = gzipSync(body).length;
        total.raw += body.length;
        total.gz += gz;
        const kind = path
          .replace(/^\/pagefind\//, '')
          .replace(/[._][0-9a-f]{6,}.*$/, '')
          .replace(/\/.*$/, '/');
        total.byKind[kind] = (total.byKind[kind] ?? 0) + gz;
      } catch {
        /* a response without a body (redirect, abort) counts nothing */
      }
    });
    await page.goto(`${server.origin}/cari/?q=kopi`);
    await page.waitForFunction(() =>
      /\d/.test(document.getElementById('search-status')?.textContent ?? ''),
    );
    await page.waitForTimeout(500);
    const first: Transfer = { ...total, byKind: { ...total.byKind } };
    await page.fill('#q', 'madu');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => /madu/.test(location.search));
    await page.waitForTimeout(800);
    const byKind = Object.fromEntries(
      Object.entries(total.byKind).map(([k, v]) => [k, v - (first.byKind[k] ?? 0)]),
    );
    return { first, second: { gz: total.gz - first.gz, raw: total.raw - first.raw, byKind } };
  } finally {
    await browser.close();
    await server.close();
  }
}
