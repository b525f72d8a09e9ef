/**
 * `npm run bench [-- --n 1000] [--skip-baseline] [--skip-search]`
 * Generates N synthetic products (git-ignored .cache/bench/), then in one run measures this
 * site's cold and warm builds against a bare Astro baseline (scripts/bench/baseline), page and
 * image bytes, and Pagefind's index and search transfer in Chromium. Ratios, not absolute
 * times, are the numbers to compare: these machines are shared and noisy.
 * Prints a Markdown table and writes JSON to bench-results/.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateContent } from './generate.ts';
import { dirSize, measureSearch } from './measure-search.ts';
import { phaseSeconds } from './phases.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '200' },
    'skip-baseline': { type: 'boolean', default: false },
    'skip-search': { type: 'boolean', default: false },
  },
});
const N = Number(values.n);
if (!Number.isInteger(N) || N < 1) throw new Error('--n must be a positive integer');

const ROOT = process.cwd();
const WORK = resolve('.cache/bench');
const CONTENT = join(WORK, `content-${N}`);
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

interface BuildResult {
  wallS: number;
  peakMemMB: number;
  /** HTML pages in the output, including those written after Astro (QR/GS1 landings). */
  pages: number;
  /** Pages Astro published itself (rendered now or copied from the previous build). */
  rendered: number;
  /** Of those, copied from the previous build (incremental build). */
  restored: number;
  /** Of those, rendered in this build. */
  renderedNow: number;
  pagesPerS: number;
  phases: Record<string, number>;
}

/** Runs one `astro build` under GNU time; returns wall time, peak RSS and phase times. */
function build(
  name: string,
  opts: { root?: string; out: string; cacheDir?: string; cold: boolean },
): BuildResult {
  const cache = opts.cacheDir ?? join(CONTENT, '.astro-cache');
  if (opts.cold) rmSync(cache, { recursive: true, force: true });
  rmSync(opts.out, { recursive: true, force: true });
  const args = [
    '-v',
    process.execPath,
    ASTRO,
    'build',
    ...(opts.root ? ['--root', opts.root] : []),
  ];
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', args, {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: {
      ...process.env,
      CONTENT_DIR: CONTENT,
      ETALASE_OUT_DIR: opts.out,
      BASELINE_CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const wallS = (performance.now() - started) / 1000;
  // Without colours, whatever the environment asks for (FORCE_COLOR), so the patterns match.
  const log = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
  // Kept for reading where the time went (phase lines, per-route times).
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(
    join('bench-results', `build-${N}-${name}-${opts.cold ? 'cold' : 'warm'}.log`),
    log,
  );
  if (r.status !== 0) throw new Error(`${name} build failed:\n${log.slice(-4000)}`);
  const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? 0);
  const rendered = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0);
  // Pages (not endpoint files such as QR PNGs) copied from the previous build.
  const restored = log.match(/index\.html \((?:restored|cached)\)/g)?.length ?? 0;
  const pages = readdirSync(opts.out, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.html'),
  ).length;
  const phases: Record<string, number> = {
    pages: phaseSeconds(log, 'generating static routes'),
    images: phaseSeconds(log, 'generating optimized images'),
  };
  const search = /search index: \d+ (?:pages in|files unchanged, index reused in) (\d+) ms/.exec(
    log,
  )?.[1];
  if (search) phases['searchIndex'] = Number(search) / 1000;
  const landings = /landings and \d+ lowercase redirects in (\d+) ms/.exec(log)?.[1];
  if (landings) phases['landings'] = Number(landings) / 1000;
  const check = /products checked in (\d+) ms/.exec(log)?.[1];
  if (check) phases['contentCheck'] = Number(check) / 1000;
  return {
    wallS,
    peakMemMB: Math.round(peakKb / 1024),
    pages,
    rendered,
    restored,
    renderedNow: rendered - restored,
    pagesPerS: Math.round(pages / wallS),
    phases,
  };
}

const gz = (buf: Buffer | string) => gzipSync(buf).length;

