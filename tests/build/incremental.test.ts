/**
 * Incremental rebuilds (astro.config.mjs `experimental.incrementalBuild`, keys in
 * src/lib/views/page-keys.ts) on fixture content: a rebuild copies unchanged product, label and QR
 * pages from the previous build, and every edit an editor makes — a name shown on another
 * product's page, a story, a photo replaced under the same file name, a certificate that expires
 * — renders the pages that show it again. At the end the output equals a full build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakProduct, fixtureCode, makeContentDir } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

let content: string;
let work: string;
// One output folder for every incremental build (Astro's code hashes depend on it).
const out = () => join(work, 'dist');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-incremental-'));
  const named = (name: string) => breakProduct('id: Madu Hutan Uji', `id: ${name}`);
  // Same regency and category: each is a related product on the others' pages.
  content = await makeContentDir({
    'madu-a': { source: named('Madu Satu') },
    'madu-b': { source: named('Madu Dua') },
    'madu-c': { source: named('Madu Tiga') },
  });
}, 60_000);
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

/** Builds; returns the paths Astro copied from the previous build (`rendered`: the others). */
function build(
  env: Record<string, string> = {},
  args: string[] = [],
  dir = out(),
): Set<string> & { rendered: string[]; log: string } {
  const r = npmRun('build', args, {
    env: { CONTENT_DIR: content, ETALASE_OUT_DIR: dir, BUILD_DATE: '2026-11-29', ...env },
  });
  expect(r.status, r.stderr.slice(-3000)).toBe(0);
  // `├─ <path> (restored)` is logged in one go; a rendered page's time comes later, and with
  // several pages in flight (build.concurrency) other entries can come between.
  // Colours off: Astro colours its log when the environment asks for it (FORCE_COLOR in CI).
  const entries = stripVTControlCharacters(r.stdout)
    .split('├─ ')
    .slice(1)
    .map((chunk) => {
      const path = /^(\S+?)(?=\d\d:\d\d:\d\d|\s|$)/.exec(chunk)?.[1] ?? '';
      return { path, restored: chunk.startsWith(`${path} (restored)`) };
    });
  const restored = entries.filter((e) => e.restored).map((e) => e.path);
  const rendered = entries.filter((e) => !e.restored).map((e) => e.path);
  return Object.assign(new Set(restored), { rendered, log: stripVTControlCharacters(r.stdout) });
}

/** Pages with a cache key: everything that lists or shows products. */
const KEYED =
  /^\/(?:en\/)?(?:produk|kabupaten|kategori|pulau)\/|^\/(?:en\/)?acara\/[^/]+\/|^\/label\/[^/]+\/|^\/qr\//;

