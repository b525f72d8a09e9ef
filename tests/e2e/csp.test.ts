/**
 * Chromium THROUGH nginx (the shipped configuration and its generated CSP): every page type in
 * both languages loads with zero CSP violations and zero console errors, and search still finds
 * products (Pagefind's WebAssembly and worker are allowed where it runs).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { useNginx } from '../helpers/nginx.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';

const server = useNginx();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Problems {
  violations: string[];
  errors: string[];
}

/** Opens a page, recording CSP violations (from the page and its workers) and console errors. */
async function visit(
  path: string,
  then: (page: Page) => Promise<void> = async () => {},
): Promise<Problems> {
  const context = await browser.newContext();
  const problems: Problems = { violations: [], errors: [] };
  try {
    const page = await context.newPage();
    await page.exposeFunction('__reportViolation', (text: string) =>
      problems.violations.push(text),
    );
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text()))
        problems.errors.push(m.text());
    });
    page.on('pageerror', (e) => problems.errors.push(e.message));
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
    if (!response) throw new Error(`no response for ${path}`);
    await then(page);
    // Let idle-time scripts (search loads on idle) run before judging.
    await page.waitForTimeout(300);
  } finally {
    await context.close();
  }
  return problems;
}

describe('CSP in Chromium through nginx', () => {
  for (const { type, paths } of PAGE_TYPES) {
    for (const path of paths) {
      it(`${type} ${path}: no violation, no console error`, async () => {
        const problems = await visit(path);
        expect(problems.violations).toEqual([]);
        // The 404 page's own request is logged by Chromium as a failed resource: expected.
        const errors = problems.errors.filter((e) => !(type === '404' && /status of 404/.test(e)));
        expect(errors).toEqual([]);
      });
    }
  }

  for (const [path, query] of [
    ['/cari/', 'kopi'],
    ['/en/cari/', 'coffee'],
  ] as const) {
    it(`search on ${path} returns results with the policy in force`, async () => {
      let results = 0;
      const problems = await visit(`${path}?q=${query}`, async (page) => {
        await page.waitForFunction(
          () => document.querySelectorAll('#search-results li').length > 0,
          undefined,
          { timeout: 30_000 },
        );
        results = await page.locator('#search-results li').count();
      });
      expect(results).toBeGreaterThan(0);
      expect(problems.violations).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  }
});
