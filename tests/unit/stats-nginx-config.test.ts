/**
 * The shipped nginx config writes what the stats tool reads: its address map (run here with
 * JavaScript's regex engine, which reads these patterns as PCRE does) shortens every address
 * to the same /24 or /48 as src/lib/stats/address.ts, and its log format keeps only the
 * fields the counts need. The real nginx writing a real line is tests/e2e/stats-nginx.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHIPPED_CONFIG } from '../../scripts/lib/nginx.ts';
import { shortenAddress } from '../../src/lib/stats/address.ts';
import { parseLogLine } from '../../src/lib/stats/log-line.ts';

const shipped = readFileSync(SHIPPED_CONFIG, 'utf8');

/** The `map $remote_addr $etalase_client { … }` rules, in order. */
function mapRules(): { regex: RegExp; value: string }[] {
  const body = /map \$remote_addr \$etalase_client \{\n([\s\S]*?)\n\}/.exec(shipped)?.[1];
  if (!body) throw new Error('no address map in deploy/nginx/etalase.conf');
  return body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.startsWith('"~'))
    .map((l) => {
      const [, pattern, value] = /^"~(\S+)"\s+(\S+);$/.exec(l) ?? [];
      if (!pattern || !value) throw new Error(`unreadable map line: ${l}`);
      return { regex: new RegExp(pattern), value };
    });
}

/** What nginx writes for an address: the first matching rule, captures filled in. */
function nginxShortens(address: string): string {
  for (const { regex, value } of mapRules()) {
    const m = regex.exec(address);
    if (m) return value.replace(/\$(\w+)/g, (_all, name: string) => m.groups?.[name] ?? '');
  }
  return '-';
}

describe('the address map in deploy/nginx/etalase.conf', () => {
  // nginx's $remote_addr: IPv4 dotted, IPv6 in its lowercase compressed text form.
  it.each([
    '203.0.113.77',
    '10.1.2.3',
    '::ffff:198.51.100.9',
    '2001:db8:5:6:7:8:9:a',
    '2001:db8:5::1',
    '2001:db8::1',
    '2001::1',
    '2400:cb00:2049:1::a29f:1804',
    'fe80::1',
    '::1',
  ])('%s is written shortened, as the stats tool shortens it', (address) => {
    const written = nginxShortens(address);
    expect(written).not.toBe('-');
    expect(written).not.toBe(address);
    expect(shortenAddress(written)).toBe(shortenAddress(address));
  });

  it('writes a line the stats tool reads, with no referrer, cookie, User-Agent or full address', () => {
    const format = /log_format etalase_stats '([^']+)';/.exec(shipped)?.[1] ?? '';
    expect(format).toContain('$etalase_client');
    for (const banned of [
      '$remote_addr',
      '$http_referer',
      '$http_cookie',
      '$http_x_forwarded_for',
      '$http_user_agent',
    ])
      expect(format).not.toContain(banned);
    const line = format
      .replace('$etalase_client', nginxShortens('203.0.113.77'))
      .replace('$time_local', '07/Dec/2026:09:15:02 +0800')
      .replace('$request', 'GET /P/ABCD/ HTTP/2.0')
      .replace('$status', '200')
      .replace('$body_bytes_sent', '5120')
      .replace('$etalase_bot $etalase_browser $etalase_form', '0 chrome mobile');
    expect(line).not.toContain('$');
    expect(parseLogLine(line)).toMatchObject({
      client: '203.0.113.0',
      path: '/P/ABCD/',
      agent: '0 chrome mobile',
    });
  });

  it('logs for this site only in that format, and the report only behind a password', () => {
    expect(shipped).toMatch(
      /^\s*access_log \/var\/log\/nginx\/etalase\.access\.log etalase_stats;$/m,
    );
    const statsBlock = /location \^~ \/statistik\/ \{([\s\S]*?)\n {4}\}/.exec(shipped)?.[1] ?? '';
    expect(statsBlock).toContain('auth_basic "');
    expect(statsBlock).toMatch(/auth_basic_user_file \S+;/);
  });
});

describe('what the server keeps, said the same everywhere', () => {
  const rule = readFileSync(new URL('../../deploy/logrotate/etalase', import.meta.url), 'utf8');
  const days = Number(/^\s*rotate (\d+)$/m.exec(rule)?.[1]);
  const privacy = (locale: string) =>
    readFileSync(new URL(`../../content/pages/privasi.${locale}.md`, import.meta.url), 'utf8');
  const deployDoc = readFileSync(new URL('../../docs/deploy.md', import.meta.url), 'utf8');

  it('logrotate deletes raw logs after the days the privacy pages state', () => {
    expect(days).toBe(14);
    expect(rule).toMatch(new RegExp(`^\\s*maxage ${days}$`, 'm'));
    expect(rule).toMatch(/^\/var\/log\/nginx\/etalase\.access\.log /m);
    expect(rule).toContain('daily');
    expect(privacy('id')).toContain(`paling lama ${days} hari`);
    expect(privacy('en')).toContain(`for ${days} days at most`);
    expect(deployDoc).toContain(`${days} hari (\`deploy/logrotate/etalase\`)`);
    expect(deployDoc).toContain(`${days} days (\`deploy/logrotate/etalase\`)`);
  });

  it('the rotated files are the ones nginx writes', () => {
    expect(shipped).toContain('access_log /var/log/nginx/etalase.access.log etalase_stats;');
    expect(shipped).toContain('error_log /var/log/nginx/etalase.error.log crit;');
    expect(rule).toContain('/var/log/nginx/etalase.error.log');
  });
});
