/**
 * `npm run bench:order [-- --runs 7]`: does counting order intent slow the shopper's path to
 * WhatsApp? The built site on Debian's nginx (the shipped config, loopback), Chromium with a
 * slow mobile network (400 ms round trip, 400 kbit/s), a product page; the time from the click
 * on "Pesan lewat WhatsApp" until the browser asks for wa.me, with the button's `ping` as
 * built and with the ping removed (the button before order intent was counted). wa.me itself
 * is answered locally, so only the site's part is measured. Also checks that the ping reached
 * nginx (answered 204).
 */
import { config } from '../../src/lib/config/env.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { startNginx } from '../lib/nginx.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    dist: { type: 'string', default: config().ETALASE_OUT_DIR },
  },
});
const runs = Number(values.runs);
const dist = resolve(values.dist ?? 'dist');
const products = JSON.parse(readFileSync(join(dist, 'data/products.json'), 'utf8')) as {
  products?: { slug: string }[];
};
const slug = (products.products ?? (products as unknown as { slug: string }[]))[0]?.slug;
if (!slug) throw new Error('no product in dist/data/products.json');

const nginx = await startNginx(dist);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
try {
  const results: Record<'withPing' | 'withoutPing', number[]> = { withPing: [], withoutPing: [] };
  for (let i = 0; i < runs; i++) {
    for (const variant of ['withoutPing', 'withPing'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 400,
        downloadThroughput: 400_000 / 8,
        uploadThroughput: 400_000 / 8,
      });
      let asked = 0;
      await page.route('https://wa.me/**', (route) => {
        asked ||= performance.now();
        return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>wa</title>' });
      });
      await page.goto(`${nginx.origin}/produk/${slug}/`, { waitUntil: 'load' });
      const button = page.locator('[data-order-whatsapp]');
      if (variant === 'withoutPing')
        await button.evaluate((a) => {
          a.removeAttribute('ping');
        });
      else {
        if (!(await button.getAttribute('ping'))) throw new Error('the built button has no ping');
        // The ping names the production origin; here the same path goes to the local nginx.
        await button.evaluate((a) => {
          const ping = new URL(a.getAttribute('ping') ?? '');
          a.setAttribute('ping', new URL(ping.pathname, location.origin).href);
        });
      }
      const clicked = performance.now();
      await Promise.all([page.waitForURL('https://wa.me/**'), button.click()]);
      results[variant].push(asked - clicked);
      // Let the ping finish before the context closes, so it is counted.
      await page.waitForTimeout(variant === 'withPing' ? 1500 : 0);
      await context.close();
    }
  }
  // What nginx logged: the pings it answered (the stats tool counts these lines).
  const pings = readFileSync(nginx.accessLog, 'utf8')
    .split('\n')
    .filter((l) => /"POST \/pesan\/[^ ]+ HTTP\/[\d.]+" 204 /.test(l)).length;
  const before = median(results.withoutPing);
  const after = median(results.withPing);
  console.log(`product page /produk/${slug}/, ${runs} runs each, 400 ms RTT, 400 kbit/s:`);
  console.log(`  click -> wa.me requested, without ping (before): median ${before.toFixed(0)} ms`);
  console.log(`  click -> wa.me requested, with ping (after):     median ${after.toFixed(0)} ms`);
  console.log(
    `  ratio after/before: ${(after / before).toFixed(2)}; pings answered by nginx: ${pings}/${runs}`,
  );
} finally {
  await browser.close();
  await nginx.stop();
}
