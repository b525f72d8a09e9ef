/**
 * The campaign numbers from access-log lines (src/lib/stats/): shortened addresses, WITA days,
 * the line parser, what a path means, the 30-minute repeat window, and the aggregator's exact
 * counts on a synthetic log that holds every case the issue names.
 */
import { isbot } from 'isbot';
import { describe, expect, it } from 'vitest';
import { logLine, CRAWLER, DESKTOP_BROWSER } from '../../scripts/lib/synthetic-log.ts';
import { holdsFullAddress, shortenAddress } from '../../src/lib/stats/address.ts';
import { StatsAggregator, type StatsCatalogue } from '../../src/lib/stats/aggregate.ts';
import { classify, searchWords } from '../../src/lib/stats/classify.ts';
import { codeOwners } from '../../src/lib/stats/codes.ts';
import { DedupeWindow } from '../../src/lib/stats/dedupe.ts';
import { parseLogLine } from '../../src/lib/stats/log-line.ts';
import { witaDay, witaDayStart } from '../../src/lib/stats/wita.ts';

describe('shortenAddress', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['203.0.113.0', '203.0.113.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:5:6:7:8:9:a', '2001:db8:5::'],
    ['2001:db8:5::1', '2001:db8:5::'],
    ['2001:db8::1', '2001:db8::'],
    ['2001:DB8:0:1::', '2001:db8::'],
    ['2001:db8:5::', '2001:db8:5::'],
    ['::1', '::'],
    ['fe80::1%eth0', 'fe80::'],
  ])('%s -> %s', (input, expected) => {
    expect(shortenAddress(input)).toBe(expected);
  });

  it.each(['', '-', 'example.org', '300.1.2.3', '1.2.3', '1::2::3', '12345::1', '1:2:3:4:5:6:7'])(
    'refuses %j',
    (input) => {
      expect(shortenAddress(input)).toBeUndefined();
    },
  );

  it('finds full addresses in text, and not shortened ones or times', () => {
    expect(holdsFullAddress('from 203.0.113.77 at')).toBe(true);
    expect(holdsFullAddress('x 2001:db8:5:6::9 y')).toBe(true);
    expect(holdsFullAddress('203.0.113.0 and 2001:db8:5:: at 01:09:09, 2026-12-07')).toBe(false);
  });
});

describe('WITA days', () => {
  it('agrees with Intl for every hour of 2024-2027', () => {
    const format = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' });
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 3_600_000)
      expect(witaDay(t)).toBe(format.format(t));
  });

  it('starts a day at 16:00 UTC the day before', () => {
    expect(witaDayStart('2026-12-07')).toBe(Date.parse('2026-12-06T16:00:00Z'));
    expect(witaDayStart('2026-02-30')).toBeUndefined();
    expect(witaDayStart('7 Dec')).toBeUndefined();
  });
});

describe('parseLogLine', () => {
  it('reads the shipped format, with the offset nginx wrote and its client token', () => {
    const line = parseLogLine(
      '203.0.113.0 - - [07/Dec/2026:00:30:00 +0800] "GET /cari/?q=kopi HTTP/2.0" 200 5120 "-" "0 chrome mobile"',
    );
    expect(line).toEqual({
      client: '203.0.113.0',
      time: Date.parse('2026-12-06T16:30:00Z'),
      method: 'GET',
      path: '/cari/',
      query: 'q=kopi',
      status: 200,
      agent: '0 chrome mobile',
    });
  });

  it('reads an older line holding a User-Agent with escaped quotes', () => {
    const line = parseLogLine(
      '203.0.113.0 - - [07/Dec/2026:00:30:00 +0800] "GET /cari/?q=kopi HTTP/2.0" 200 5120 "-" "Mozilla/5.0 \\"x\\""',
    );
    expect(line?.agent).toBe('Mozilla/5.0 \\"x\\"');
  });

  it('reads an ordinary combined line and shortens its full address', () => {
    const line = parseLogLine(
      '2001:db8:5:6::9 - - [06/Dec/2026:16:30:00 +0000] "GET /P/ABCD/ HTTP/1.1" 304 0 "https://ref.example/" "Mozilla/5.0"',
    );
    expect(line?.client).toBe('2001:db8:5::');
    expect(line?.status).toBe(304);
  });

  it.each([
    '',
    'hello',
    '203.0.113.0 - - [07/Dec/2026:00:30:00 +0800] "GET /P/ABCD/ HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Li',
    '203.0.113.0 - - [07/Dec/2026:00:30:00 +0800] "GET /P/ABCD/ HTTP/1.1" 200',
    '203.0.113.0 - - [07/Foo/2026:00:30:00 +0800] "GET / HTTP/1.1" 200 1 "-" "x"',
    'somehost - - [07/Dec/2026:00:30:00 +0800] "GET / HTTP/1.1" 200 1 "-" "x"',
  ])('gives undefined for a malformed or cut-off line: %j', (text) => {
    expect(parseLogLine(text)).toBeUndefined();
  });
});

