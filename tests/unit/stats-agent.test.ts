/**
 * The client token nginx writes instead of the User-Agent (src/lib/stats/agent.ts): the shipped
 * config holds exactly the maps generated from npm isbot, the regexes agree with isbot, the
 * token is coarse, and the aggregator counts from it (robots skipped by the flag, repeats keyed
 * on shortened address + browser family and form) exactly as from an older User-Agent log.
 * That nginx itself computes the same flags is tests/e2e/stats-nginx.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isbot, list } from 'isbot';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFIG } from '../../scripts/lib/nginx.ts';
import {
  logLine,
  CRAWLER,
  DESKTOP_BROWSER,
  PHONE_BROWSER,
} from '../../scripts/lib/synthetic-log.ts';
import {
  agentToken,
  generatedSection,
  nginxAgentMaps,
  parseAgentToken,
  replaceGenerated,
  toPcre,
} from '../../src/lib/stats/agent.ts';
import { StatsAggregator, type StatsCatalogue } from '../../src/lib/stats/aggregate.ts';
import { SAMPLE_USER_AGENTS } from '../helpers/user-agents.ts';

const { version } = createRequire(import.meta.url)('isbot/package.json') as { version: string };
const shipped = readFileSync(SHIPPED_CONFIG, 'utf8');

describe('the robot and browser maps in deploy/nginx/etalase.conf', () => {
  it('are exactly what npm run stats:nginx-map generates from the installed isbot', () => {
    expect(generatedSection(shipped)).toBe(nginxAgentMaps(list, version));
    expect(replaceGenerated(shipped, nginxAgentMaps(list, version), 'x')).toBe(shipped);
  });

  it('has one robot line per isbot pattern', () => {
    const bot = /map \$http_user_agent \$etalase_bot \{\n([\s\S]*?)\n\}/.exec(shipped)?.[1] ?? '';
    expect(bot.split('\n').filter((l) => l.trim().startsWith('"~*'))).toHaveLength(list.length);
    expect(list.length).toBeGreaterThan(100);
  });

  it('logs the token, never the User-Agent, referrer or cookie', () => {
    const format = /log_format etalase_stats '([^']+)';/.exec(shipped)?.[1] ?? '';
    expect(format).toContain('"$etalase_bot $etalase_browser $etalase_form"');
    for (const banned of ['$http_user_agent', '$http_referer', '$http_cookie', '$remote_addr'])
      expect(format).not.toContain(banned);
  });

  it('replaceGenerated fails loudly on a file without the markers', () => {
    expect(() => replaceGenerated('server {}', 'x', 'etalase.conf')).toThrow(
      /etalase\.conf: no "# BEGIN generated/,
    );
  });
});

describe('toPcre', () => {
  it('escapes a hyphen after a class escape, which PCRE2 rejects', () => {
    expect(toPcre('[\\w\\d-.]')).toBe('[\\w\\d\\-.]');
    expect(toPcre('[\\w-]+')).toBe('[\\w-]+');
    expect(toPcre('a\\d-b')).toBe('a\\d-b');
  });

  it('keeps every isbot pattern meaning the same in JavaScript', () => {
    const joined = new RegExp(list.map(toPcre).join('|'), 'i');
    for (const ua of SAMPLE_USER_AGENTS) expect(joined.test(ua), ua).toBe(isbot(ua));
  });
});

describe('agentToken', () => {
  it.each([
    [PHONE_BROWSER, '0 chrome mobile'],
    [DESKTOP_BROWSER, '0 firefox desktop'],
    [CRAWLER, '1 other desktop'],
    ['', '1 other desktop'],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      '0 safari mobile',
    ],
    [
      'Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
      '0 samsung mobile',
    ],
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
      '0 edge desktop',
    ],
  ])('%j -> %s', (ua, token) => {
    expect(agentToken(ua, isbot)).toBe(token);
    expect(parseAgentToken(token)).toBeDefined();
  });

  it('is coarse: only robot flag, family and form, whatever the phone or version', () => {
    const tokens = new Set(SAMPLE_USER_AGENTS.map((ua) => agentToken(ua, isbot)));
    for (const t of tokens) expect(t).toMatch(/^[01] [a-z]+ (mobile|desktop)$/);
    expect(tokens.size).toBeLessThanOrEqual(2 * 7 * 2);
  });
});

describe('the aggregator counts from the token', () => {
  const CATALOGUE: StatsCatalogue = {
    products: [
      {
        slug: 'kopi-a',
        name: { id: 'Kopi A', en: 'Coffee A' },
        regency: { slug: 'ngada', name: { id: 'Kabupaten Ngada', en: 'Ngada Regency' } },
        island: { slug: 'flores', name: 'Flores' },
        category: { slug: 'kopi', name: { id: 'Kopi', en: 'Coffee' } },
      },
    ],
    codes: new Map([['ABCD', 'kopi-a']]),
  };
  const t0 = Date.parse('2026-12-07T02:00:00Z');
  const min = 60_000;
  const OTHER_CHROME_PHONE =
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Mobile Safari/537.36';
  const lines = (legacy: boolean) => {
    const req = (client: string, minutes: number, userAgent: string) =>
      logLine({
        client,
        time: t0 + minutes * min,
        path: '/P/ABCD/',
        ...(legacy ? { rawAgentField: userAgent } : { userAgent }),
      });
    return [
      req('203.0.113.7', 0, PHONE_BROWSER), // counted
      req('203.0.113.9', 5, OTHER_CHROME_PHONE), // same /24, same family and form: a repeat
      req('203.0.113.7', 6, DESKTOP_BROWSER), // same /24, another browser: counted
      req('203.0.113.7', 7, CRAWLER), // robot
      req('203.0.113.7', 8, ''), // no header: robot
      req('198.51.100.1', 9, PHONE_BROWSER), // another /24: counted
      req('203.0.113.7', 31, PHONE_BROWSER), // 31 minutes after the first: counted
    ];
  };
  const count = (legacy: boolean) => {
    const aggregator = new StatsAggregator(CATALOGUE, { isBot: isbot });
    for (const line of lines(legacy)) aggregator.add(line);
    return aggregator.result();
  };

  it('writes no User-Agent into the lines nginx would write', () => {
    for (const line of lines(false)) {
      expect(line).not.toContain('Mozilla');
      expect(line).not.toContain('Googlebot');
      expect(line).toMatch(/"[01] [a-z]+ (mobile|desktop)"$/);
    }
  });

  it.each([false, true])('exact counts (older User-Agent log: %s)', (legacy) => {
    const totals = count(legacy);
    expect(totals.skipped.bot).toBe(2);
    expect(totals.skipped.repeat).toBe(1);
    expect(totals.daily.reduce((n, d) => n + d.qr, 0)).toBe(4);
  });
});
