/**
 * `npm run bench:stats [-- --lines 1000000]`: the stats tool on a generated month of access
 * log (the shipped format, gzip-rotated like logrotate leaves it), with the traffic a campaign
 * would see: assets, robots, HEAD checks, 404s, QR scans, typed links, product views, searches.
 * Each size runs in a fresh process (the same code as `npm run stats`) that reports its time
 * and peak memory; running a tenth of the log too shows whether memory grows with the log.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import { once } from 'node:events';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { loadStatsCatalogue } from '../lib/stats-catalogue.ts';
import { runStats } from '../lib/stats-run.ts';
import { isbot } from 'isbot';
import { agentToken } from '../../src/lib/stats/agent.ts';
import { CRAWLER, DESKTOP_BROWSER, PHONE_BROWSER, logLine } from '../lib/synthetic-log.ts';

const { values } = parseArgs({
  options: {
    lines: { type: 'string', default: '1000000' },
    /** Internal: measure one file in this process and print JSON. */
    measure: { type: 'string' },
    content: { type: 'string', default: 'content' },
  },
});

if (values.measure) {
  const started = performance.now();
  const catalogue = await loadStatsCatalogue(values.content);
  const afterContent = performance.now();
  const { totals } = await runStats({
    files: [values.measure],
    out: `${values.measure}.out`,
    catalogue,
  });
  const done = performance.now();
  console.log(
    JSON.stringify({
      lines: totals.lines,
      contentMs: Math.round(afterContent - started),
      countMs: Math.round(done - afterContent),
      maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      qr: totals.daily.reduce((n, d) => n + d.qr, 0),
    }),
  );
  process.exit(0);
}

const N = Number(values.lines);
if (!Number.isInteger(N) || N < 100) {
  console.error('--lines must be a whole number of at least 100');
  process.exit(2);
}
const OUT = resolve(`.cache/bench/stats`);
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const codes = readRegistry(values.content).entries.map((e) => e.code);
const slugs = [...new Set(readRegistry(values.content).entries.map((e) => e.product))];
const AGENTS = [
  PHONE_BROWSER,
  DESKTOP_BROWSER,
  PHONE_BROWSER.replace('Android 10', 'Android 13'),
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
];
// What nginx writes for each (its maps turn the User-Agent into this token when logging);
// worked out once, as the server does not re-run isbot per line either.
const TOKENS = new Map([...AGENTS, CRAWLER].map((ua) => [ua, agentToken(ua, isbot)]));
const nginxWrites = (userAgent: string) => ({ rawAgentField: TOKENS.get(userAgent)! });
const WORDS = ['kopi', 'tenun', 'madu', 'kain', 'sumba', 'flores', 'garam', 'gula', 'ikat'];

