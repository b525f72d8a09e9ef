/**
 * Share cards, icons and the manifest in the built site: every page names a 1200 × 630 JPEG
 * card (at most 300 KB) with absolute URLs on the configured origin, size and alt tags, the
 * card exists, and the bundled font can draw every character the cards show.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { CARD_FONTS, SHARE_CARD } from '../../src/lib/share-cards/draw.ts';
import { resolveSite } from '../../src/lib/config/site.ts';
import { cacheDirFor } from '../../src/lib/build/content-dir.ts';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { missingGlyphs } from '../helpers/glyphs.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { SITE_CACHE } from '../helpers/run.ts';

const ORIGIN = resolveSite(process.env['SITE_URL']).origin;

const meta = (html: string, key: string): string | undefined =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Pages people share: every HTML page except redirect stubs. */
const pages = htmlFiles().filter((f) => !readDist(f).includes('http-equiv="refresh"'));

function cardFiles(dir = join(DIST, 'og')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? cardFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

describe('share cards', () => {
  it('every page has og:image (+ type, width, height, alt) and a large Twitter card on the configured origin', () => {
    expect(pages.length).toBeGreaterThan(100);
    for (const file of pages) {
      const html = readDist(file);
      const image = meta(html, 'og:image');
      expect(image, file).toMatch(new RegExp(`^${ORIGIN.replace(/\./g, '\\.')}/og/.+\\.jpg$`));
      expect(meta(html, 'og:image:width'), file).toBe(String(SHARE_CARD.width));
      expect(meta(html, 'og:image:height'), file).toBe(String(SHARE_CARD.height));
      expect(meta(html, 'og:image:type'), file).toBe('image/jpeg');
      expect(meta(html, 'og:image:alt')?.length ?? 0, file).toBeGreaterThan(10);
      expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
      expect(meta(html, 'twitter:image'), file).toBe(image);
      const path = new URL(image ?? '').pathname;
      expect(existsSync(join(DIST, path)), `${file} -> ${path}`).toBe(true);
    }
  });

  it('products, regencies, categories, catalogue, programme and home have their own card', () => {
    const own = {
      'produk/kopi-arabika-golewa/index.html': '/og/produk/kopi-arabika-golewa.jpg',
      'en/produk/kopi-arabika-golewa/index.html': '/og/en/produk/kopi-arabika-golewa.jpg',
      'P/RM7B/index.html': '/og/produk/kopi-arabika-golewa.jpg',
      'kabupaten/ngada/index.html': '/og/kabupaten/ngada.jpg',
      'kategori/kopi/index.html': '/og/kategori/kopi.jpg',
      'produk/index.html': '/og/produk.jpg',
      'program/index.html': '/og/program.jpg',
      'index.html': '/og/index.jpg',
      'en/index.html': '/og/en.jpg',
    };
    for (const [file, card] of Object.entries(own)) {
      expect(meta(readDist(file), 'og:image'), file).toBe(`${ORIGIN}${card}`);
    }
  });

  it('every card is a 1200 × 630 JPEG of at most 300 KB', async () => {
    const files = cardFiles();
    const products = readdirSync(join(ROOT, 'content/products')).length;
    // Both languages: products, 22 regencies, the categories, home, catalogue, programme.
    const categories = (
      readFileSync(join(ROOT, 'content/categories.yaml'), 'utf8').match(/^- id:/gm) ?? []
    ).length;
    expect(files.length).toBe(2 * (products + 22 + categories + 3));
    const sizes: number[] = [];
    for (const file of files) {
      const m = await sharp(file).metadata();
      expect(m.format, file).toBe('jpeg');
      expect([m.width, m.height], file).toEqual([1200, 630]);
      const bytes = statSync(file).size;
      expect(bytes, file).toBeLessThanOrEqual(SHARE_CARD.maxBytes);
      sizes.push(bytes);
    }
    sizes.sort((a, b) => a - b);
    console.log(
      `[share-cards] ${files.length} cards, bytes min ${sizes[0]}, median ${sizes[sizes.length >> 1]}, max ${sizes.at(-1)}`,
    );
  });

  it('the bundled font draws every character of every card (no missing-glyph boxes)', () => {
    let text = '';
    for (const locale of ['id', 'en'] as const) {
      text += t(locale, 'site.campaign') + t(locale, 'site.name') + t(locale, 'share.sampleBadge');
    }
    for (const file of pages) {
      const html = readDist(file);
      text += unescape(`${meta(html, 'og:image:alt') ?? ''} ${meta(html, 'og:title') ?? ''}`);
    }
    for (const font of Object.values(CARD_FONTS)) expect(missingGlyphs(font, text)).toEqual([]);
  });

  it('are kept in the build cache, so a rebuild does not draw them again', () => {
    // The cache of the build the tests read (tests/global-setup.ts), or, with
    // ETALASE_SKIP_BUILD, the repository's.
    const cache = join(
      existsSync(SITE_CACHE)
        ? SITE_CACHE
        : join(ROOT, cacheDirFor(process.env['CONTENT_DIR'] ?? 'content')),
      'etalase-share-cards',
    );
    const entries = existsSync(cache)
      ? cardFiles(cache).filter((f) => !f.endsWith('.partial'))
      : [];
    expect(entries.length, relative(ROOT, cache)).toBeGreaterThanOrEqual(cardFiles().length);
  });
});

describe('WhatsApp share link, icons and manifest', () => {
  it('product pages link "Bagikan ke WhatsApp" with the name and the page URL, without script', () => {
    const html = readDist('produk/kopi-arabika-golewa/index.html');
    const href = /<a class="share-wa" href="([^"]+)"/.exec(html)?.[1] ?? '';
    const url = new URL(unescape(href));
    expect(url.origin + url.pathname).toBe('https://wa.me/');
    expect(url.searchParams.get('text')).toContain('Kopi Arabika Golewa');
    expect(url.searchParams.get('text')).toContain(`${ORIGIN}/produk/kopi-arabika-golewa/`);
    expect(html).toContain('>Bagikan ke WhatsApp</a>');
  });

  it('has PNG icons of 192, 512 and 180 (opaque) px and a manifest that names them', async () => {
    for (const [file, size] of [
      ['icon-192.png', 192],
      ['icon-512.png', 512],
      ['apple-touch-icon.png', 180],
    ] as const) {
      const m = await sharp(join(DIST, file)).metadata();
      expect([m.format, m.width, m.height], file).toEqual(['png', size, size]);
    }
    expect((await sharp(join(DIST, 'apple-touch-icon.png')).metadata()).hasAlpha).toBe(false);
    const manifest = JSON.parse(readDist('manifest.webmanifest')) as {
      name: string;
      start_url: string;
      icons: { src: string }[];
    };
    expect(manifest.name).toBe('Etalase OVOP NTT');
    for (const icon of manifest.icons) expect(existsSync(join(DIST, icon.src))).toBe(true);
    const home = readDist('index.html');
    expect(home).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    expect(home).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
  });
});
