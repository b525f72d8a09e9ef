/**
 * `npm run bench:editor [-- --dist dist --throttle 4 --rounds 3]`: the web editor's village
 * field as an office laptop feels it. Chromium with its CPU throttled (default 4×, CDP
 * `Emulation.setCPUThrottlingRate`) opens /admin/ of a built site on a local folder, starts a new
 * product, then times three things an editor does:
 * - open: click the village field until the first choice is on screen;
 * - each letter: type "Tiworiwu" one key at a time, until the list shows only matching villages;
 * - pick: click "Tiworiwu — Kec. Jerebuu, Kabupaten Ngada" until the list is closed and the field
 *   shows the village.
 * It also counts the bytes /admin/ loads on first open (until the sign-in screen), as sent and
 * as gzip would send them. Each step is timed twice: from Node (action until the page shows
 * the result; includes the round trips to the browser, an upper bound), and in the page with
 * the Event Timing API (longest input event until the next paint, as INP counts it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../lib/chromium.ts';
import { serveDist } from '../lib/static-server.ts';
import { seedRepo } from '../lib/cms-repo.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    throttle: { type: 'string', default: '4' },
    rounds: { type: 'string', default: '3' },
    json: { type: 'boolean', default: false },
  },
});
const DIST = resolve(values.dist ?? 'dist');
const THROTTLE = Number(values.throttle);
const ROUNDS = Number(values.rounds);
const QUERY = 'Tiworiwu';
const OPTION = 'Tiworiwu — Kec. Jerebuu, Kabupaten Ngada';
const PRODUCT = 'anyaman-bambu-tiworiwu';

if (!existsSync(join(DIST, 'admin/index.html'))) {
  console.error(`No built editor in ${DIST}/admin/: run npm run build first (or pass --dist).`);
  process.exit(1);
}

/** The product folder the editor opens on, as repository path -> base64. */
function seedFiles(): Record<string, string> {
  const dir = resolve('content/products', PRODUCT);
  const out: Record<string, string> = {};
  out[`content/products/${PRODUCT}/index.md`] = readFileSync(join(dir, 'index.md')).toString(
    'base64',
  );
  return out;
}

interface Bytes {
  requests: number;
  sent: number;
  gzip: number;
  /** Path -> bytes sent. */
  files: Record<string, number>;
}

/** Bytes of every same-origin resource the page loaded so far, as sent and gzip-compressed. */
async function loadedBytes(page: Page, origin: string): Promise<Bytes> {
  const urls = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').map((e) => e.name),
  ]);
  const bytes: Bytes = { requests: 0, sent: 0, gzip: 0, files: {} };
  for (const url of new Set(urls)) {
    if (!url.startsWith(origin)) continue;
    let path = decodeURIComponent(new URL(url).pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = join(DIST, path);
    if (!existsSync(file)) continue;
    const body = readFileSync(file);
    bytes.requests += 1;
    bytes.sent += body.length;
    bytes.gzip += gzipSync(body, { level: 6 }).length;
    bytes.files[path] = body.length;
  }
  return bytes;
}

/** The page's clock, to find the input events of one step. */
const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** The longest input-to-paint time of the events since `since` (page clock). */
async function longestEvent(page: Page, since: number): Promise<number> {
  // Event entries are reported after the frame is painted: give them that frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return page.evaluate(
    (since) =>
      Math.max(
        0,
        ...(window as unknown as { __events: { start: number; duration: number }[] }).__events
          .filter((e) => e.start >= since)
          .map((e) => e.duration),
      ),
    since,
  );
}

const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const server = await serveDist(DIST);

interface Round {
  firstOpen: Bytes;
  openMs: number;
  letterMs: number[];
  pickMs: number;
  /** The same steps as Event Timing sees them in the page (input event to next paint). */
  inPage: { openMs: number; letterMs: number[]; pickMs: number };
}

