import { describe, expect, it } from 'vitest';
import { GS1_PRIMARY_KEY, GS1_QUALIFIERS, resolverDescription } from '../../src/lib/links/gs1.ts';
import { alternatesFor, pageTitle } from '../../src/lib/views/seo.ts';
import { sitemapFilter } from '../../src/lib/links/sitemap-filter.ts';
import { digitalLinkUrl } from '../../src/lib/links/urls.ts';

const ORIGIN = 'https://produk.nttprov.go.id';

describe('gs1', () => {
  it('serves GS1 key 01 at /01/<GTIN-14>/', () => {
    expect(GS1_PRIMARY_KEY).toBe('01');
    expect(digitalLinkUrl('02000000000107')).toBe('/01/02000000000107/');
  });

  it('describes the resolver at the site origin, with the product page as default link', () => {
    const d = resolverDescription(ORIGIN, 'Etalase');
    expect(d['resolverRoot']).toBe(ORIGIN);
    expect(d['supportedPrimaryKeys']).toEqual(['01']);
    expect(d['defaultLinkType']).toBe('gs1:pip');
  });

  it('knows the qualifiers a scanned Digital Link may carry (lot, serial, CPV)', () => {
    expect([...GS1_QUALIFIERS].sort()).toEqual(['10', '21', '22']);
  });
});

describe('seo', () => {
  it('lists the page in every language plus x-default (Indonesian)', () => {
    expect(alternatesFor('/en/produk/kopi/', ORIGIN)).toEqual([
      { hreflang: 'id-ID', href: `${ORIGIN}/produk/kopi/` },
      { hreflang: 'en', href: `${ORIGIN}/en/produk/kopi/` },
      { hreflang: 'x-default', href: `${ORIGIN}/produk/kopi/` },
    ]);
    expect(alternatesFor('/', ORIGIN).map((a) => a.href)).toEqual([
      `${ORIGIN}/`,
      `${ORIGIN}/en/`,
      `${ORIGIN}/`,
    ]);
  });

  it('adds the site name to a title once', () => {
    expect(pageTitle('Kopi Bajawa', 'Etalase OVOP NTT')).toBe('Kopi Bajawa · Etalase OVOP NTT');
    expect(pageTitle('Etalase OVOP NTT', 'Etalase OVOP NTT')).toBe('Etalase OVOP NTT');
  });
});

describe('sitemapFilter', () => {
  const keep = sitemapFilter(new Set(['kopi-lama']));
  const url = (path: string) => `${ORIGIN}${path}`;

  it('keeps the catalogue pages in both languages', () => {
    for (const path of [
      '/',
      '/en/',
      '/produk/',
      '/produk/2/',
      '/produk/kopi/',
      '/en/produk/kopi/',
      '/kabupaten/ngada/',
      '/data/',
    ]) {
      expect(keep(url(path)), path).toBe(true);
    }
  });

  it('leaves out short links, GS1 links, labels, QR files and the 404 page', () => {
    for (const path of [
      '/p/7K3M/',
      '/P/7K3M/',
      '/01/02000000000107/',
      '/label/',
      '/label/7K3M/',
      '/qr/7K3M.svg',
      '/404/',
      '/404',
    ]) {
      expect(keep(url(path)), path).toBe(false);
    }
  });

  it('leaves out retired products in both languages, and only their pages', () => {
    expect(keep(url('/produk/kopi-lama/'))).toBe(false);
    expect(keep(url('/en/produk/kopi-lama/'))).toBe(false);
    expect(keep(url('/kategori/kopi-lama/'))).toBe(true);
    expect(keep(url('/produk/kopi-lama-baru/'))).toBe(true);
  });
});