/** A small deterministic generator, so every run counts the same log. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(lines: number, file: string): Promise<void> {
  const random = rng(22);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const start = Date.parse('2026-11-01T00:00:00+08:00');
  const span = 30 * 24 * 3_600_000;
  const gzip = createGzip({ level: 1 });
  const sink = createWriteStream(file);
  gzip.pipe(sink);
  let chunk: string[] = [];
  for (let i = 0; i < lines; i++) {
    const time = start + Math.floor((i / lines) * span);
    const client = `10.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}.${Math.floor(random() * 250)}`;
    const r = random();
    const code = pick(codes);
    let line;
    if (r < 0.35) line = logLine({ client, time, path: `/_astro/page.${i % 7}.css` });
    else if (r < 0.4)
      line = logLine({ client, time, path: `/P/${code}/`, ...nginxWrites(CRAWLER) });
    else if (r < 0.42) line = logLine({ client, time, path: '/', method: 'HEAD' });
    else if (r < 0.45) line = logLine({ client, time, path: '/tidak-ada/', status: 404 });
    else if (r < 0.6)
      line = logLine({ client, time, path: `/P/${code}/`, ...nginxWrites(pick(AGENTS)) });
    else if (r < 0.65)
      line = logLine({ client, time, path: `/p/${code}/`, ...nginxWrites(pick(AGENTS)) });
    else if (r < 0.85)
      line = logLine({
        client,
        time,
        path: `${random() < 0.2 ? '/en' : ''}/produk/${pick(slugs)}/`,
        status: random() < 0.1 ? 304 : 200,
        ...nginxWrites(pick(AGENTS)),
      });
    else if (r < 0.9)
      line = logLine({
        client,
        time,
        path: `/cari/?q=${pick(WORDS)}+${pick(WORDS)}`,
        ...nginxWrites(pick(AGENTS)),
      });
    else if (r < 0.92)
      line = logLine({
        client,
        time,
        path: `/pesan/${code}/`,
        method: 'POST',
        status: 204,
        ...nginxWrites(pick(AGENTS)),
      });
    else line = logLine({ client, time, path: '/', ...nginxWrites(pick(AGENTS)) });
    chunk.push(line);
    if (chunk.length === 10_000) {
      if (!gzip.write(`${chunk.join('\n')}\n`)) await once(gzip, 'drain');
      chunk = [];
    }
  }
  gzip.end(chunk.length ? `${chunk.join('\n')}\n` : '');
  await once(sink, 'finish');
}

interface Measured {
  lines: number;
  contentMs: number;
  countMs: number;
  maxRssMb: number;
  qr: number;
}

/**
 * One size in a fresh process. With `heapCapMb`, V8's heap is capped: a run that finishes
 * under the same cap at 1/10 and full size holds no more at full size (without a cap, V8 lets
 * its heap grow with the rate of allocation, so the peak RSS alone overstates what is kept).
 */
function measure(file: string, heapCapMb?: number): Measured {
  const r = spawnSync(
    process.execPath,
    [
      ...(heapCapMb ? [`--max-old-space-size=${heapCapMb}`] : []),
      'scripts/bench/stats.ts',
      '--measure',
      file,
      '--content',
      values.content ?? 'content',
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(`measuring ${file} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1) ?? '{}') as Measured;
}

/** Heap cap for the second run of each size: the content check alone needs about 60 MB. */
const HEAP_CAP_MB = 128;

const sizes = [...new Set([Math.max(100, Math.floor(N / 10)), N])];
const results: { plain: Measured; capped: Measured }[] = [];
for (const size of sizes) {
  const file = join(OUT, `access-${size}.log.gz`);
  const t = performance.now();
  await generate(size, file);
  console.log(`generated ${size} lines in ${Math.round(performance.now() - t)} ms`);
  results.push({ plain: measure(file), capped: measure(file, HEAP_CAP_MB) });
}
const describe = (m: Measured): string =>
  `counted in ${(m.countMs / 1000).toFixed(2)} s (${Math.round(m.lines / (m.countMs / 1000)).toLocaleString('en')} lines/s; content read in ${m.contentMs} ms), peak RSS ${m.maxRssMb} MB`;
for (const { plain, capped } of results) {
  console.log(`${plain.lines.toLocaleString('en')} lines, ${plain.qr} QR scans counted:`);
  console.log(`  default heap:          ${describe(plain)}`);
  console.log(`  heap capped ${HEAP_CAP_MB} MB:   ${describe(capped)}`);
}
const [small, big] = results;
if (small && big && small !== big) {
  const ratio = big.plain.lines / small.plain.lines;
  console.log(
    `${ratio.toFixed(0)}× the log: ${(big.plain.countMs / small.plain.countMs).toFixed(1)}× the time; peak memory ${(big.plain.maxRssMb / small.plain.maxRssMb).toFixed(2)}× (default heap), ${(big.capped.maxRssMb / small.capped.maxRssMb).toFixed(2)}× (heap capped at ${HEAP_CAP_MB} MB)`,
  );
}
