/** axe (zero violations) on every page type, at 360 px and 1280 px, in real Chromium. */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site.ts';
import { axeViolations, VIEWPORTS, withAxe } from '../helpers/browser.ts';
import { PAGE_TYPES } from '../helpers/pages.ts';

const site = useSite();

const cases = PAGE_TYPES.flatMap((pt) =>
  pt.paths.flatMap((path) => VIEWPORTS.map((vp) => ({ type: pt.type, path, vp }))),
);

describe('accessibility (axe)', () => {
  it.each(cases)('$type $path at $vp.width px has no violations', async ({ path, vp }) => {
    const context = await site.browser.newContext({
      viewport: { width: vp.width, height: vp.height },
    });
    try {
      await withAxe(context);
      const page = await context.newPage();
      await page.goto(site.origin + path);
      const violations = (await axeViolations(page)).map(
        (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
      );
      expect(violations).toEqual([]);
      // Mobile-first: nothing may force sideways scrolling on a 360 px phone.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });
});

describe('the axe run itself', () => {
  it('reports a violation (an image without alt text, a page without language)', async () => {
    const context = await site.browser.newContext();
    try {
      await withAxe(context);
      await context.route('**/broken/', (route) =>
        route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html><title>t</title><main><img src="/favicon.svg"></main></html>',
        }),
      );
      const page = await context.newPage();
      await page.goto(`${site.origin}/broken/`);
      const ids = (await axeViolations(page)).map((v) => v.id);
      expect(ids).toEqual(expect.arrayContaining(['image-alt', 'html-has-lang']));
    } finally {
      await context.close();
    }
  });
});
