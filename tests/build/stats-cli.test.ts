/**
 * `npm run stats` on generated logs: a logrotate set (plain, `.1`, `.2.gz`, read oldest first
 * whatever their names), exact counts per product and WITA day, a cut-off `.gz` that loses
 * nothing before the damage, plain errors for bad flags, and no output file holding a full
 * address or a browser's name.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRAWLER, DESKTOP_BROWSER, logLine } from '../../scripts/lib/synthetic-log.ts';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { holdsFullAddress } from '../../src/lib/stats/address.ts';
import type { StatsTotals } from '../../src/lib/stats/aggregate.ts';
import { ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

const [first, second] = readRegistry(join(ROOT, 'content')).entries;
const A = first!;
const B = second!;
let work: string;
const at = (wita: string) => Date.parse(`${wita}+08:00`);

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'etalase-stats-'));
  // Oldest rotation, compressed: 1 December (WITA).
  const oldest = [
    logLine({ client: '203.0.113.5', time: at('2026-12-01T10:00:00'), path: `/P/${A.code}/` }),
    logLine({ client: '198.51.100.5', time: at('2026-12-01T10:00:00'), path: `/P/${A.code}/` }),
    logLine({ client: '192.0.2.5', time: at('2026-12-01T10:05:00'), path: `/P/${A.code}/` }),
    logLine({ client: '2001:db8:7::1', time: at('2026-12-01T23:50:00'), path: `/P/${A.code}/` }),
  ];
  writeFileSync(join(work, 'access.log.2.gz'), gzipSync(`${oldest.join('\n')}\n`));
  // Yesterday's log: the same phone 20 minutes later, after midnight: a repeat.
  writeFileSync(
    join(work, 'access.log.1'),
    `${logLine({ client: '2001:db8:7::2', time: at('2026-12-02T00:10:00'), path: `/P/${A.code}/` })}\n`,
  );
  // Today's log: 2 December.
  const today = [
    logLine({ client: '2001:db8:8::1', time: at('2026-12-02T09:00:00'), path: `/P/${B.code}/` }),
    logLine({ client: '203.0.113.9', time: at('2026-12-02T09:00:00'), path: `/p/${B.code}/` }),
    logLine({
      client: '203.0.113.9',
      time: at('2026-12-02T09:01:00'),
      path: `/en/produk/${B.product}/`,
      userAgent: DESKTOP_BROWSER,
    }),
    logLine({
      client: '66.249.66.1',
      time: at('2026-12-02T09:02:00'),
      path: `/P/${B.code}/`,
      userAgent: CRAWLER,
    }),
    logLine({ client: '203.0.113.9', time: at('2026-12-02T09:03:00'), path: '/', method: 'HEAD' }),
    logLine({
      client: '203.0.113.9',
      time: at('2026-12-02T09:04:00'),
      path: '/P/ZZZZZZ/',
      status: 404,
    }),
    'not a log line',
  ];
  writeFileSync(join(work, 'access.log'), `${today.join('\n')}\n`);
});
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const readTotals = (out: string) =>
  JSON.parse(readFileSync(join(out, 'totals.json'), 'utf8')) as StatsTotals;

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? allFiles(path) : [path];
  });
}

describe('npm run stats', () => {
  let out: string;
  beforeAll(() => {
    out = join(work, 'out');
    const logs = ['access.log', 'access.log.1', 'access.log.2.gz'].map((f) => join(work, f));
    const r = npmRun('stats', [...logs, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('counts each product per WITA day, across rotated files read oldest first', () => {
    const totals = readTotals(out);
    const a = totals.products.find((p) => p.slug === A.product)!;
    const b = totals.products.find((p) => p.slug === B.product)!;
    expect(a.days).toEqual({
      '2026-12-01': { qr: 4, short: 0, gs1: 0, viewsId: 0, viewsEn: 0, orders: 0 },
    });
    expect(b.days).toEqual({
      '2026-12-02': { qr: 1, short: 1, gs1: 0, viewsId: 0, viewsEn: 1, orders: 0 },
    });
    expect(totals.lines).toBe(12);
    expect(totals.skipped).toMatchObject({ repeat: 1, bot: 1, head: 1, malformed: 1 });
    expect(totals.unknown.qr).toBe(1);
    expect(totals.from).toBe('2026-12-01');
    expect(totals.to).toBe('2026-12-02');
  });

  it('writes CSV, JSON and the report in both languages', () => {
    const csv = readFileSync(join(out, 'products-daily.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe(
      'day,product,regency,island,category,qr_scans,short_links,gs1,views_id,views_en,whatsapp_orders',
    );
    expect(csv.find((l) => l.startsWith(`2026-12-01,${A.product},`))).toMatch(/,4,0,0,0,0,0$/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<html lang="id">');
    expect(readFileSync(join(out, 'en/index.html'), 'utf8')).toContain('<html lang="en">');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).not.toMatch(/<script/i);
  });

  it('no output file holds a full address or a browser name', () => {
    const files = allFiles(out);
    expect(files.length).toBe(7);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(holdsFullAddress(text), file).toBe(false);
      for (const fragment of [
        '203.0.113',
        '198.51.100',
        '2001:db8',
        'Mozilla',
        'Googlebot',
        'Firefox',
        'chrome mobile',
        'firefox desktop',
      ])
        expect(text, file).not.toContain(fragment);
    }
  });
});

describe('the nightly job (deploy/systemd/etalase-stats-nightly.sh)', () => {
  it('writes the report, and swaps in the next one only when it is whole', () => {
    const state = join(work, 'state');
    const env = {
      ...process.env,
      ETALASE_LOGS: join(work, 'access.log*'),
      ETALASE_STATS_DIR: state,
    };
    const script = join(ROOT, 'deploy/systemd/etalase-stats-nightly.sh');
    const first = spawnSync('sh', [script], { env, encoding: 'utf8' });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(readTotals(join(state, 'report')).products.some((p) => p.qr > 0)).toBe(true);
    // A night with no log at all keeps the last report.
    const none = spawnSync('sh', [script], {
      env: { ...env, ETALASE_LOGS: join(work, 'missing.log') },
      encoding: 'utf8',
    });
    expect(none.status).toBe(2);
    expect(readTotals(join(state, 'report')).lines).toBe(12);
  });
});

describe('npm run stats on a cut-off .gz', () => {
  it('counts the lines before the damage, says so and exits 1', () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      logLine({
        client: `10.${Math.floor(i / 250)}.${i % 250}.1`,
        time: at('2026-11-30T12:00:00') + i * 1000,
        path: `/P/${A.code}/`,
      }),
    );
    const gz = gzipSync(`${lines.join('\n')}\n`);
    const cut = join(work, 'access.log.3.gz');
    writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
    const out = join(work, 'out-cut');
    const r = npmRun('stats', [cut, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(cut);
    expect(r.stderr).toMatch(/damaged or cut-off/);
    const totals = readTotals(out);
    expect(totals.lines).toBeGreaterThan(100);
    expect(totals.lines).toBeLessThan(3000);
    // Every whole line is a scan by a different visitor; only the last, cut line is malformed.
    expect(totals.daily[0]!.qr + totals.skipped.malformed).toBe(totals.lines);
    expect(totals.skipped.malformed).toBeLessThanOrEqual(1);
  });
});

describe('npm run bench:stats', () => {
  it('runs at a tiny size and reports time and memory for both sizes', () => {
    const r = npmRun('bench:stats', ['--lines', '1000']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1,000 lines, \d+ QR scans counted:$/m);
    expect(r.stdout).toMatch(/peak memory [\d.]+× \(default heap\)/);
  });
});

describe('npm run stats with bad input', () => {
  it.each([
    [[], /Sebutkan berkas log/],
    [['/tidak/ada.log'], /Log file not found: \/tidak\/ada\.log/],
    [['--since', '2026-13-01', 'x'], /--since must be a date YYYY-MM-DD/],
    [['--bogus'], /Unknown option --bogus/],
  ])('%j fails with one plain message', (args, message) => {
    const r = npmRun('stats', args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help explains itself', () => {
    const r = npmRun('stats', ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--since YYYY-MM-DD');
  });
});
