/**
 * `npm run lighthouse [-- --dist dist]`: Lighthouse (mobile emulation, the default) on the
 * built site served locally — home, catalogue, a product page, the QR landing and the search
 * page. Prints the four category scores and LCP, CLS and TBT per page. Needs Chromium, like the
 * browser tests; run `npm run build` first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, ensureChromium } from './lib/chromium.ts';
import { serveDist } from './lib/static-server.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = join(process.cwd(), values.dist ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('✗ Build the site first: npm run build');
  process.exit(1);
}
const product = readdirSync(join(dist, 'produk')).find((d) => /^[a-z][a-z0-9-]*$/.test(d));
const code = readdirSync(join(dist, 'P'))[0];
const pages: Record<string, string> = {
  home: '/',
  catalogue: '/produk/',
  product: `/produk/${product}/`,
  'QR landing': `/P/${code}/`,
  search: '/cari/?q=kopi',
};

const server = await serveDist(dist);
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: CHROMIUM_ARGS,
});
const rows = [
  '| page | perf | a11y | best pr. | SEO | LCP (ms) | CLS | TBT (ms) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
try {
  for (const [name, path] of Object.entries(pages)) {
    const result = await lighthouse(server.origin + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`no Lighthouse result for ${path}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push(
      `| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${Math.round(audit('largest-contentful-paint'))} | ${audit('cumulative-layout-shift').toFixed(3)} | ${Math.round(audit('total-blocking-time'))} |`,
    );
  }
} finally {
  chrome.kill();
  await server.close();
}
console.log(rows.join('\n'));
console.log(
  '\nNote: served from localhost without HTTPS or compression; "best practices" and SEO items that depend on the real host (HTTPS, robots on the production origin) may differ there.',
);
