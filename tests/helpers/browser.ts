/** Chromium through playwright-core, with the launch flags this machine needs. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../../scripts/lib/chromium.ts';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
}

/** The two widths every page is checked at: a cheap phone and a laptop. */
export const VIEWPORTS = [
  { name: 'mobile', width: 360, height: 740 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * axe on a page, every rule. Only violations are collected node by node (`resultTypes`, axe's
 * documented way to make a run cheaper: passing rules report one node each instead of all).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
}

/** axe-core's own script (the engine `@axe-core/playwright` injects). */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Loads axe-core into every page of a context as the page starts, once for the context, for
 * tests that run axe on many pages: `AxeBuilder` injects its 500 KB again into each page it
 * checks, about three quarters of its time on a page of this site. The rules and options are
 * the same as `axe(page)`.
 */
export async function withAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/** axe's violations on a page of a context prepared by `withAxe`. */
export async function axeViolations(page: Page): Promise<Result[]> {
  return page.evaluate(async () => {
    const engine = (window as unknown as { axe?: typeof import('axe-core') }).axe;
    if (!engine) throw new Error('axe-core is not loaded: call withAxe(context) first');
    return (await engine.run(document, { resultTypes: ['violations'] })).violations;
  });
}