describe('classify', () => {
  it.each([
    ['/P/ABCD/', '', { kind: 'qr', code: 'ABCD' }],
    ['/P/ABCD', '', { kind: 'qr', code: 'ABCD' }],
    ['/p/abcd/', '', { kind: 'short', code: 'ABCD' }],
    ['/01/2000000000107', '', { kind: 'gs1', gtin: '02000000000107' }],
    ['/01/02000000000107/10/LOT1', '', { kind: 'gs1', gtin: '02000000000107' }],
    ['/produk/kopi-a/', '', { kind: 'product', slug: 'kopi-a', locale: 'id' }],
    ['/en/produk/kopi-a/', '', { kind: 'product', slug: 'kopi-a', locale: 'en' }],
    ['/produk/2/', '', { kind: 'page' }],
    ['/pesan/abcd/', '', { kind: 'order', code: 'ABCD' }],
    ['/cari/', 'q=Kopi+Flores', { kind: 'search', locale: 'id', words: ['kopi', 'flores'] }],
    ['/en/cari/', 'q=honey', { kind: 'search', locale: 'en', words: ['honey'] }],
    ['/cari/', '', { kind: 'page' }],
    ['/', '', { kind: 'page' }],
    ['/_astro/x.css', '', { kind: 'asset' }],
    ['/qr/ABCD.svg', '', { kind: 'asset' }],
    ['/produk/%E0%A4%A/', '', { kind: 'product', slug: '%E0%A4%A', locale: 'id' }],
  ])('%s?%s', (path, query, expected) => {
    expect(classify(path, query)).toEqual(expected);
  });

  it('keeps search words of two letters or more, any script, and survives bad escapes', () => {
    expect(searchWords('q=Kain%20tenun%2C+ikat+a+%E2%80%94+1')).toEqual(['kain', 'tenun', 'ikat']);
    expect(searchWords('q=%ZZ')).toEqual(['zz']);
  });
});

describe('DedupeWindow', () => {
  it('counts once per 30 minutes per key, and forgets closed windows', () => {
    const w = new DedupeWindow();
    const t = Date.parse('2026-12-07T00:00:00Z');
    expect(w.admit('a', t)).toBe(true);
    expect(w.admit('a', t + 29 * 60_000)).toBe(false);
    expect(w.admit('b', t + 29 * 60_000)).toBe(true);
    expect(w.admit('a', t + 30 * 60_000)).toBe(true);
    // A slightly earlier line written after a later one still counts as a repeat.
    expect(w.admit('a', t + 29 * 60_000)).toBe(false);
    // Memory follows the visitors of the last hour, not the length of the log.
    for (let i = 0; i < 3000; i++) w.admit(`early${i}`, t + i);
    for (let i = 0; i < 3000; i++) w.admit(`late${i}`, t + 4 * 3_600_000 + i);
    expect(w.size).toBeGreaterThanOrEqual(3000);
    expect(w.size).toBeLessThan(3000 + 1024);
  });
});

describe('codeOwners', () => {
  it('follows the qr: line, then the registry, and drops codes of vanished folders', () => {
    const owners = codeOwners(
      [{ slug: 'new-name', qr: 'ABCD' }, { slug: 'kept' }],
      [
        { code: 'ABCD', product: 'old-name', issued: '2026-01-01' },
        { code: 'EFGH', product: 'kept', issued: '2026-01-01' },
        { code: 'JKMN', product: 'gone', issued: '2026-01-01' },
      ],
    );
    expect([...owners].sort()).toEqual([
      ['ABCD', 'new-name'],
      ['EFGH', 'kept'],
    ]);
  });
});

