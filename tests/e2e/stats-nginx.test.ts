/**
 * The campaign numbers on Debian's nginx with the shipped server block: the access log nginx
 * really writes holds shortened addresses only and is read by `npm run stats`, whose report is
 * served at /statistik/ behind a password (401 without it, 200 with it, never cached).
 * Independent of the built site: a small folder with the generated rules stands in for dist/
 * (the site's own pages on nginx are tested with the real build in nginx.test.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type RunningNginx } from '../../scripts/lib/nginx.ts';
import { PHONE_BROWSER } from '../../scripts/lib/synthetic-log.ts';
import { parseLogLine } from '../../src/lib/stats/log-line.ts';
import { nginxInclude } from '../../src/lib/hosting/nginx.ts';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { launchBrowser, VIEWPORTS } from '../helpers/browser.ts';
import { ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

const USER = 'dinas';
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
    const log = readFileSync(nginx.accessLog, 'utf8');
    const lines = log.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(log).not.toContain('127.0.0.1');
    for (const line of lines) {
      expect(line.startsWith('127.0.0.0 - - [')).toBe(true);
      expect(parseLogLine(line), line).toBeDefined();
    }
  });

  it('npm run stats turns that log into the report behind the password', async () => {
    const report = join(work, 'report');
    const r = npmRun('stats', [nginx.accessLog, '--out', report]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const totals = JSON.parse(readFileSync(join(report, 'totals.json'), 'utf8')) as {
      daily: { qr: number; orders: number }[];
      skipped: { head: number; error: number; method: number };
    };
    expect(totals.daily.reduce((n, d) => n + d.qr, 0)).toBe(1);
    expect(totals.daily.reduce((n, d) => n + d.orders, 0)).toBe(1);
    expect(totals.skipped.head).toBe(1);
    // /tidak-ada/ is an error and a GET of /pesan/ the wrong method; the 401s and the
    // report's own views are not logged at all.
    expect(totals.skipped.error).toBe(1);
    expect(totals.skipped.method).toBe(1);
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
          const results = await new AxeBuilder({ page }).analyze();
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
