import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as urls from '../../src/lib/links/urls.ts';
import {
  absoluteUrl,
  importTemplateUrl,
  eventsUrl,
  eventUrl,
  eventsCalendarUrl,
  eventsDataUrl,
  orderPingUrl,
  adminUrl,
  catalogueUrl,
  categoryUrl,
  dataFileUrl,
  dataUrl,
  digitalLinkUrl,
  feedUrl,
  homeUrl,
  iconUrl,
  infoPageUrl,
  islandUrl,
  labelSheetUrl,
  labelUrl,
  localizedPath,
  manifestUrl,
  officeUrl,
  printCatalogueUrl,
  productFolders,
  productUrl,
  programmeUrl,
  qrFileName,
  qrFileUrl,
  regencyUrl,
  searchUrl,
  shareCardUrl,
  shortLinkUrl,
  splitLocale,
  touchIconUrl,
} from '../../src/lib/links/urls.ts';

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
    [importTemplateUrl(), '/data/templat-produk.xlsx'],
    [eventsUrl('id'), '/acara/'],
    [eventsUrl('en'), '/en/acara/'],
    [eventUrl('pasar-tani-kupang', 'id'), '/acara/pasar-tani-kupang/'],
    [eventUrl('pasar-tani-kupang', 'en'), '/en/acara/pasar-tani-kupang/'],
    [eventsCalendarUrl(), '/acara.ics'],
    [eventsDataUrl('json'), '/data/events.json'],
    [eventsDataUrl('csv'), '/data/events.csv'],
    [orderPingUrl('7K3M'), '/pesan/7K3M/'],
    [catalogueUrl('id', 2), '/produk/2/'],
    [regencyUrl('ngada', 'en'), '/en/kabupaten/ngada/'],
    [categoryUrl('kopi', 'id'), '/kategori/kopi/'],
    [searchUrl('en'), '/en/cari/'],
    [programmeUrl('id'), '/program/'],
    [infoPageUrl('tentang', 'id'), '/tentang/'],
    [infoPageUrl('privasi', 'en'), '/en/privasi/'],
    [infoPageUrl('aksesibilitas', 'id'), '/aksesibilitas/'],
    [shortLinkUrl('7K3M', 'P'), '/P/7K3M/'],
    [digitalLinkUrl('00200000000001'), '/01/00200000000001/'],
    [labelSheetUrl(), '/label/'],
    [labelUrl('7K3M'), '/label/7K3M/'],
    [qrFileUrl('7K3M', 'svg'), '/qr/7K3M.svg'],
    [qrFileUrl('7K3M', 'png'), '/qr/7K3M.png'],
    [qrFileName('7K3M', 'png'), '7K3M.png'],
    [adminUrl(), '/admin/'],
    [shareCardUrl('/'), '/og/index.jpg'],
    [shareCardUrl('/en/'), '/og/en.jpg'],
    [shareCardUrl('/produk/x/'), '/og/produk/x.jpg'],
    [shareCardUrl('/en/produk/x/'), '/og/en/produk/x.jpg'],
    [shareCardUrl('/produk/2/'), '/og/produk.jpg'],
    [shareCardUrl('/kabupaten/ngada/'), '/og/kabupaten/ngada.jpg'],
    [shareCardUrl('/kategori/kopi/'), '/og/kategori/kopi.jpg'],
    [shareCardUrl('/program/'), '/og/program.jpg'],
    [shareCardUrl('/en/cari/'), '/og/en.jpg'],
    [manifestUrl(), '/manifest.webmanifest'],
    [iconUrl(192), '/icon-192.png'],
    [iconUrl(512), '/icon-512.png'],
    [touchIconUrl(), '/apple-touch-icon.png'],
    [productFolders().join(' '), 'produk en/produk'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('pins every path builder of urls.ts in the table above', () => {
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const table = source.slice(0, source.indexOf("('%s is %s'"));
    const builders = Object.entries(urls)
      .filter(
        ([name, value]) => typeof value === 'function' && /(Url|FileName|Folders)$/.test(name),
      )
      .map(([name]) => name)
      .filter((name) => name !== 'absoluteUrl');
    expect(builders.filter((name) => !table.includes(`[${name}(`))).toEqual([]);
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
