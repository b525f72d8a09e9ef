/**
 * The report page (Indonesian and English): a static HTML file with its charts drawn as SVG
 * when the report is generated (d3-scale for the axes, d3-shape for the lines), tables with
 * the same numbers for people who would rather read, and no script. Served to the programme
 * team only, behind a password (docs/deploy.md), so it may show counts below the public
 * threshold of the site's "most scanned" list.
 */
import { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { escapeMarkup } from '../text/escape.ts';
import type { Locale } from '../text/locales.ts';
import { countsTotal, type PlaceTotals, type StatsTotals } from './aggregate.ts';
import { STATS_FILES } from './output.ts';

const TEXT = {
  id: {
    title: 'Laporan kampanye Gerakan Beli Produk NTT',
    intro:
      'Dihitung dari log akses server situs, tanpa cookie dan tanpa skrip pelacak. Alamat IP dipendekkan saat ditulis; laporan ini hanya berisi jumlah. Hari dihitung dalam WITA.',
    period: 'Periode',
    lines: 'baris log dibaca',
    summary: 'Ringkasan',
    qr: 'Pindaian QR',
    short: 'Tautan pendek diketik',
    gs1: 'GS1 Digital Link',
    viewsId: 'Dilihat (Indonesia)',
    viewsEn: 'Dilihat (Inggris)',
    orders: 'Klik “Pesan lewat WhatsApp”',
    pages: 'Halaman dilihat',
    searches: 'Pencarian',
    total: 'Jumlah',
    day: 'Hari',
    perDay: 'Pindaian QR per hari',
    perDayDesc: 'Batang: pindaian QR per hari. Garis: produk dilihat per hari.',
    topProducts: 'Produk paling diminati',
    product: 'Produk',
    regency: 'Kabupaten/kota',
    island: 'Pulau',
    category: 'Kategori',
    byRegency: 'Menurut kabupaten/kota',
    byIsland: 'Menurut pulau',
    byCategory: 'Menurut kategori',
    words: 'Kata yang paling sering dicari',
    word: 'Kata',
    wordsNote: (n: number) => `Hanya kata yang dicari sedikitnya ${n} kali.`,
    noWords: 'Belum ada kata yang cukup sering dicari.',
    unknown: 'Kode atau alamat yang tidak dikenal',
    unknownNote:
      'Kode QR, tautan pendek, GTIN atau halaman produk yang tidak ada di katalog (mis. salah ketik).',
    skipped: 'Baris yang tidak dihitung',
    reasons: {
      malformed: 'bukan baris log / terpotong',
      bot: 'robot (daftar isbot)',
      head: 'permintaan HEAD',
      method: 'metode lain selain GET',
      error: 'galat (4xx, 5xx)',
      redirect: 'pengalihan (yang dihitung adalah tujuannya)',
      asset: 'berkas (gambar, skrip, indeks pencarian)',
      repeat: 'pengulangan dalam 30 menit',
      beforeSince: 'sebelum --since',
    },
    files: 'Unduh angka',
    other: 'English',
    empty: 'Belum ada yang dihitung.',
  },
  en: {
    title: 'Gerakan Beli Produk NTT campaign report',
    intro:
      "Counted from the site server's access log, with no cookie and no tracking script. IP addresses are shortened when written; this report holds only counts. Days are WITA days.",
    period: 'Period',
    lines: 'log lines read',
    summary: 'Summary',
    qr: 'QR scans',
    short: 'Short links typed',
    gs1: 'GS1 Digital Link',
    viewsId: 'Views (Indonesian)',
    viewsEn: 'Views (English)',
    orders: 'Clicks on “Order via WhatsApp”',
    pages: 'Page views',
    searches: 'Searches',
    total: 'Total',
    day: 'Day',
    perDay: 'QR scans per day',
    perDayDesc: 'Bars: QR scans per day. Line: product page views per day.',
    topProducts: 'Products with the most interest',
    product: 'Product',
    regency: 'Regency/city',
    island: 'Island',
    category: 'Category',
    byRegency: 'By regency/city',
    byIsland: 'By island',
    byCategory: 'By category',
    words: 'Words searched most often',
    word: 'Word',
    wordsNote: (n: number) => `Only words searched at least ${n} times.`,
    noWords: 'No word has been searched often enough yet.',
    unknown: 'Unknown codes or addresses',
    unknownNote:
      'QR codes, short links, GTINs or product pages not in the catalogue (e.g. typing mistakes).',
    skipped: 'Lines not counted',
    reasons: {
      malformed: 'not a log line / cut off',
      bot: 'robots (isbot list)',
      head: 'HEAD requests',
      method: 'methods other than GET',
      error: 'errors (4xx, 5xx)',
      redirect: 'redirects (their target is counted)',
      asset: 'files (images, scripts, search index)',
      repeat: 'repeats within 30 minutes',
      beforeSince: 'before --since',
    },
    files: 'Download the numbers',
    other: 'Bahasa Indonesia',
    empty: 'Nothing counted yet.',
  },
} as const;

const e = escapeMarkup;
const fmt = (n: number, locale: Locale): string =>
  n.toLocaleString(locale === 'en' ? 'en-GB' : 'id-ID');
const round = (n: number): string => String(Math.round(n * 10) / 10);

const COLORS = { bar: '#1f5f8b', line: '#8a2b1d', axis: '#444', grid: '#ddd' };

/** Daily chart: QR scans as bars, product views as a line, on one time axis. */
function dailyChart(totals: StatsTotals, locale: Locale): string {
  const t = TEXT[locale];
  // A narrow drawing with large text: it is shrunk to a phone's width, and its labels must
  // stay readable there.
  const width = 480;
  const height = 240;
  const m = { top: 12, right: 12, bottom: 36, left: 48 };
  const days = totals.daily.map((d) => d.day);
  const views = totals.daily.map((d) => d.viewsId + d.viewsEn);
  const max = Math.max(1, ...totals.daily.map((d) => d.qr), ...views);
  const x = scaleBand<string>()
    .domain(days)
    .range([m.left, width - m.right])
    .padding(0.2);
  const xPoint = scalePoint<string>()
    .domain(days)
    .range([m.left + x.bandwidth() / 2, width - m.right - x.bandwidth() / 2]);
  const y = scaleLinear()
    .domain([0, max])
    .nice()
    .range([height - m.bottom, m.top]);
  const bars = totals.daily
    .map((d) => {
      const top = y(d.qr);
      return `<rect x="${round(x(d.day) ?? 0)}" y="${round(top)}" width="${round(x.bandwidth())}" height="${round(y(0) - top)}" fill="${COLORS.bar}"/>`;
    })
    .join('');
  const path =
    line<DayPoint>()
      .x((d) => xPoint(d.day) ?? 0)
      .y((d) => y(d.value))(totals.daily.map((d, i) => ({ day: d.day, value: views[i] ?? 0 }))) ??
    '';
  const yTicks = y
    .ticks(5)
    .map(
      (v) =>
        `<g><line x1="${m.left}" x2="${width - m.right}" y1="${round(y(v))}" y2="${round(y(v))}" stroke="${COLORS.grid}"/><text x="${m.left - 6}" y="${round(y(v))}" dy="0.32em" text-anchor="end">${fmt(v, locale)}</text></g>`,
    )
    .join('');
  // About six labels on the day axis, whatever the period's length.
  const step = Math.max(1, Math.ceil(days.length / 5));
  const xTicks = days
    .filter((_, i) => i % step === 0)
    .map(
      (d) =>
        `<text x="${round(xPoint(d) ?? 0)}" y="${height - m.bottom + 18}" text-anchor="middle">${e(d.slice(5))}</text>`,
    )
    .join('');
  return `<figure>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="daily-title daily-desc" font-size="15" fill="${COLORS.axis}">
<title id="daily-title">${e(t.perDay)}</title>
<desc id="daily-desc">${e(t.perDayDesc)}</desc>
${yTicks}${bars}
<path d="${path}" fill="none" stroke="${COLORS.line}" stroke-width="2"/>
${xTicks}
</svg>
<figcaption>${e(t.perDayDesc)}</figcaption>
</figure>`;
}

interface DayPoint {
  day: string;
  value: number;
}

/** Horizontal bars of a list's totals (top `limit`). */
function barChart(
  id: string,
  title: string,
  rows: readonly { label: string; value: number }[],
  locale: Locale,
): string {
  const width = 480;
  const rowHeight = 30;
  const m = { top: 4, right: 64, bottom: 4, left: 190 };
  const height = m.top + m.bottom + rowHeight * Math.max(1, rows.length);
  const x = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.value))])
    .range([m.left, width - m.right]);
  const y = scaleBand<number>()
    .domain(rows.map((_, i) => i))
    .range([m.top, height - m.bottom])
    .padding(0.2);
  const bars = rows
    .map((r, i) => {
      const top = y(i) ?? 0;
      const mid = round(top + y.bandwidth() / 2);
      const label = r.label.length > 22 ? `${r.label.slice(0, 21)}…` : r.label;
      return `<g><text x="${m.left - 6}" y="${mid}" dy="0.32em" text-anchor="end">${e(label)}</text><rect x="${m.left}" y="${round(top)}" width="${round(x(r.value) - m.left)}" height="${round(y.bandwidth())}" fill="${COLORS.bar}"/><text x="${round(x(r.value) + 4)}" y="${mid}" dy="0.32em">${fmt(r.value, locale)}</text></g>`;
    })
    .join('');
  return `<figure>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" font-size="15" fill="${COLORS.axis}">
<title id="${id}-title">${e(title)}</title>
${bars}
</svg>
</figure>`;
}

