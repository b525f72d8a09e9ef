/**
 * The campaign numbers on Debian's nginx with the shipped server block: the access log nginx
 * really writes holds shortened addresses and a coarse client token only (no User-Agent; its
 * robot flag agrees with npm isbot) and is read by `npm run stats`, whose report is
 * served at /statistik/ behind a password (401 without it, 200 with it, never cached).
 * Independent of the built site: a small folder with the generated rules stands in for dist/
 * (the site's own pages on nginx are tested with the real build in nginx.test.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { isbot } from 'isbot';
import { CRAWLER, PHONE_BROWSER } from '../../scripts/lib/synthetic-log.ts';
import { agentToken } from '../../src/lib/stats/agent.ts';
import { parseLogLine } from '../../src/lib/stats/log-line.ts';
import { nginxInclude } from '../../src/lib/hosting/nginx.ts';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { axe, launchBrowser, VIEWPORTS } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { SAMPLE_USER_AGENTS } from '../helpers/user-agents.ts';
import { npmRun } from '../helpers/run.ts';

const USER = 'dinas';
/** A browser's User-Agent no log line may ever contain (a made-up device name in it). */
const DISTINCTIVE =
  'Mozilla/5.0 (Linux; Android 14; EtalaseUji-7f3a9c) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36';
const PASSWORD = 'kata-sandi-uji';

/** An htpasswd line nginx accepts ({SSHA}: salted SHA-1, no extra tool needed). */
function htpasswdLine(user: string, password: string): string {
  const salt = randomBytes(8);
  const digest = createHash('sha1').update(password).update(salt).digest();
  return `${user}:{SSHA}${Buffer.concat([digest, salt]).toString('base64')}\n`;
}

