import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  catalogueUrl,
  categoryUrl,
  dataFileUrl,
  dataUrl,
  feedUrl,
  homeUrl,
  infoPageUrl,
  islandUrl,
  officeUrl,
  localizedPath,
  printCatalogueUrl,
  productUrl,
  programmeUrl,
  regencyUrl,
  searchUrl,
  shortLinkUrl,
  splitLocale,
} from '../../src/lib/urls.ts';

describe('URL contract (docs/architecture.md) — these shapes are printed on packaging', () => {
  it.each([
    [homeUrl('id'), '/'],
    [homeUrl('en'), '/en/'],
    [catalogueUrl('id'), '/produk/'],
    [catalogueUrl('en', 2), '/en/produk/2/'],
    [catalogueUrl('id', 1), '/produk/'],
    [productUrl('kopi-bajawa', 'id'), '/produk/kopi-bajawa/'],
    [productUrl('kopi-bajawa', 'en'), '/en/produk/kopi-bajawa/'],
    [regencyUrl('ngada', 'id'), '/kabupaten/ngada/'],
    [categoryUrl('kopi', 'en'), '/en/kategori/kopi/'],
    [islandUrl('flores', 'id'), '/pulau/flores/'],
    [islandUrl('alor-pantar', 'en'), '/en/pulau/alor-pantar/'],
    [searchUrl('id'), '/cari/'],
    [programmeUrl('en'), '/en/program/'],
    [shortLinkUrl('7K3M'), '/p/7K3M/'],
    [dataUrl('id'), '/data/'],
    [dataUrl('en'), '/en/data/'],
    [dataFileUrl('json'), '/data/products.json'],
    [dataFileUrl('schema'), '/data/products.schema.json'],
    [dataFileUrl('csv'), '/data/products.csv'],
    [feedUrl(), '/feed.xml'],
    [printCatalogueUrl('id'), '/katalog-cetak/'],
    [printCatalogueUrl('en'), '/en/katalog-cetak/'],
    [officeUrl('id'), '/instansi/'],
    [officeUrl('en'), '/en/instansi/'],
    [infoPageUrl('belanja-instansi', 'id'), '/belanja-instansi/'],
    [infoPageUrl('belanja-instansi', 'en'), '/en/belanja-instansi/'],
    [dataFileUrl('priceList'), '/data/daftar-harga.xlsx'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('escapes characters that are not safe in a path segment', () => {
    expect(productUrl('a b', 'id')).toBe('/produk/a%20b/');
  });
});

describe('language switching', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/en/', 'id', '/'],
    ['/en', 'id', '/'],
    ['/produk/x/', 'en', '/en/produk/x/'],
    ['/en/produk/x/', 'id', '/produk/x/'],
    ['/en/produk/x/', 'en', '/en/produk/x/'],
    ['/english-tea/', 'id', '/english-tea/'],
  ] as const)('%s -> %s is %s', (path, to, expected) => {
    expect(localizedPath(path, to)).toBe(expected);
  });

  it('does not mistake a path that merely starts with "en" for English', () => {
    expect(splitLocale('/enak/')).toEqual({ locale: 'id', rest: '/enak/' });
  });
});

describe('absoluteUrl', () => {
  it('joins origin and path without double slashes', () => {
    expect(absoluteUrl('/produk/', 'https://a.example/')).toBe('https://a.example/produk/');
    expect(absoluteUrl('/produk/', 'https://a.example')).toBe('https://a.example/produk/');
  });
});
