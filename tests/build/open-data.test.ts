/**
 * Open data in dist/: products.json validates against its own schema, has one entry per active
 * product and the dashboard's counts; products.csv parses back into the same rows; the Atom
 * feed is well-formed, lists the newest products, and every page links to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import sax from 'sax';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { newestFirst } from '../../src/lib/catalogue/catalogue.ts';
import { CSV_HEADER, csvRecord } from '../../src/lib/open-data/csv.ts';
import { FEED_SIZE } from '../../src/lib/open-data/feed.ts';
import type { OpenDataDocument } from '../../src/lib/open-data/schema.ts';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { builtSite } from '../helpers/origin.ts';

const ORIGIN = builtSite().origin;
let active: CheckedProduct[];
let doc: OpenDataDocument;

beforeAll(async () => {
  const { products } = (await runContentCheck(join(ROOT, 'content'), ROOT)).result;
  active = products.filter((p) => !p.data.retired);
  doc = JSON.parse(readDist('data/products.json')) as OpenDataDocument;
});

/** `{ key: count }` from elements carrying `attr="key"` and `data-count`. */
function countsIn(html: string, attr: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of html.matchAll(new RegExp(`\\s${attr}="([^"]+)" data-count="(\\d+)"`, 'g'))) {
    out[m[1] as string] = Number(m[2]);
  }
  return out;
}

function tally(keys: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
}

describe('/data/products.json', () => {
  it('validates against its own JSON Schema (/data/products.schema.json)', () => {
    const schema = JSON.parse(readDist('data/products.schema.json')) as Record<string, unknown>;
    expect(schema['$id']).toBe(`${ORIGIN}/data/products.schema.json`);
    const validate = new Ajv2020({ strict: true, allErrors: true, validateFormats: false }).compile(
      schema,
    );
    const valid = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has one entry per active product, with licence, source and build date', () => {
    expect(doc.count).toBe(active.length);
    expect(doc.products.map((p) => p.slug).sort()).toEqual(active.map((p) => p.slug).sort());
    expect(doc.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.licence.content.name).toBe('CC BY 4.0');
    expect(doc.licence.areaData.name).toBe('ODbL 1.0');
    expect(doc.source.schema).toBe(`${ORIGIN}/data/products.schema.json`);
  });

  it('carries the content values: codes, names, WhatsApp, certificates, links that resolve', () => {
    const bySlug = new Map(doc.products.map((p) => [p.slug, p]));
    for (const c of active) {
      const p = bySlug.get(c.slug);
      expect(p, c.slug).toBeDefined();
      expect(p?.village.code).toBe(c.data.village.code);
      expect(p?.regency.code).toBe(c.data.village.regency.code);
      expect(p?.name.id).toBe(c.data.name.id);
      expect(p?.producer.whatsappUrl).toBe(`https://wa.me/${c.data.producer.whatsapp.slice(1)}`);
      expect(p?.certifications.halal?.number ?? null).toBe(
        c.data.certifications.halal?.number ?? null,
      );
      expect(p?.programme.checklist).toEqual(c.data.programme.checklist);
      expect(p?.shortUrl).toBe(c.data.qr ? `${ORIGIN}/p/${c.data.qr}/` : null);
      // Page and image URLs point at files that exist in dist/.
      for (const url of [p?.urls.id, p?.urls.en, p?.image]) {
        const path = new URL(url ?? 'invalid:').pathname;
        expect(() =>
          readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path)),
        ).not.toThrow();
      }
    }
  });

  it.each([['program/index.html'], ['en/program/index.html']])(
    'has the same counts per stage and per regency as the dashboard (%s)',
    (file) => {
      const html = readDist(file);
      const stages = countsIn(html, 'data-stage');
      expect(stages).toEqual(tally(doc.products.map((p) => p.programme.stage)));
      expect(stages).toEqual(tally(active.map((p) => p.data.programme.stage)));
      const regencies = Object.fromEntries(
        Object.entries(countsIn(html, 'data-regency')).filter(([, n]) => n > 0),
      );
      expect(regencies).toEqual(tally(doc.products.map((p) => p.regency.code)));
      // Every NTT regency has a row, even one without products.
      expect(Object.keys(countsIn(html, 'data-regency'))).toHaveLength(22);
    },
  );
});

describe('/data/products.csv', () => {
  const raw = () => readFileSync(join(DIST, 'data/products.csv'));

  it('is UTF-8 with a byte-order mark', () => {
    expect(raw().subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('parses back with a CSV parser into the same rows and values as the JSON', () => {
    const records = parse<Record<string, string>>(raw(), { bom: true, columns: true });
    const header = parse(raw(), { bom: true, to_line: 1 });
    expect(header[0]).toEqual([...CSV_HEADER]);
    expect(records).toEqual(doc.products.map(csvRecord));
    // Indonesian text survives the round trip (apostrophes, dashes, non-ASCII).
    expect(records.map((r) => r['name.id'])).toEqual(doc.products.map((p) => p.name.id));
  });
});

describe('/feed.xml', () => {
  const xml = () => readDist('feed.xml');

  it('is well-formed Atom', () => {
    const names: string[] = [];
    const parser = sax.parser(true, { xmlns: true });
    parser.onerror = (error) => {
      throw error;
    };
    parser.onopentag = (tag) => {
      if ('uri' in tag && tag.uri === 'http://www.w3.org/2005/Atom') names.push(tag.local);
    };
    parser.write(xml()).close();
    expect(names[0]).toBe('feed');
    expect(names).toContain('updated');
  });

  it('lists the newest products first, with absolute links', () => {
    const ids = [...xml().matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    const newest = newestFirst(active.map((p) => ({ ...p, id: p.slug }))).slice(0, FEED_SIZE);
    expect(ids).toEqual(newest.map((p) => `${ORIGIN}/produk/${p.id}/`));
  });

  it('is linked from the head of every page (redirect stubs aside)', () => {
    const link = new RegExp(
      `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${ORIGIN}/feed\\.xml">`,
    );
    const pages = htmlFiles().filter((f) => !readDist(f).includes('http-equiv="refresh"'));
    expect(pages.length).toBeGreaterThan(100);
    expect(pages.filter((f) => !link.test(readDist(f)))).toEqual([]);
  });
});

describe('/program/ and /data/ pages', () => {
  it.each(['program/index.html', 'en/program/index.html', 'data/index.html', 'en/data/index.html'])(
    '%s has no client script and shows the build date',
    (file) => {
      const html = readDist(file);
      expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
      expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}" data-build-date>/);
    },
  );

  it('data pages link the files and name both licences', () => {
    for (const file of ['data/index.html', 'en/data/index.html']) {
      const html = readDist(file);
      for (const href of [
        '/data/products.json',
        '/data/products.schema.json',
        '/data/products.csv',
        '/feed.xml',
      ]) {
        expect(html, file).toContain(`href="${href}"`);
      }
      expect(html).toContain('CC BY 4.0');
      expect(html).toContain('ODbL');
      expect(html).toContain('idn-area-data');
    }
  });
});