const page = (path: string, dir = out()) => readFileSync(join(dir, path), 'utf8');
const productPage = (slug: string, dir?: string) => page(`produk/${slug}/index.html`, dir);
const edit = (slug: string, from: string, to: string) => {
  const file = join(content, 'products', slug, 'index.md');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found: ${from}`);
  writeFileSync(file, text.replace(from, to));
};

/** Every file of a folder with a hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) =>
    d.isFile(),
  );
  return Object.fromEntries(
    files.map((d) => {
      const path = join(d.parentPath, d.name);
      return [
        path.slice(dir.length),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ];
    }),
  );
}

describe('incremental rebuilds', () => {
  it('a rebuild without changes copies product, label and QR pages and renders the same bytes', () => {
    expect(build().size).toBe(0); // nothing to reuse yet
    const first = tree(out());
    const restored = build();
    const code = fixtureCode(0);
    for (const path of [
      '/produk/madu-a/index.html',
      '/en/produk/madu-a/index.html',
      `/label/${code}/index.html`,
      `/qr/${code}.svg/`,
      `/qr/${code}.png/`,
    ]) {
      expect(restored, path).toContain(path);
    }
    // Every keyed page was copied, and only pages without products (home, search…) rendered.
    expect(restored.rendered.filter((p) => KEYED.test(p))).toEqual([]);
    expect(restored.rendered).toContain('/index.html');
    expect([...restored].every((p) => KEYED.test(p))).toBe(true);
    // Pagefind reads the same bytes as last time: its index is reused, not made again.
    expect(restored.log).toMatch(/search index: \d+ files unchanged, index reused/);
    expect(tree(out())).toEqual(first);
  }, 300_000);

  it('renders again the pages that show an edited name or story, and only those', () => {
    edit('madu-b', 'id: Madu Dua', 'id: Madu Dua Baru');
    edit('madu-c', 'Cerita uji.', 'Cerita baru tentang lebah hutan.');
    const restored = build();
    const regency = /href="\/kabupaten\/([a-z-]+)\/"/.exec(productPage('madu-a'))?.[1];
    expect(regency).toBeDefined();
    // B's own pages and label, A's page (its related products show B's name), and the lists.
    const showingB = [
      '/produk/madu-b/index.html',
      `/label/${fixtureCode(1)}/index.html`,
      '/produk/madu-a/index.html',
      '/produk/madu-c/index.html',
      '/produk/index.html',
      '/en/produk/index.html',
      `/kabupaten/${regency}/index.html`,
      '/kategori/madu/index.html',
      // The fixture's villages are in Sumba Timur (53.11): the Sumba island page lists B.
      '/pulau/sumba/index.html',
    ];
    for (const path of showingB) {
      expect(restored, path).not.toContain(path);
      // (English pages show the English name, which did not change.)
      if (!/^\/(en|label)\//.test(path)) expect(page(path), path).toContain('Madu Dua Baru');
    }
    // Other regencies and categories do not list B.
    expect(restored).toContain('/kategori/kopi/index.html');
    expect(restored).toContain('/kabupaten/kota-kupang/index.html');
    expect(restored).toContain('/pulau/timor/index.html');
    expect(productPage('madu-b')).toContain('Madu Dua Baru');
    expect(productPage('madu-c')).toContain('Cerita baru tentang lebah hutan.');
    expect(restored.log).not.toMatch(/index reused/);
    expect(restored.log).toMatch(/search index: \d+ pages in/);
    // Unchanged: A's label and QR files.
    expect(restored).toContain(`/label/${fixtureCode(0)}/index.html`);
    expect(restored).toContain(`/qr/${fixtureCode(1)}.png/`);
  }, 300_000);

  it('a photo replaced under the same file name gets new image files on every page showing it', async () => {
    const before = /src="(\/_astro\/hero[^"]+)"/.exec(productPage('madu-a'))?.[1];
    await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#1f6f43' } })
      .jpeg({ quality: 60 })
      .toFile(join(content, 'products/madu-a/hero.jpg'));
    const restored = build();
    expect(restored).not.toContain('/produk/madu-a/index.html');
    expect(restored).not.toContain('/produk/madu-b/index.html'); // shows A's photo on its card
    const after = /src="(\/_astro\/hero[^"]+)"/.exec(productPage('madu-a'))?.[1];
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    for (const src of productPage('madu-b').matchAll(/(\/_astro\/[^"\s,]+\.(?:avif|webp))/g)) {
      expect(() => readFileSync(join(out(), src[1] as string)), src[1]).not.toThrow();
    }
  }, 300_000);

  it('a certificate that expires by the build date is shown expired, not restored as valid', () => {
    expect(productPage('madu-a')).toMatch(/data-cert="halal" data-status="valid"/);
    // The fixture's Halal certificate expires on 2029-01-01.
    const restored = build({ BUILD_DATE: '2029-01-02' });
    expect(restored).not.toContain('/produk/madu-a/index.html');
    expect(productPage('madu-a')).toMatch(/data-cert="halal" data-status="expired"/);
  }, 300_000);

  it('an event moves to the past on the day after it ends: the pages showing it render again, no edit', () => {
    // A market day showing product A, ending on 5 January 2029 (WITA).
    mkdirSync(join(content, 'acara'), { recursive: true });
    writeFileSync(
      join(content, 'acara', 'pasar-uji.md'),
      [
        '---',
        'sample: true',
        'title: Pasar Uji',
        'description: Acara untuk pengujian.',
        "start: '2029-01-04 08:00'",
        "end: '2029-01-05 17:00'",
        'place:',
        '  venue: Lapangan Uji',
        '  address: Jl. Uji No. 1',
        "  regency: '53.11'",
        'products:',
        `  - '${fixtureCode(0)}'`,
        '---',
        '',
      ].join('\n'),
    );
    build({ BUILD_DATE: '2029-01-05' });
    expect(productPage('madu-a')).toContain('data-meet-at');
    expect(productPage('madu-b')).not.toContain('data-meet-at');
    expect(page('acara/pasar-uji/index.html')).toContain('data-status="ongoing"');
    // The next day: only the build date changed.
    const restored = build({ BUILD_DATE: '2029-01-06' });
    for (const path of [
      '/produk/madu-a/index.html',
      '/en/produk/madu-a/index.html',
      '/acara/pasar-uji/index.html',
      '/en/acara/pasar-uji/index.html',
    ]) {
      expect(restored, path).not.toContain(path);
    }
    expect(productPage('madu-a')).not.toContain('data-meet-at');
    expect(page('acara/pasar-uji/index.html')).toContain('data-status="past"');
    expect(page('acara/index.html')).toMatch(/data-events="past"[^]*data-event="pasar-uji"/);
    // Pages that do not show the event are copied.
    expect(restored).toContain('/produk/madu-b/index.html');
    expect(restored).toContain('/kategori/madu/index.html');
  }, 180_000);

  it('the incremental output equals a full build of the same content', () => {
    // After all the edits above, a rebuild that copies every page it can…
    const restored = build({ BUILD_DATE: '2029-01-06' });
    expect(restored.rendered.filter((p) => KEYED.test(p))).toEqual([]);
    expect(restored).toContain('/produk/madu-a/index.html');
    expect(restored.rendered).toContain('/index.html');
    expect(restored.log).toMatch(/index reused/);
    // …and a full build (--force: no previous build is read, every page is rendered; without
    // the kept search index, Pagefind indexes every page again).
    rmSync(join(content, '.astro-cache', 'etalase-pagefind'), { recursive: true });
    const full = join(work, 'full');
    expect(build({ BUILD_DATE: '2029-01-06' }, ['--force'], full).size).toBe(0);
    expect(tree(out())).toEqual(tree(full));
  }, 180_000);
});