const CATALOGUE: StatsCatalogue = {
  products: [
    {
      slug: 'kopi-a',
      name: { id: 'Kopi A', en: 'Coffee A' },
      gtin14: '02000000000107',
      regency: { slug: 'ngada', name: { id: 'Kabupaten Ngada', en: 'Ngada Regency' } },
      island: { slug: 'flores', name: 'Flores' },
      category: { slug: 'kopi', name: { id: 'Kopi', en: 'Coffee' } },
    },
    {
      slug: 'tenun-b',
      name: { id: 'Tenun B', en: 'Weaving B' },
      regency: { slug: 'sumba-timur', name: { id: 'Kabupaten Sumba Timur', en: 'Sumba Timur' } },
      island: { slug: 'sumba', name: 'Sumba' },
      category: { slug: 'kain-tenun', name: { id: 'Kain Tenun', en: 'Woven cloth' } },
    },
  ],
  codes: new Map([
    ['ABCD', 'kopi-a'],
    ['EFGH', 'tenun-b'],
  ]),
};

/** 23:59 WITA on 6 December 2026. */
const BEFORE_MIDNIGHT = Date.parse('2026-12-06T15:59:00Z');
const min = 60_000;

/** Every case of the issue, each line saying what it must count as. */
export const SYNTHETIC: { line: string; is: string }[] = [
  // QR scan one minute before midnight WITA: day 6 December.
  {
    is: 'qr kopi-a 12-06',
    line: logLine({ client: '203.0.113.7', time: BEFORE_MIDNIGHT, path: '/P/ABCD/' }),
  },
  // The same phone 11 minutes later, after midnight: a repeat inside 30 minutes.
  {
    is: 'repeat',
    line: logLine({ client: '203.0.113.7', time: BEFORE_MIDNIGHT + 11 * min, path: '/P/ABCD/' }),
  },
  // Another address of the same /24 with the same browser: the same shortened visitor.
  {
    is: 'repeat',
    line: logLine({ client: '203.0.113.99', time: BEFORE_MIDNIGHT + 12 * min, path: '/P/ABCD/' }),
  },
  // The same phone 41 minutes after the first scan: counted again, on 7 December.
  {
    is: 'qr kopi-a 12-07',
    line: logLine({ client: '203.0.113.7', time: BEFORE_MIDNIGHT + 41 * min, path: '/P/ABCD/' }),
  },
  // Same address, another browser: another person.
  {
    is: 'qr kopi-a 12-06',
    line: logLine({
      client: '203.0.113.7',
      time: BEFORE_MIDNIGHT + 0.5 * min,
      path: '/P/ABCD/',
      userAgent: DESKTOP_BROWSER,
    }),
  },
  // The label's text typed in lowercase: the redirect, then the page (one count).
  {
    is: 'redirect',
    line: logLine({
      client: '2001:db8:1:2::5',
      time: BEFORE_MIDNIGHT + 6 * min,
      path: '/p/efgh/',
      status: 301,
    }),
  },
  {
    is: 'short tenun-b 12-07',
    line: logLine({ client: '2001:db8:1:2::5', time: BEFORE_MIDNIGHT + 6 * min, path: '/p/EFGH/' }),
  },
  // Same /48, same browser, a minute later: a repeat.
  {
    is: 'repeat',
    line: logLine({
      client: '2001:db8:1:ffff::9',
      time: BEFORE_MIDNIGHT + 7 * min,
      path: '/p/EFGH/',
    }),
  },
  // Another /48: another visitor.
  {
    is: 'short tenun-b 12-07',
    line: logLine({ client: '2001:db8:2::9', time: BEFORE_MIDNIGHT + 7 * min, path: '/p/EFGH/' }),
  },
  {
    is: 'bot',
    line: logLine({
      client: '66.249.66.1',
      time: BEFORE_MIDNIGHT,
      path: '/P/EFGH/',
      userAgent: CRAWLER,
    }),
  },
  {
    is: 'bot',
    line: logLine({
      client: '198.51.100.1',
      time: BEFORE_MIDNIGHT,
      path: '/P/EFGH/',
      userAgent: '',
    }),
  },
  {
    is: 'head',
    line: logLine({
      client: '198.51.100.1',
      time: BEFORE_MIDNIGHT,
      path: '/P/EFGH/',
      method: 'HEAD',
    }),
  },
  {
    is: 'method',
    line: logLine({
      client: '198.51.100.1',
      time: BEFORE_MIDNIGHT,
      path: '/cari/',
      method: 'POST',
    }),
  },
  // 304: a page shown from the browser's cache is a view.
  {
    is: 'viewsId kopi-a 12-07',
    line: logLine({
      client: '198.51.100.2',
      time: BEFORE_MIDNIGHT + 2 * min,
      path: '/produk/kopi-a/',
      status: 304,
    }),
  },
  {
    is: 'viewsEn tenun-b 12-06',
    line: logLine({ client: '198.51.100.2', time: BEFORE_MIDNIGHT, path: '/en/produk/tenun-b/' }),
  },
  {
    is: 'error',
    line: logLine({
      client: '198.51.100.2',
      time: BEFORE_MIDNIGHT,
      path: '/produk/tidak-ada/',
      status: 404,
    }),
  },
  {
    is: 'error',
    line: logLine({ client: '198.51.100.2', time: BEFORE_MIDNIGHT, path: '/P/ABCD/', status: 500 }),
  },
  // Unknown codes: a misprinted label (404) and a code the content does not know.
  {
    is: 'unknown qr',
    line: logLine({ client: '198.51.100.3', time: BEFORE_MIDNIGHT, path: '/P/ZZZZ/', status: 404 }),
  },
  {
    is: 'unknown short',
    line: logLine({ client: '198.51.100.3', time: BEFORE_MIDNIGHT, path: '/p/QQQQ/' }),
  },
  {
    is: 'unknown gs1',
    line: logLine({
      client: '198.51.100.3',
      time: BEFORE_MIDNIGHT,
      path: '/01/09999999999999/',
      status: 404,
    }),
  },
  {
    is: 'unknown product',
    line: logLine({ client: '198.51.100.3', time: BEFORE_MIDNIGHT, path: '/produk/lama/' }),
  },
  {
    is: 'gs1 kopi-a 12-07',
    line: logLine({
      client: '198.51.100.4',
      time: BEFORE_MIDNIGHT + 3 * min,
      path: '/01/02000000000107/',
    }),
  },
  {
    is: 'redirect',
    line: logLine({
      client: '198.51.100.4',
      time: BEFORE_MIDNIGHT + 3 * min,
      path: '/01/2000000000107',
      status: 301,
    }),
  },
  // The order button's ping: a POST answered 204. Opened as a page, /pesan/ is not counted.
  {
    is: 'orders kopi-a 12-07',
    line: logLine({
      client: '198.51.100.4',
      time: BEFORE_MIDNIGHT + 4 * min,
      path: '/pesan/ABCD/',
      method: 'POST',
      status: 204,
    }),
  },
  {
    is: 'method',
    line: logLine({
      client: '198.51.100.4',
      time: BEFORE_MIDNIGHT,
      path: '/pesan/ABCD/',
      status: 404,
    }),
  },
  {
    is: 'asset',
    line: logLine({ client: '198.51.100.4', time: BEFORE_MIDNIGHT, path: '/_astro/site.css' }),
  },
  {
    is: 'page 12-07',
    line: logLine({ client: '198.51.100.4', time: BEFORE_MIDNIGHT + 3 * min, path: '/' }),
  },
  ...['10.0.1.10', '10.0.2.10', '10.0.3.10', '10.0.4.10', '10.0.5.10'].map((client) => ({
    is: 'search 12-07',
    line: logLine({ client, time: BEFORE_MIDNIGHT + 5 * min, path: '/cari/?q=kopi+flores' }),
  })),
  {
    is: 'search 12-07',
    line: logLine({
      client: '198.51.100.15',
      time: BEFORE_MIDNIGHT + 5 * min,
      path: '/en/cari/?q=Kopi',
    }),
  },
  { is: 'malformed', line: 'garbage' },
  {
    is: 'malformed',
    line: logLine({ client: '203.0.113.8', time: BEFORE_MIDNIGHT, path: '/P/ABCD/' }).slice(0, 70),
  },
  // nginx writes $time_local in the server's zone: a UTC server's line lands on the same WITA day.
  {
    is: 'qr tenun-b 12-07',
    line: logLine({
      client: '192.0.2.1',
      time: BEFORE_MIDNIGHT + 20 * min,
      path: '/P/EFGH/',
      offsetHours: 0,
    }),
  },
];

