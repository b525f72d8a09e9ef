/** Browser tests' shared setup: one Chromium and one static server for the built site per file. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type RunningServer } from '../../scripts/lib/static-server.ts';
import { launchBrowser } from './browser.ts';
import { DIST } from './paths.ts';

export interface Site {
  browser: Browser;
  origin: string;
}

/** Registers beforeAll/afterAll hooks; read `site.browser` and `site.origin` inside tests. */
export function useSite(root: string = DIST): Site {
  const site = {} as Site;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    const [browser, started] = await Promise.all([launchBrowser(), serveDist(root)]);
    server = started;
    Object.assign(site, { browser, origin: started.origin });
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}
