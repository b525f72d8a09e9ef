/**
 * `npm run bench:search [-- --n 5000]`: Pagefind at catalogue scale without building N product
 * pages through Astro (which the full `npm run bench` does): the built site's own product page
 * is used as a template, N copies get distinct names, words, regencies, filters and prices, and
 * the Pagefind Node API indexes them exactly as the site build does. Then Chromium measures
 * what a first and a second search download (gzip as a CDN would serve).
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { dirSize, measureSearch } from './measure-search.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '5000' },
    dist: { type: 'string', default: 'dist' },
    width: { type: 'string', default: '1280' },
  },
});
const N = Number(values.n);
const DIST = resolve(values.dist ?? 'dist');
const OUT = resolve(`.cache/bench/search-${N}`);

const WORDS = [
  'tenun',
  'kopi',
  'madu',
  'gula',
  'kelor',
  'keripik',
  'sei',
  'kemiri',
  'garam',
  'anyaman',
  'ikat',
  'arabika',
  'hutan',
  'lontar',
  'mete',
  'kakao',
  'vanili',
  'jagung',
  'rumput',
  'laut',
];
const REGENCIES = [
  'kupang',
  'ngada',
  'sikka',
  'ende',
  'alor',
  'belu',
  'malaka',
  'lembata',
  'manggarai',
  'sumba-timur',
];

const template = readFileSync(join(DIST, 'produk/kopi-arabika-golewa/index.html'), 'utf8');
const templateEn = readFileSync(join(DIST, 'en/produk/kopi-arabika-golewa/index.html'), 'utf8');

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
cpSync(join(DIST, 'cari'), join(OUT, 'cari'), { recursive: true });
cpSync(join(DIST, '_astro'), join(OUT, '_astro'), { recursive: true });
let t = performance.now();
for (let i = 0; i < N; i++) {
  const w = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length] as string;
  const name = `${w(0)} ${w(1)} desa ${i}`;
  const regency = REGENCIES[i % REGENCIES.length] as string;
  for (const [html, prefix] of [
    [template, ''],
    [templateEn, 'en/'],
  ] as const) {
    const page = html
      .replaceAll('Kopi Arabika Golewa', name)
      .replaceAll('Golewa Arabica Coffee', name)
      .replace('kabupaten:ngada', `kabupaten:${regency}`)
      .replace('data-pagefind-sort="price">55000<', `data-pagefind-sort="price">${10000 + i * 10}<`)
      .replace(
        'Di lereng Gunung Inerie',
        `${w(2)} ${w(3)} ${w(4)} nomor ${i}. Di lereng Gunung Inerie`,
      );
    const dir = join(OUT, prefix, 'produk', `p-${i}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), page);
  }
}
const writeS = (performance.now() - t) / 1000;

t = performance.now();
let added: { page_count: number };
try {
  const { index } = await pagefind.createIndex({});
  if (!index) throw new Error('pagefind did not start');
  added = await index.addDirectory({ path: OUT });
  await index.writeFiles({ outputPath: join(OUT, 'pagefind') });
} finally {
  await pagefind.close();
}
const indexS = (performance.now() - t) / 1000;

const { first, second } = await measureSearch(OUT, Number(values.width));

const result = {
  n: N,
  pages: added.page_count,
  writeS,
  indexS,
  indexBytes: dirSize(join(OUT, 'pagefind')),
  first,
  second,
};
console.log(`| products | pages indexed | index time (s) | index size (KB) | first search (KB gz / raw) | second search (KB gz / raw) |
| ---: | ---: | ---: | ---: | ---: | ---: |
| ${N} | ${result.pages} | ${indexS.toFixed(1)} | ${(result.indexBytes / 1024).toFixed(0)} | ${(first.gz / 1024).toFixed(1)} / ${(first.raw / 1024).toFixed(1)} | ${(second.gz / 1024).toFixed(1)} / ${(second.raw / 1024).toFixed(1)} |`);
mkdirSync('bench-results', { recursive: true });
writeFileSync(
  join('bench-results', `search-${N}-${Date.now()}.json`),
  JSON.stringify(result, null, 2),
);
rmSync(OUT, { recursive: true, force: true });
