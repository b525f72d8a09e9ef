/** The Pagefind index: product pages only, one index per language, search code only on /cari/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { DIST } from '../helpers/paths.ts';

describe('search index', () => {
  it('has one index per language with exactly the active product pages', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const productPages = (locale: 'id' | 'en') =>
      htmlFiles().filter((f) =>
        new RegExp(`^${locale === 'en' ? 'en/' : ''}produk/[a-z][^/]*/index.html$`).test(f),
      ).length;
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'id']);
    expect(entry.languages['id']?.page_count).toBe(productPages('id'));
    expect(entry.languages['en']?.page_count).toBe(productPages('en'));
  });

  it('marks only product pages for indexing, never their QR or GS1 copies', () => {
    for (const file of htmlFiles()) {
      const indexed = readDist(file).includes('data-pagefind-body');
      expect(indexed, file).toBe(/^(en\/)?produk\/[a-z][^/]*\/index\.html$/.test(file));
    }
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