/** Renames the first generated product, as an editor would. */
function editOneProduct(content: string): void {
  const file = join(content, 'products', 'bench-00001', 'index.md');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/^name: \{ id: "/m, 'name: { id: "Diubah ');
  if (edited === text) throw new Error(`bench: no name line to edit in ${file}`);
  writeFileSync(file, edited);
}

/** Bytes per page type: HTML (CSS is inlined) gzipped, plus gzipped JS the page loads. */
function pageBytes(out: string): Record<string, { htmlCssGz: number; jsGz: number }> {
  const product = readdirSync(join(out, 'produk')).find((d) => /^[a-z][a-z0-9-]*$/.test(d)) ?? '';
  const code = readdirSync(join(out, 'P'))[0] ?? '';
  const pages: Record<string, string> = {
    home: 'index.html',
    catalogue: 'produk/index.html',
    product: `produk/${product}/index.html`,
    qrLanding: `P/${code}/index.html`,
    search: 'cari/index.html',
  };
  const result: Record<string, { htmlCssGz: number; jsGz: number }> = {};
  for (const [type, file] of Object.entries(pages)) {
    const html = readFileSync(join(out, file), 'utf8');
    const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce(
      (n, m) => n + gz(readFileSync(join(out, m[1] as string))),
      0,
    );
    const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].reduce(
      (n, m) => n + gz(readFileSync(join(out, m[1] as string))),
      0,
    );
    result[type] = { htmlCssGz: gz(html) + css, jsGz: js };
  }
  return result;
}

