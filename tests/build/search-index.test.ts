/** The Pagefind index: product pages only, one index per language, search code only on /cari/. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/lib/links/landings.ts';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

describe('search index', () => {
  it('has one index per language with exactly the active product pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    // Active product pages: a retired product keeps its page, without the search mark.
    const productPages = (locale: 'id' | 'en') =>
      htmlFiles().filter(
        (f) =>
          new RegExp(`^${locale === 'en' ? 'en/' : ''}produk/[a-z][^/]*/index.html$`).test(f) &&
          !readDist(f).includes('data-retired'),
      ).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    expect(entry.languages['id']?.page_count).toBe(productPages('id'));
    expect(entry.languages['en']?.page_count).toBe(productPages('en'));
  });

  it('marks product pages for indexing; only their exact QR/GS1 copies carry the mark too', () => {
    let copies = 0;
    for (const file of htmlFiles()) {
      const html = readDist(file);
      if (!html.includes('data-pagefind-body')) continue;
      if (/^(en\/)?produk\/[a-z][^/]*\/index\.html$/.test(file)) continue;
      // Anything else marked must be a landing that is byte-for-byte its product page (the
      // indexer reads product pages only; the page counts above prove the copies stay out).
      expect(file).toMatch(/^(p|P|01)\//);
      const canonical = /<link rel="canonical" href="https:\/\/[^/"]+(\/produk\/[^/"]+\/)">/.exec(
        html,
      );
      expect(canonical, file).not.toBeNull();
      expect(html === readDist(pageFile(canonical?.[1] ?? '')), file).toBe(true);
      copies++;
    }
    expect(copies).toBeGreaterThan(0);
  });

  it('keeps result data out of the indexed text: meta and sort values come from attributes', () => {
    const dir = join(DIST, 'pagefind/fragment');
    const fragments = readdirSync(dir).map(
      (f) =>
        JSON.parse(
          gunzipSync(readFileSync(join(dir, f)))
            .toString('utf8')
            .replace(/^pagefind_dcd/, ''),
        ) as { url: string; content: string; meta: Record<string, string> },
    );
    const kopi = fragments.find((f) => f.url === '/produk/kopi-arabika-golewa/');
    expect(kopi?.meta).toMatchObject({
      title: 'Kopi Arabika Golewa',
      price: 'Rp 55.000 – Rp 95.000',
      place: 'Were I, Ngada',
    });
    expect(kopi?.meta['image']).toMatch(/^\/_astro\/.+\.webp$/);
    // The sort key (a bare number) and the meta values are not words of the page.
    expect(kopi?.content).not.toMatch(/\b55000\b/);
    expect(kopi?.content.startsWith('Rp')).toBe(false);
  });

  it('loads search code on the search pages only', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      const hasModule = /<script type="module"/.test(html);
      expect(hasModule, file).toBe(/^(en\/)?cari\/index\.html$/.test(file));
    }
  });

  it('adds synonyms to the index without showing them', () => {
    const sei = readDist('produk/sei-sapi-oesapa/index.html');
    expect(sei).toMatch(/<div hidden[^>]*>[^]*?<span>[^<]*smoked meat[^<]*<\/span>/);
  });
});
