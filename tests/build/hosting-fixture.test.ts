/**
 * Fixture content served by nginx with its generated rules, and opened in Chromium:
 * - a product folder renamed after its QR code was issued: its old addresses, in both
 *   languages, reach the new page (nginx: one 301; hosts without rules: a redirect page);
 * - a product whose story carries a `<script>` and an `onerror=` attribute: neither runs. No
 *   sanitiser is assumed: the Content-Security-Policy alone must stop them (the build never
 *   gives a hash to a script inside editor content).
 */
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { breakProduct, makeContentDir } from '../helpers/content-fixture.ts';
import { follow } from '../helpers/nginx.ts';
import { npmRun } from '../helpers/run.ts';

const ORIGIN = 'https://produk.fixture.example';
const XSS_STORY = `Cerita uji.

<script>window.__storyScriptRan = true; document.title = 'XSS';</script>

<img src="/tidak-ada.png" alt="" onerror="window.__onerrorRan = true">
`;

let content: string;
let out: string;
let nginx: RunningNginx;
let browser: Browser;

beforeAll(async () => {
  content = await makeContentDir({
    'madu-lama': { source: breakProduct('category: madu', "category: madu\nqr: 'M4D1'") },
    'madu-skrip': {
      source: breakProduct('category: madu', "category: madu\nqr: 'X5S1'")
        .replace('id: Madu Hutan Uji', 'id: Madu Skrip')
        .replace('Cerita uji.\n', XSS_STORY),
    },
  });
  // The editor renames a folder after its code was printed: the registry still says madu-lama.
  renameSync(join(content, 'products/madu-lama'), join(content, 'products/madu-baru'));
  out = join(mkdtempSync(join(tmpdir(), 'etalase-hosting-')), 'dist');
  const r = npmRun('build', [], {
    env: {
      CONTENT_DIR: content,
      ETALASE_OUT_DIR: out,
      SITE_URL: ORIGIN,
      // The content check and the sanitiser would both remove the script (issue 15): switch
      // them off here so that this fixture tests the CSP alone.
      ETALASE_TEST_UNCHECKED_STORIES: '1',
      ETALASE_TEST_UNSANITISED_STORIES: '1',
    },
  });
  if (r.status !== 0) throw new Error(`fixture build failed:\n${r.stdout}\n${r.stderr}`);
  [nginx, browser] = await Promise.all([startNginx(out), launchBrowser()]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  rmSync(content, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe('a renamed product folder', () => {
  it('old addresses in both languages reach the new page on nginx, in one redirect', async () => {
    for (const [old, now] of [
      ['/produk/madu-lama/', '/produk/madu-baru/'],
      ['/produk/madu-lama', '/produk/madu-baru/'],
      ['/en/produk/madu-lama/', '/en/produk/madu-baru/'],
      ['/en/produk/madu-lama', '/en/produk/madu-baru/'],
    ] as const) {
      const { hops, response, body } = await follow(nginx.origin, old);
      expect(hops, old).toEqual([old]);
      expect(response.status, old).toBe(200);
      expect(body, old).toContain(`<link rel="canonical" href="${ORIGIN}${now}">`);
    }
  });

  it('old addresses have a redirect page for hosts without rules, and _redirects rules', () => {
    for (const [file, to] of [
      ['produk/madu-lama/index.html', '/produk/madu-baru/'],
      ['en/produk/madu-lama/index.html', '/en/produk/madu-baru/'],
    ] as const) {
      const html = readFileSync(join(out, file), 'utf8');
      expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${to}">`);
      expect(html).toContain(`<link rel="canonical" href="${ORIGIN}${to}">`);
    }
    const redirects = readFileSync(join(out, '_redirects'), 'utf8');
    expect(redirects).toContain('/produk/madu-lama/ /produk/madu-baru/ 301');
    expect(redirects).toContain('/en/produk/madu-lama/ /en/produk/madu-baru/ 301');
  });

  it('in Chromium, the old English address shows the new English page', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${nginx.origin}/en/produk/madu-lama/`);
      expect(new URL(page.url()).pathname).toBe('/en/produk/madu-baru/');
      expect(await page.locator('h1').textContent()).toBe('Test Forest Honey');
    } finally {
      await context.close();
    }
  });
});

describe('a script in a product story', () => {
  it('is in the page (no sanitiser here) but its hash is not in the CSP', () => {
    const html = readFileSync(join(out, 'produk/madu-skrip/index.html'), 'utf8');
    // If a sanitiser strips it, this fixture no longer tests the CSP: keep the raw HTML in.
    expect(html).toContain('window.__storyScriptRan = true');
    expect(html).toContain('onerror=');
    const nginxConf = readFileSync(join(out, '_nginx.conf'), 'utf8');
    expect(nginxConf).not.toContain("script-src 'self' 'sha256-");
  });

  for (const path of ['/produk/madu-skrip/', '/en/produk/madu-skrip/', '/P/X5S1/']) {
    it(`runs neither the <script> nor the onerror= handler on ${path}`, async () => {
      const context = await browser.newContext();
      const violations: string[] = [];
      try {
        const page = await context.newPage();
        await page.exposeFunction('__reportViolation', (d: string) => violations.push(d));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { __reportViolation: (d: string) => void }).__reportViolation(
              e.violatedDirective,
            ),
          );
        });
        const response = await page.goto(nginx.origin + path, { waitUntil: 'load' });
        expect(response?.status()).toBe(200);
        await page.waitForTimeout(500);
        const ran = await page.evaluate(() => {
          const w = window as unknown as Record<string, unknown>;
          return { script: w['__storyScriptRan'] ?? false, onerror: w['__onerrorRan'] ?? false };
        });
        expect(ran).toEqual({ script: false, onerror: false });
        expect(await page.title()).not.toBe('XSS');
        // Both were blocked by the policy (not merely absent).
        expect(violations.filter((d) => d.startsWith('script-src')).length).toBeGreaterThanOrEqual(
          2,
        );
      } finally {
        await context.close();
      }
    });
  }
});
