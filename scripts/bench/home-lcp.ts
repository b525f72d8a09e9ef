/**
 * `npm run bench:lcp [-- --dist dist --runs 5 --path /]`: Largest Contentful Paint of a page on a
 * slow phone network — 400 kbps down and up, 400 ms round trip (Chrome DevTools'
 * `Network.emulateNetworkConditions`) — behind the shipped nginx configuration (gzip, caching
 * headers), at 360 × 640 and 1280 × 800, a cold cache every run. Prints the median and the
 * range per width and which element was the LCP. A benchmark, never a timed test: compare two
 * builds measured in the same run (e.g. `--dist` of a build before a change), not numbers
 * across machines.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { startNginx } from '../lib/nginx.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', multiple: true },
    runs: { type: 'string', default: '5' },
    path: { type: 'string', default: '/' },
  },
});
const dists = (values.dist?.length ? values.dist : ['dist']).map((d) => resolve(d));
const runs = Number(values.runs);
const path = values.path ?? '/';
for (const dist of dists) {
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`✗ ${dist} has no index.html: build the site first (npm run build)`);
    process.exit(1);
  }
}

/** 400 kbps in bytes per second, and the round trip in milliseconds. */
export const SLOW_NETWORK = { latency: 400, throughput: (400 * 1000) / 8 };
const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 1280, height: 800 },
];

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
try {
  console.log(`| build | viewport | LCP median (ms) | range (ms) | LCP element |`);
  console.log(`| --- | --- | ---: | ---: | --- |`);
  for (const dist of dists) {
    const nginx = await startNginx(dist);
    try {
      for (const viewport of VIEWPORTS) {
        const times: number[] = [];
        const elements = new Set<string>();
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport });
          try {
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            await cdp.send('Network.enable');
            await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
            await cdp.send('Network.emulateNetworkConditions', {
              offline: false,
              latency: SLOW_NETWORK.latency,
              downloadThroughput: SLOW_NETWORK.throughput,
              uploadThroughput: SLOW_NETWORK.throughput,
            });
            await page.goto(nginx.origin + path, { waitUntil: 'load', timeout: 120_000 });
            const lcp = await page.evaluate(
              () =>
                new Promise<{ time: number; element: string }>((done) => {
                  new PerformanceObserver((list) => {
                    const entries = list.getEntries() as (PerformanceEntry & {
                      element?: Element | null;
                    })[];
                    const last = entries.at(-1);
                    const el = last?.element;
                    done({
                      time: last?.startTime ?? NaN,
                      element: el ? `${el.tagName.toLowerCase()}.${el.className}` : '?',
                    });
                  }).observe({ type: 'largest-contentful-paint', buffered: true });
                }),
            );
            times.push(lcp.time);
            elements.add(lcp.element);
          } finally {
            await context.close();
          }
        }
        console.log(
          `| ${dist} | ${viewport.width}×${viewport.height} | ${Math.round(median(times))} | ${Math.round(Math.min(...times))}–${Math.round(Math.max(...times))} | ${[...elements].join(', ')} |`,
        );
      }
    } finally {
      await nginx.stop();
    }
  }
} finally {
  await browser.close();
}