function placeTable(caption: string, head: string, rows: readonly PlaceTotals[], locale: Locale) {
  const t = TEXT[locale];
  const cells = rows
    .map(
      (r) =>
        `<tr><th scope="row">${e(r.name[locale])}</th><td>${fmt(r.qr, locale)}</td><td>${fmt(r.short, locale)}</td><td>${fmt(r.gs1, locale)}</td><td>${fmt(r.viewsId, locale)}</td><td>${fmt(r.viewsEn, locale)}</td><td>${fmt(r.orders, locale)}</td><td>${fmt(r.total, locale)}</td></tr>`,
    )
    .join('\n');
  return `<div class="scroll" role="region" aria-label="${e(caption)}" tabindex="0"><table>
<caption>${e(caption)}</caption>
<thead><tr><th scope="col">${e(head)}</th><th scope="col">${e(t.qr)}</th><th scope="col">${e(t.short)}</th><th scope="col">${e(t.gs1)}</th><th scope="col">${e(t.viewsId)}</th><th scope="col">${e(t.viewsEn)}</th><th scope="col">${e(t.orders)}</th><th scope="col">${e(t.total)}</th></tr></thead>
<tbody>
${cells}
</tbody>
</table></div>`;
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; padding: 1rem; max-width: 60rem; }
h1 { font-size: 1.5rem; line-height: 1.25; }
h2 { font-size: 1.2rem; margin-top: 2rem; }
figure { margin: 1rem 0; }
svg { width: 100%; height: auto; display: block; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; min-width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: start; font-weight: 600; padding: 0.25rem 0; }
th, td { padding: 0.3rem 0.5rem; border-bottom: 1px solid #ccc; text-align: end; }
th[scope="row"], thead th:first-child { text-align: start; }
.days th[scope="row"] { white-space: nowrap; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.75rem; }
dl.summary div { border: 1px solid #ccc; border-radius: 0.5rem; padding: 0.5rem 0.75rem; }
dl.summary dt { font-size: 0.875rem; }
dl.summary dd { margin: 0; font-size: 1.4rem; font-weight: 700; }
a { color: #1f5f8b; }
.scroll:focus { outline: 2px solid #1f5f8b; }
`;

/** The report page in one language. `otherHref` links the other language's page. */
export function reportHtml(totals: StatsTotals, locale: Locale, otherHref: string): string {
  const t = TEXT[locale];
  const sum = (
    f: 'qr' | 'short' | 'gs1' | 'viewsId' | 'viewsEn' | 'orders' | 'pages' | 'searches',
  ): number => totals.daily.reduce((n, d) => n + d[f], 0);
  const summary = (
    ['qr', 'short', 'gs1', 'viewsId', 'viewsEn', 'orders', 'pages', 'searches'] as const
  )
    .map((f) => `<div><dt>${e(t[f])}</dt><dd>${fmt(sum(f), locale)}</dd></div>`)
    .join('\n');
  const counted = totals.products.filter((p) => p.total > 0);
  const top = counted.slice(0, 10).map((p) => ({ label: p.name[locale], value: p.total }));
  const productRows = counted
    .map((p) => {
      const regency = totals.regencies.find((r) => r.slug === p.regency);
      return `<tr><th scope="row">${e(p.name[locale])}</th><td class="text">${e(regency?.name[locale] ?? p.regency)}</td><td>${fmt(p.qr, locale)}</td><td>${fmt(p.short, locale)}</td><td>${fmt(p.gs1, locale)}</td><td>${fmt(p.viewsId, locale)}</td><td>${fmt(p.viewsEn, locale)}</td><td>${fmt(p.orders, locale)}</td><td>${fmt(countsTotal(p), locale)}</td></tr>`;
    })
    .join('\n');
  const dailyRows = totals.daily
    .map(
      (d) =>
        `<tr><th scope="row">${e(d.day)}</th><td>${fmt(d.qr, locale)}</td><td>${fmt(d.short, locale)}</td><td>${fmt(d.gs1, locale)}</td><td>${fmt(d.viewsId, locale)}</td><td>${fmt(d.viewsEn, locale)}</td><td>${fmt(d.orders, locale)}</td><td>${fmt(d.pages, locale)}</td><td>${fmt(d.searches, locale)}</td></tr>`,
    )
    .join('\n');
  const words = totals.searches.topWords.length
    ? `<div class="scroll" role="region" aria-label="${e(t.words)}" tabindex="0"><table><caption>${e(t.words)}</caption><thead><tr><th scope="col">${e(t.word)}</th><th scope="col">${e(t.searches)}</th></tr></thead><tbody>${totals.searches.topWords.map((w) => `<tr><th scope="row">${e(w.word)}</th><td>${fmt(w.count, locale)}</td></tr>`).join('')}</tbody></table></div>`
    : `<p>${e(t.noWords)}</p>`;
  const skipped = (Object.entries(totals.skipped) as [keyof typeof t.reasons, number][])
    .map(([k, n]) => `<tr><th scope="row">${e(t.reasons[k])}</th><td>${fmt(n, locale)}</td></tr>`)
    .join('');
  const unknown = (['qr', 'short', 'gs1', 'product', 'orders'] as const)
    .map(
      (k) =>
        `<tr><th scope="row">${e(k === 'product' ? t.product : t[k])}</th><td>${fmt(totals.unknown[k === 'orders' ? 'order' : k], locale)}</td></tr>`,
    )
    .join('');
  const prefix = locale === 'en' ? '../' : '';
  const files = Object.values(STATS_FILES)
    .map((f) => `<li><a href="${prefix}${f}">${f}</a></li>`)
    .join('');
  const period = totals.from ? `${totals.from} – ${totals.to} (WITA)` : t.empty;
  const rowHead = (first: string) =>
    `<thead><tr><th scope="col">${e(first)}</th><th scope="col">${e(t.qr)}</th><th scope="col">${e(t.short)}</th><th scope="col">${e(t.gs1)}</th><th scope="col">${e(t.viewsId)}</th><th scope="col">${e(t.viewsEn)}</th><th scope="col">${e(t.orders)}</th>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${e(t.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p><a href="${e(otherHref)}" lang="${locale === 'en' ? 'id' : 'en'}">${e(t.other)}</a></p>
<h1>${e(t.title)}</h1>
<p>${e(t.intro)}</p>
<p>${e(t.period)}: ${e(period)} · ${fmt(totals.lines, locale)} ${e(t.lines)}</p>
<h2>${e(t.summary)}</h2>
<dl class="summary">
${summary}
</dl>
<h2>${e(t.perDay)}</h2>
${totals.daily.length ? dailyChart(totals, locale) : `<p>${e(t.empty)}</p>`}
<div class="scroll" role="region" aria-label="${e(t.day)}" tabindex="0"><table class="days">
<caption>${e(t.day)}</caption>
${rowHead(t.day)}<th scope="col">${e(t.pages)}</th><th scope="col">${e(t.searches)}</th></tr></thead>
<tbody>
${dailyRows}
</tbody>
</table></div>
<h2>${e(t.topProducts)}</h2>
${top.length ? barChart('top', t.topProducts, top, locale) : `<p>${e(t.empty)}</p>`}
<div class="scroll" role="region" aria-label="${e(t.topProducts)}" tabindex="0"><table>
<caption>${e(t.topProducts)}</caption>
<thead><tr><th scope="col">${e(t.product)}</th><th scope="col">${e(t.regency)}</th><th scope="col">${e(t.qr)}</th><th scope="col">${e(t.short)}</th><th scope="col">${e(t.gs1)}</th><th scope="col">${e(t.viewsId)}</th><th scope="col">${e(t.viewsEn)}</th><th scope="col">${e(t.orders)}</th><th scope="col">${e(t.total)}</th></tr></thead>
<tbody>
${productRows}
</tbody>
</table></div>
<h2>${e(t.byIsland)}</h2>
${barChart(
  'islands',
  t.byIsland,
  totals.islands.map((i) => ({ label: i.name[locale], value: i.total })),
  locale,
)}
${placeTable(t.byIsland, t.island, totals.islands, locale)}
<h2>${e(t.byRegency)}</h2>
${placeTable(t.byRegency, t.regency, totals.regencies, locale)}
<h2>${e(t.byCategory)}</h2>
${placeTable(t.byCategory, t.category, totals.categories, locale)}
<h2>${e(t.words)}</h2>
<p>${e(t.wordsNote(totals.searches.minWordCount))}</p>
${words}
<h2>${e(t.unknown)}</h2>
<p>${e(t.unknownNote)}</p>
<table><caption>${e(t.unknown)}</caption><tbody>${unknown}</tbody></table>
<h2>${e(t.skipped)}</h2>
<table><caption>${e(t.skipped)}</caption><tbody>${skipped}</tbody></table>
<h2>${e(t.files)}</h2>
<ul>${files}</ul>
</main>
</body>
</html>
`;
}