async function round(): Promise<Round> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(300_000);
  await context.route(
    (url) => !url.href.startsWith(server.origin) && !/^(blob|data):/.test(url.protocol),
    (route) => route.abort(),
  );
  await context.addInitScript(() => {
    Object.defineProperty(window, 'showDirectoryPicker', {
      value: () => navigator.storage.getDirectory(),
    });
    // Event Timing: from each input event until the next frame is painted (what INP measures).
    const w = window as unknown as { __events: { start: number; duration: number }[] };
    w.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        w.__events.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  });
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/admin/`);
    const signIn = page.getByRole('button', { name: 'Work with Local Repository' });
    await signIn.waitFor();
    await page.waitForLoadState('networkidle');
    const firstOpen = await loadedBytes(page, server.origin);
    await seedRepo(page, seedFiles());
    await signIn.click();
    await page.getByRole('button', { name: 'New' }).click();
    const field = page.locator('section[aria-label][data-key-path="village"]');
    for (let i = 0; i < 120 && (await field.count()) === 0; i++) {
      await page.mouse.move(400, 500);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(50);
    }
    await field.scrollIntoViewIfNeeded();
    const combobox = field.getByRole('combobox').first();
    await combobox.waitFor();
    // Let the form settle (lazy chunks, fonts) before the clock starts.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);

    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    let since = await pageNow(page);
    let t = performance.now();
    await combobox.click();
    await page.waitForFunction(() => document.querySelector('[role="option"]') !== null, null, {
      polling: 'raf',
    });
    const openMs = performance.now() - t;
    const inPage = { openMs: await longestEvent(page, since), letterMs: [] as number[], pickMs: 0 };

    const letterMs: number[] = [];
    for (let i = 1; i <= QUERY.length; i++) {
      const typed = QUERY.slice(0, i).toLowerCase();
      since = await pageNow(page);
      t = performance.now();
      await page.keyboard.press(QUERY[i - 1] as string);
      await page.waitForFunction(
        (typed) => {
          const options = [...document.querySelectorAll('[role="option"]')].filter(
            (o) => (o as HTMLElement).offsetParent !== null,
          );
          return (
            options.length > 0 &&
            options.every((o) => (o.textContent ?? '').toLowerCase().includes(typed))
          );
        },
        typed,
        { polling: 'raf' },
      );
      letterMs.push(performance.now() - t);
      inPage.letterMs.push(await longestEvent(page, since));
    }

    const option = page.getByRole('option', { name: OPTION, exact: true });
    await option.waitFor();
    since = await pageNow(page);
    t = performance.now();
    await option.click();
    await page.waitForFunction(
      (label) => {
        const f = document.querySelector('section[data-key-path="village"]');
        const open = [...document.querySelectorAll('[role="option"]')].some(
          (o) => (o as HTMLElement).offsetParent !== null,
        );
        const shown = [
          f?.textContent ?? '',
          ...[...(f?.querySelectorAll('input') ?? [])].map((i) => i.value),
        ].join(' ');
        return !open && shown.includes(label);
      },
      'Tiworiwu',
      { polling: 'raf' },
    );
    const pickMs = performance.now() - t;
    inPage.pickMs = await longestEvent(page, since);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { firstOpen, openMs, letterMs, pickMs, inPage };
  } finally {
    await context.close();
  }
}

const rounds: Round[] = [];
try {
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round());
} finally {
  await browser.close();
  await server.close();
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const ms = (n: number) => `${Math.round(n)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const summary = {
  dist: DIST,
  throttle: THROTTLE,
  rounds: ROUNDS,
  openMs: median(rounds.map((r) => r.openMs)),
  worstLetterMs: median(rounds.map((r) => Math.max(...r.letterMs))),
  medianLetterMs: median(rounds.flatMap((r) => r.letterMs)),
  pickMs: median(rounds.map((r) => r.pickMs)),
  inPage: {
    openMs: median(rounds.map((r) => r.inPage.openMs)),
    worstLetterMs: median(rounds.map((r) => Math.max(...r.inPage.letterMs))),
    medianLetterMs: median(rounds.flatMap((r) => r.inPage.letterMs)),
    pickMs: median(rounds.map((r) => r.inPage.pickMs)),
  },
  firstOpen: rounds[0]?.firstOpen,
};
if (values.json) console.log(JSON.stringify({ summary, rounds }, null, 2));
else {
  const p = summary.inPage;
  console.log(`Village field, Chromium CPU ${THROTTLE}× slower, median of ${ROUNDS} rounds:`);
  console.log(`                       from Node (round trip)          in the page (Event Timing)`);
  console.log(`  open the list        ${ms(summary.openMs).padEnd(32)}${ms(p.openMs)}`);
  console.log(
    `  each typed letter    ${`median ${ms(summary.medianLetterMs)}, slowest ${ms(summary.worstLetterMs)}`.padEnd(32)}median ${ms(p.medianLetterMs)}, slowest ${ms(p.worstLetterMs)}`,
  );
  console.log(`  pick a village       ${ms(summary.pickMs).padEnd(32)}${ms(p.pickMs)}`);
  const b = summary.firstOpen;
  if (b) {
    console.log(
      `/admin/ first open (to the sign-in screen): ${b.requests} files, ${kb(b.sent)} sent, ${kb(b.gzip)} with gzip`,
    );
    for (const [path, n] of Object.entries(b.files)) console.log(`  ${kb(n).padStart(8)}  ${path}`);
  }
}