/** Average bytes of the product hero per width and format, from the product pages' <picture>. */
function heroBytes(out: string): Record<string, number> {
  const sums: Record<string, { total: number; count: number }> = {};
  const products = readdirSync(join(out, 'produk'))
    .filter((d) => /^[a-z][a-z0-9-]*$/.test(d))
    .slice(0, 200);
  for (const slug of products) {
    const html = readFileSync(join(out, 'produk', slug, 'index.html'), 'utf8');
    const picture = /<picture>[^]*?<\/picture>/.exec(html)?.[0] ?? '';
    for (const m of picture.matchAll(/([^\s,"]+\.(avif|webp)) (\d+)w/g)) {
      const key = `${m[2]} ${m[3]}w`;
      const size = statSync(join(out, m[1] as string)).size;
      sums[key] = { total: (sums[key]?.total ?? 0) + size, count: (sums[key]?.count ?? 0) + 1 };
    }
  }
  return Object.fromEntries(
    Object.entries(sums).map(([k, v]) => [k, Math.round(v.total / v.count)]),
  );
}

mkdirSync(WORK, { recursive: true });
console.log(`[bench] generating ${N} products…`);
const t = performance.now();
await generateContent(CONTENT, N, ROOT);
const generateS = (performance.now() - t) / 1000;

const OURS = join(WORK, 'out-ours');
const BASE = join(WORK, 'out-baseline');
console.log('[bench] this site: cold build…');
const oursCold = build('site', { out: OURS, cold: true });
// Warm: images and content cached, nothing changed, so the incremental build copies every keyed
// page from the previous build (src/lib/views/page-keys.ts).
console.log('[bench] this site: warm build…');
const oursWarm = build('site', { out: OURS, cold: false });
// What an editor's change costs: one product renamed (its pages, its label and the product
// pages showing it as related are rendered again).
console.log('[bench] this site: warm build after editing one product…');
editOneProduct(CONTENT);
const oursEdit = build('site-edit', { out: OURS, cold: false });
// Warm caches but no pages reused: what every page costs to render (the pre-incremental warm).
console.log('[bench] this site: warm build rendering every page…');
rmSync(join(CONTENT, '.astro-cache', 'incremental-build.json'), { force: true });
const oursFull = build('site-full', { out: OURS, cold: false });
let baseCold: BuildResult | undefined;
let baseWarm: BuildResult | undefined;
if (!values['skip-baseline']) {
  const baseCache = join(CONTENT, '.astro-cache-baseline');
  console.log('[bench] baseline: cold build…');
  baseCold = build('baseline', {
    root: 'scripts/bench/baseline',
    out: BASE,
    cacheDir: baseCache,
    cold: true,
  });
  console.log('[bench] baseline: warm build…');
  baseWarm = build('baseline', {
    root: 'scripts/bench/baseline',
    out: BASE,
    cacheDir: baseCache,
    cold: false,
  });
}
const bytes = pageBytes(OURS);
const hero = heroBytes(OURS);
const search = values['skip-search']
  ? undefined
  : { ...(await measureSearch(OURS)), indexBytes: dirSize(join(OURS, 'pagefind')) };

const ratio = (a: number, b: number | undefined) => (b ? (a / b).toFixed(2) : 'n/a');
const rows = [
  '| measure | this site | baseline | ratio |',
  '| --- | ---: | ---: | ---: |',
  `| cold build (s) | ${oursCold.wallS.toFixed(1)} | ${baseCold?.wallS.toFixed(1) ?? 'n/a'} | ${ratio(oursCold.wallS, baseCold?.wallS)} |`,
  `| warm build, nothing changed (s) | ${oursWarm.wallS.toFixed(1)} | ${baseWarm?.wallS.toFixed(1) ?? 'n/a'} | ${ratio(oursWarm.wallS, baseWarm?.wallS)} |`,
  `| warm build, one product edited (s) | ${oursEdit.wallS.toFixed(1)} | ${baseWarm?.wallS.toFixed(1) ?? 'n/a'} | ${ratio(oursEdit.wallS, baseWarm?.wallS)} |`,
  `| warm build, every page rendered (s) | ${oursFull.wallS.toFixed(1)} | ${baseWarm?.wallS.toFixed(1) ?? 'n/a'} | ${ratio(oursFull.wallS, baseWarm?.wallS)} |`,
  `| pages rendered / copied from the last build (warm, edited, every page) | ${oursWarm.renderedNow} / ${oursWarm.restored}, ${oursEdit.renderedNow} / ${oursEdit.restored}, ${oursFull.renderedNow} / ${oursFull.restored} | | |`,
  `| peak memory cold (MB) | ${oursCold.peakMemMB} | ${baseCold?.peakMemMB ?? 'n/a'} | ${ratio(oursCold.peakMemMB, baseCold?.peakMemMB)} |`,
  `| HTML pages published (rendered by Astro) | ${oursCold.pages} (${oursCold.rendered}) | ${baseCold?.pages ?? 'n/a'} | |`,
  `| pages/s (warm) | ${oursWarm.pagesPerS} | ${baseWarm?.pagesPerS ?? 'n/a'} | |`,
  `| cold: pages / images / search (s) | ${oursCold.phases['pages']} / ${oursCold.phases['images']} / ${oursCold.phases['searchIndex'] ?? 0} | ${baseCold?.phases['pages'] ?? '–'} / ${baseCold?.phases['images'] ?? '–'} / – | |`,
  `| warm: pages / images / search (s) | ${oursWarm.phases['pages']} / ${oursWarm.phases['images']} / ${oursWarm.phases['searchIndex'] ?? 0} | ${baseWarm?.phases['pages'] ?? '–'} / ${baseWarm?.phases['images'] ?? '–'} / – | |`,
  `| warm: content check / landings (s) | ${oursWarm.phases['contentCheck'] ?? 0} / ${oursWarm.phases['landings'] ?? 0} | – | |`,
  `| peak memory warm (MB) | ${oursWarm.peakMemMB} | ${baseWarm?.peakMemMB ?? 'n/a'} | ${ratio(oursWarm.peakMemMB, baseWarm?.peakMemMB)} |`,
];
const byteRows = [
  '| page type | HTML+CSS gz (B) | JS gz (B) |',
  '| --- | ---: | ---: |',
  ...Object.entries(bytes).map(([k, v]) => `| ${k} | ${v.htmlCssGz} | ${v.jsGz} |`),
];
const heroRows = [
  '| hero image | avg bytes |',
  '| --- | ---: |',
  ...Object.entries(hero).map(([k, v]) => `| ${k} | ${v} |`),
];
const searchRows = search
  ? [
      '| search | bytes |',
      '| --- | ---: |',
      `| index on disk | ${search.indexBytes} |`,
      `| first search transferred (gz) | ${search.first.gz} |`,
      `| second search transferred (gz) | ${search.second.gz} |`,
    ]
  : [];
console.log(`\n## Benchmark: ${N} products (generated in ${generateS.toFixed(1)} s)\n`);
console.log([rows, byteRows, heroRows, searchRows].map((r) => r.join('\n')).join('\n\n'));

mkdirSync('bench-results', { recursive: true });
const file = join(
  'bench-results',
  `bench-${N}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
);
writeFileSync(
  file,
  JSON.stringify(
    {
      n: N,
      date: new Date().toISOString(),
      generateS,
      oursCold,
      oursWarm,
      oursEdit,
      oursFull,
      baseCold,
      baseWarm,
      bytes,
      hero,
      search,
    },
    null,
    2,
  ),
);
console.log(`\n[bench] JSON: ${file}`);
if (!existsSync(OURS)) process.exit(1);
