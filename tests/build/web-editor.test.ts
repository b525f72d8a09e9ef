/**
 * /admin/ in the built site: served from this site only (no CDN), its configuration generated,
 * kept out of robots, the sitemap and the search index.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readVillageList } from '../../src/lib/cms/village-list.ts';
import { readDist } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

describe('web editor in the build', () => {
  const html = readDist('admin/index.html');

  it('is a noindex page whose scripts all come from this site, under its own policy', () => {
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'wasm-unsafe-eval';/,
    );
    const scripts = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toContain('data-pagefind-body');
  });

  it('ships the CMS and its fonts without any CDN address for them', () => {
    const astro = join(DIST, '_astro');
    const js = readdirSync(astro).filter((f) => f.endsWith('.js'));
    const cms = js
      .map((f) => readFileSync(join(astro, f), 'utf8'))
      .find((t) => t.includes('Sveltia CMS'));
    expect(cms).toBeDefined();
    expect(cms).not.toContain('cdn.jsdelivr.net/fontsource');
    expect(readdirSync(astro).filter((f) => f.endsWith('.woff2')).length).toBeGreaterThanOrEqual(3);
    // No per-language grammar files: code highlighting is not part of the editor.
    expect(js.filter((f) => /^(cpp|emacs-lisp|wolfram)\./.test(f))).toEqual([]);
  });

  it('serves a configuration generated from the product schema', () => {
    const config = parse(readDist('admin/config.yml')) as {
      collections: { folder: string; fields: { name: string }[] }[];
    };
    const products = config.collections[0];
    expect(products?.folder).toBe('content/products');
    expect(products?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'name',
        'village',
        'producer',
        'offer',
        'programme',
        'hero',
        'gallery',
        'body',
      ]),
    );
  });

  it('keeps the 3,442 villages out of the configuration, in a list of their own read by the village field', () => {
    const text = readDist('admin/config.yml');
    const config = parse(text) as { collections: { fields: Record<string, unknown>[] }[] };
    const village = config.collections[0]?.fields.find((f) => f['name'] === 'village');
    expect(village).toMatchObject({ widget: 'ntt-village' });
    expect(village).not.toHaveProperty('options');
    // Was 374 kB with the villages inside.
    expect(text.length).toBeLessThan(60_000);
    const list = readVillageList(JSON.parse(readDist('admin/villages.json')));
    expect(list).toHaveLength(3442);
    expect(list).toContainEqual(
      expect.objectContaining({
        code: '53.09.12.2002',
        label: 'Tiworiwu — Kec. Jerebuu, Kabupaten Ngada',
      }),
    );
  });

  it('is disallowed in robots.txt and absent from the sitemap and the search index', () => {
    expect(readDist('robots.txt')).toMatch(/^Disallow: \/admin\/$/m);
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const s of sitemaps) expect(readDist(s)).not.toContain('/admin/');
    const fragments = join(DIST, 'pagefind/fragment');
    expect(existsSync(fragments)).toBe(true);
    for (const f of readdirSync(fragments)) {
      expect(gunzipSync(readFileSync(join(fragments, f))).toString('utf8')).not.toContain(
        '/admin/',
      );
    }
  });
});