describe('StatsAggregator on the synthetic log', () => {
  const run = (since?: number) => {
    const aggregator = new StatsAggregator(CATALOGUE, { isBot: isbot, since });
    for (const { line } of SYNTHETIC) aggregator.add(line);
    return aggregator.result();
  };
  const totals = run();
  const product = (slug: string) => totals.products.find((p) => p.slug === slug)!;

  it('skips what is not a person reading a page, each for its reason', () => {
    const expected = (what: string) => SYNTHETIC.filter((s) => s.is === what).length;
    expect(totals.lines).toBe(SYNTHETIC.length);
    expect(totals.skipped).toEqual({
      malformed: expected('malformed'),
      bot: expected('bot'),
      head: expected('head'),
      method: expected('method'),
      error: expected('error'),
      redirect: expected('redirect'),
      asset: expected('asset'),
      repeat: expected('repeat'),
      beforeSince: 0,
    });
    expect(totals.skipped).toMatchObject({ malformed: 2, bot: 2, repeat: 3, error: 2 });
  });

  it('counts per product and per WITA day, exactly', () => {
    expect(product('kopi-a').days).toEqual({
      '2026-12-06': { qr: 2, short: 0, gs1: 0, viewsId: 0, viewsEn: 0, orders: 0 },
      '2026-12-07': { qr: 1, short: 0, gs1: 1, viewsId: 1, viewsEn: 0, orders: 1 },
    });
    expect(product('tenun-b').days).toEqual({
      '2026-12-06': { qr: 0, short: 0, gs1: 0, viewsId: 0, viewsEn: 1, orders: 0 },
      '2026-12-07': { qr: 1, short: 2, gs1: 0, viewsId: 0, viewsEn: 0, orders: 0 },
    });
    expect(product('kopi-a').total).toBe(6);
    expect(totals.from).toBe('2026-12-06');
    expect(totals.to).toBe('2026-12-07');
    expect(totals.daily.map((d) => [d.day, d.qr, d.pages, d.searches])).toEqual([
      // The unknown short link and product page answered 200: pages, though no product's.
      ['2026-12-06', 2, 5, 0],
      ['2026-12-07', 2, 13, 6],
    ]);
  });

  it('adds products up by regency, island and category', () => {
    expect(totals.islands.map((i) => [i.slug, i.total, i.qr])).toEqual([
      ['flores', 6, 3],
      ['sumba', 4, 1],
    ]);
    expect(totals.regencies.map((r) => r.slug)).toEqual(['ngada', 'sumba-timur']);
    expect(totals.categories.find((c) => c.slug === 'kain-tenun')?.short).toBe(2);
  });

  it('counts unknown codes apart, and lists only words searched often enough', () => {
    expect(totals.unknown).toEqual({ qr: 1, short: 1, gs1: 1, product: 1, order: 0 });
    expect(totals.searches).toEqual({
      total: 6,
      topWords: [
        { word: 'kopi', count: 6 },
        { word: 'flores', count: 5 },
      ],
      minWordCount: 5,
    });
  });

  it('--since drops what came before the day', () => {
    const later = run(witaDayStart('2026-12-07'));
    expect(later.from).toBe('2026-12-07');
    expect(later.skipped.beforeSince).toBeGreaterThan(0);
    // The scan at 00:10 is no longer a repeat of one at 23:59 that was not counted; the one at
    // 00:40 is exactly 30 minutes after it, a new window.
    expect(later.products.find((p) => p.slug === 'kopi-a')?.days['2026-12-07']?.qr).toBe(2);
  });

  it('holds no address and no browser name', () => {
    const text = JSON.stringify(totals);
    expect(holdsFullAddress(text)).toBe(false);
    for (const fragment of ['203.0.113', '2001:db8', 'Mozilla', 'Chrome', 'Googlebot'])
      expect(text).not.toContain(fragment);
  });
});