const code = readRegistry(join(ROOT, 'content')).entries[0]!.code;
let work: string;
let nginx: RunningNginx;
const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const get = (path: string, init: RequestInit = {}) =>
  fetch(nginx.origin + path, { redirect: 'manual', ...init });

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-stats-nginx-'));
  const site = join(work, 'dist');
  mkdirSync(join(site, 'P', code), { recursive: true });
  // The generated rules, for a site with no redirects: headers, caching, the 404 page.
  writeFileSync(
    join(site, '_nginx.conf'),
    nginxInclude({ hashes: {}, redirects: [], hashedFiles: [] }),
  );
  writeFileSync(join(site, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>home</title>');
  writeFileSync(join(site, 'P', code, 'index.html'), '<!doctype html><title>product</title>');
  const report = join(work, 'report');
  mkdirSync(report);
  writeFileSync(join(report, 'index.html'), 'not generated yet');
  writeFileSync(join(work, 'htpasswd'), htpasswdLine(USER, PASSWORD));
  nginx = await startNginx(site, { stats: { root: report, htpasswd: join(work, 'htpasswd') } });
});
afterAll(async () => {
  await nginx?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the report path', () => {
  it('answers 401 without a password or with a wrong one', async () => {
    for (const init of [{}, { headers: { authorization: basic(USER, 'salah') } }]) {
      const r = await get('/statistik/', init);
      expect(r.status).toBe(401);
      expect(r.headers.get('www-authenticate')).toMatch(/^Basic realm="Statistik/);
      expect(await r.text()).not.toContain('not generated yet');
    }
  });

  it('answers 200 with the password, never stored by a shared cache', async () => {
    const r = await get('/statistik/', { headers: { authorization: basic(USER, PASSWORD) } });
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('private, no-store');
    expect(await r.text()).toBe('not generated yet');
  });
});

describe('from the log nginx writes to the report it serves', () => {
  it('logs shortened addresses only, in lines the stats tool reads', async () => {
    expect((await get(`/P/${code}/`, { headers: { 'user-agent': PHONE_BROWSER } })).status).toBe(
      200,
    );
    expect((await get('/', { method: 'HEAD' })).status).toBe(200);
    // The order button's ping, as Chromium sends it for <a ping>; opened as a page it is a 404.
    const ping = await get(`/pesan/${code}/`, {
      method: 'POST',
      body: 'PING',
      headers: { 'content-type': 'text/ping', 'user-agent': PHONE_BROWSER },
    });
    expect(ping.status).toBe(204);
    expect((await get(`/pesan/${code}/`)).status).toBe(404);
    expect((await get('/tidak-ada/')).status).toBe(404);
    // A person with a distinctive browser, and a crawler: nginx writes a coarse token for each.
    expect(isbot(DISTINCTIVE)).toBe(false);
    expect((await get('/', { headers: { 'user-agent': DISTINCTIVE } })).status).toBe(200);
    expect((await get(`/P/${code}/`, { headers: { 'user-agent': CRAWLER } })).status).toBe(200);
    // startNginx's own readiness check (GET /, fetch's "node" User-Agent) is the first line;
    // nginx may write the last line just after its response arrived.
    const count = () => readFileSync(nginx.accessLog, 'utf8').trim().split('\n').length;
    await expect.poll(count, { timeout: 10_000 }).toBe(8);
    const log = readFileSync(nginx.accessLog, 'utf8');
    const lines = log.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(log).not.toContain('127.0.0.1');
    for (const line of lines) {
      expect(line.startsWith('127.0.0.0 - - [')).toBe(true);
      expect(parseLogLine(line), line).toBeDefined();
      expect(line).toMatch(/ "-" "[01] [a-z]+ (?:mobile|desktop)"$/);
    }
    // No User-Agent, nor any piece of one, reaches the disk.
    for (const ua of [DISTINCTIVE, PHONE_BROWSER, CRAWLER])
      for (const piece of [ua, ...ua.split(/[ ;()]+/).filter((p) => p.length > 3)])
        expect(log).not.toContain(piece);
    expect(log).not.toContain('EtalaseUji');
    expect(log).not.toContain('Mozilla');
    expect(lines[6]).toMatch(/"GET \/ HTTP\/1\.1" 200 \d+ "-" "0 chrome mobile"$/);
    // The crawler is flagged by nginx itself (so is fetch's own "node", a robot for isbot too).
    expect(lines[7]).toMatch(/"GET \/P\/\w+\/ HTTP\/1\.1" 200 \d+ "-" "1 other desktop"$/);
  });

  it('npm run stats turns that log into the report behind the password', async () => {
    const report = join(work, 'report');
    const r = npmRun('stats', [nginx.accessLog, '--out', report]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const totals = JSON.parse(readFileSync(join(report, 'totals.json'), 'utf8')) as {
      daily: { qr: number; orders: number }[];
      skipped: { head: number; error: number; method: number; bot: number };
    };
    expect(totals.daily.reduce((n, d) => n + d.qr, 0)).toBe(1);
    expect(totals.daily.reduce((n, d) => n + d.orders, 0)).toBe(1);
    expect(totals.skipped.head).toBe(1);
    // /tidak-ada/ is an error and a GET of /pesan/ the wrong method; the 401s and the
    // report's own views are not logged at all.
    expect(totals.skipped.error).toBe(1);
    expect(totals.skipped.method).toBe(1);
    // The crawler and the readiness check ("node"), skipped by the flag nginx wrote: the stats
    // tool never saw a User-Agent.
    expect(totals.skipped.bot).toBe(2);
    const auth = { headers: { authorization: basic(USER, PASSWORD) } };
    const page = await get('/statistik/', auth);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html lang="id">');
    const en = await get('/statistik/en/', auth);
    expect(await en.text()).toContain('<html lang="en">');
    const csv = await get('/statistik/daily.csv', auth);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    expect((await get('/statistik/totals.json')).status).toBe(401);
  });
});

describe('the robot map nginx runs', () => {
  it('agrees with npm isbot (and the browser rules) on real User-Agents, an empty one included', async () => {
    const before = readFileSync(nginx.accessLog, 'utf8').length;
    const agents = [...SAMPLE_USER_AGENTS, ''];
    for (const [i, ua] of agents.entries()) {
      const r = await get(`/ua-uji/${i}/`, { headers: { 'user-agent': ua } });
      expect(r.status).toBe(404);
    }
    // nginx writes a line when it finishes a request, which may be just after the response
    // reached the client: wait for the last one.
    const lines = () => readFileSync(nginx.accessLog, 'utf8').slice(before).trim().split('\n');
    await expect.poll(() => lines().length, { timeout: 10_000 }).toBe(agents.length);
    const written = lines();
    expect(written).toHaveLength(agents.length);
    const byIndex = new Map(
      written.map((line) => {
        const [, i, token] =
          /"GET \/ua-uji\/(\d+)\/ HTTP\/1\.1" 404 \d+ "-" "([^"]*)"$/.exec(line) ?? [];
        return [Number(i), token] as const;
      }),
    );
    const mismatches = agents.flatMap((ua, i) =>
      byIndex.get(i) === agentToken(ua, isbot) ? [] : [`${ua} -> ${byIndex.get(i)}`],
    );
    expect(mismatches).toEqual([]);
    // Both kinds were in the sample, so the agreement means something.
    const flags = [...byIndex.values()].map((t) => t?.[0]);
    expect(flags.filter((f) => f === '1').length).toBeGreaterThan(100);
    expect(flags.filter((f) => f === '0').length).toBeGreaterThan(100);
  });
});

describe('the report page in Chromium', () => {
  it.each(['/statistik/', '/statistik/en/'])(
    '%s has no axe violations, no script and fits a 360 px phone',
    async (path) => {
      const browser = await launchBrowser();
      try {
        for (const vp of VIEWPORTS) {
          const context = await browser.newContext({
            viewport: { width: vp.width, height: vp.height },
            httpCredentials: { username: USER, password: PASSWORD },
          });
          const page = await context.newPage();
          const response = await page.goto(nginx.origin + path);
          expect(response?.status()).toBe(200);
          expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(2);
          expect(await page.locator('script').count()).toBe(0);
          const results = await axe(page).analyze();
          expect(
            results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
          ).toEqual([]);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await context.close();
        }
      } finally {
        await browser.close();
      }
    },
  );
});
