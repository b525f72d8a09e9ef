import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'csv-parse/sync';
import sax from 'sax';
import { describe, expect, it } from 'vitest';
import type { Village } from '../../src/lib/places/areas.ts';
import { CSV_HEADER, csvRecord, LIST_SEPARATOR, productsCsv } from '../../src/lib/open-data/csv.ts';
import { atomFeed, type FeedEntry } from '../../src/lib/open-data/feed.ts';
import { productsJsonSchema } from '../../src/lib/open-data/json-schema.ts';
import {
  openDataDocument,
  toOpenDataProduct,
  type OpenDataInput,
} from '../../src/lib/open-data/row.ts';
import { openDataProductSchema, type OpenDataProduct } from '../../src/lib/open-data/schema.ts';
import { CHECKLIST_AREAS } from '../../src/schemas/product.ts';

const ORIGIN = 'https://ovop.example';
const today = new Date('2026-11-28T00:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

const village: Village = {
  code: '53.09.02.2002',
  name: 'Were I',
  district: { code: '53.09.02', name: 'Golewa' },
  regency: {
    code: '53.09',
    slug: 'ngada',
    officialName: 'Kabupaten Ngada',
    shortName: 'Ngada',
    name: { id: 'Kabupaten Ngada', en: 'Ngada Regency' },
  },
  province: { code: '53', name: 'Nusa Tenggara Timur' },
};

const checklist = Object.fromEntries(
  CHECKLIST_AREAS.map((a, i) => [a, i < 5 ? 'selesai' : i < 7 ? 'proses' : 'belum']),
) as OpenDataInput['data']['programme']['checklist'];

/** A product with every optional field filled. */
const full: OpenDataInput = {
  id: 'kopi-arabika-golewa',
  data: {
    sample: true,
    name: { id: 'Kopi Arabika Golewa', en: 'Golewa Arabica Coffee' },
    tagline: { id: 'Arabika, "petik merah", dijemur; manis', en: 'Arabica\nred-cherry picked' },
    category: 'kopi',
    qr: 'RM7B',
    gtin: { gtin14: '02000000000107' },
    village,
    producer: {
      name: "UMKM Se'i Contoh, Bajawa",
      whatsapp: '+6280000000101',
      marketplaces: [
        { name: 'Tokopedia', url: 'https://tokopedia.example/a' },
        { name: 'Shopee', url: 'https://shopee.example/b?x=1,2' },
      ],
    },
    offer: {
      price: { min: 55000, max: 95000 },
      unit: { id: 'per bungkus', en: 'per pack' },
      available: true,
    },
    certifications: {
      halal: { number: 'ID00000000000000101', issued: d('2025-06-01'), expires: d('2027-01-15') },
      bpom: 'MD000000000101',
      pirt: '0000000000101-01',
    },
    qris: { accepted: true },
    programme: { stage: 'siap-pasar', checklist },
    added: d('2025-05-27'),
  },
};

/** A product with every optional field left out. */
const bare: OpenDataInput = {
  id: 'garam-laut-bipolo',
  data: {
    sample: false,
    name: { id: 'Garam Laut Bipolo' },
    tagline: { id: 'Garam laut.' },
    category: 'garam',
    village,
    producer: { name: 'UMKM Garam', whatsapp: '+6281234567890', marketplaces: [] },
    offer: { price: { min: 15000 }, unit: { id: 'per kg' }, available: false },
    certifications: {},
    qris: { accepted: false },
    programme: { stage: 'pendampingan', checklist },
    added: d('2026-01-19'),
  },
};

const row = (p: OpenDataInput): OpenDataProduct =>
  toOpenDataProduct(p, {
    origin: ORIGIN,
    categoryName: { id: 'Kopi', en: 'Coffee' },
    imageUrl: `${ORIGIN}/_astro/hero.abc.jpg`,
    today,
  });

describe('toOpenDataProduct', () => {
  it('gives stable English fields: links, codes, certificate status on the build date', () => {
    const r = row(full);
    expect(r).toMatchObject({
      slug: 'kopi-arabika-golewa',
      qrCode: 'RM7B',
      shortUrl: 'https://ovop.example/p/RM7B/',
      gtin: '02000000000107',
      village: { code: '53.09.02.2002', name: 'Were I' },
      district: { code: '53.09.02', name: 'Golewa' },
      regency: { code: '53.09', name: 'Kabupaten Ngada' },
      producer: { whatsapp: '+6280000000101', whatsappUrl: 'https://wa.me/6280000000101' },
      price: { min: 55000, max: 95000, currency: 'IDR' },
      certifications: {
        halal: {
          number: 'ID00000000000000101',
          issued: '2025-06-01',
          expires: '2027-01-15',
          status: 'expiring',
        },
        bpom: { number: 'MD000000000101', status: 'valid' },
        pirt: { number: '0000000000101-01', status: 'valid' },
      },
      programme: { stage: 'siap-pasar', completion: { done: 5, total: 8 } },
      urls: {
        id: 'https://ovop.example/produk/kopi-arabika-golewa/',
        en: 'https://ovop.example/en/produk/kopi-arabika-golewa/',
      },
      added: '2025-05-27',
      sample: true,
    });
  });

  it('writes null for what a product does not have', () => {
    const r = row(bare);
    expect(r.qrCode).toBeNull();
    expect(r.shortUrl).toBeNull();
    expect(r.gtin).toBeNull();
    expect(r.name.en).toBeNull();
    expect(r.price.max).toBeNull();
    expect(r.certifications).toEqual({ halal: null, bpom: null, pirt: null });
  });
});

describe('JSON Schema', () => {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });
  const validate = ajv.compile(productsJsonSchema(ORIGIN));
  const doc = () =>
    JSON.parse(
      JSON.stringify(
        openDataDocument({
          generated: today,
          origin: ORIGIN,
          documentation: `${ORIGIN}/en/data/`,
          products: [row(full), row(bare)],
        }),
      ),
    ) as { products: Record<string, unknown>[] } & Record<string, unknown>;

  it('accepts the document the site writes', () => {
    const valid = validate(doc());
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has the top-level fields generated, licence, source, count, products', () => {
    const d = doc();
    expect(Object.keys(d)).toEqual(['generated', 'licence', 'source', 'count', 'products']);
    expect(d['count']).toBe(2);
    expect(d['generated']).toBe('2026-11-28');
  });

  it('rejects a missing field, an unknown field and a malformed date', () => {
    const missing = doc();
    delete missing.products[0]?.['slug'];
    expect(validate(missing)).toBe(false);
    const extra = doc();
    (extra.products[0] as Record<string, unknown>)['surprise'] = 1;
    expect(validate(extra)).toBe(false);
    const badDate = doc();
    (badDate.products[0] as Record<string, unknown>)['added'] = '27-05-2025';
    expect(validate(badDate)).toBe(false);
  });

  it('names itself by its URL on the site', () => {
    expect(productsJsonSchema(ORIGIN)['$id']).toBe(`${ORIGIN}/data/products.schema.json`);
  });

  it('keeps the field descriptions of the zod schema it is generated from', () => {
    const s = productsJsonSchema(ORIGIN) as {
      title: string;
      properties: { products: { items: { description: string; properties: Props } } };
    };
    type Props = Record<string, { description?: string; properties?: Props }>;
    const product = s.properties.products.items;
    expect(s.title).toBe('Etalase OVOP NTT — products');
    expect(product.description).toBe('One product.');
    expect(product.properties['slug']?.description).toMatch(/^Permanent identifier/);
    expect(product.properties['programme']?.properties?.['checklist']?.description).toBe(
      'Progress per mentoring area.',
    );
  });

  it('describes exactly the rows toOpenDataProduct writes (the zod schema parses them)', () => {
    expect(openDataProductSchema.parse(row(full))).toEqual(row(full));
    expect(openDataProductSchema.parse(row(bare))).toEqual(row(bare));
    expect(() => openDataProductSchema.parse({ ...row(full), surprise: 1 })).toThrow();
  });
});

/** Leaf paths of a JSON value, with arrays of objects as `path.key` (as the CSV writes them). */
function leafPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const first = value[0] as unknown;
    return typeof first === 'object' && first !== null ? leafPaths(first, prefix) : [prefix];
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leafPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

describe('CSV', () => {
  const rows = [row(full), row(bare)];

  it('keeps the published column names and order (a public contract)', () => {
    expect(CSV_HEADER).toEqual([
      'slug',
      'qrCode',
      'shortUrl',
      'gtin',
      'name.id',
      'name.en',
      'tagline.id',
      'tagline.en',
      'category.id',
      'category.name.id',
      'category.name.en',
      'village.code',
      'village.name',
      'district.code',
      'district.name',
      'regency.code',
      'regency.name',
      'producer.name',
      'producer.whatsapp',
      'producer.whatsappUrl',
      'producer.marketplaces.name',
      'producer.marketplaces.url',
      'price.min',
      'price.max',
      'price.currency',
      'price.unit.id',
      'price.unit.en',
      'available',
      'qris',
      'certifications.halal.number',
      'certifications.halal.status',
      'certifications.halal.issued',
      'certifications.halal.expires',
      'certifications.bpom.number',
      'certifications.bpom.status',
      'certifications.pirt.number',
      'certifications.pirt.status',
      'programme.stage',
      ...CHECKLIST_AREAS.map((a) => `programme.checklist.${a}`),
      'programme.completion.done',
      'programme.completion.total',
      'urls.id',
      'urls.en',
      'image',
      'added',
      'sample',
    ]);
  });

  it('has one column for every field of a fully filled row, and no other', () => {
    expect([...CSV_HEADER].sort()).toEqual(leafPaths(row(full)).sort());
  });

  it('starts with a UTF-8 byte-order mark and a header row', () => {
    const csv = productsCsv(rows);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_HEADER.join(','));
  });

  it('parses back into the same rows and values (quotes, commas, new lines, apostrophes)', () => {
    const parsed = parse<Record<string, string>>(productsCsv(rows), { bom: true, columns: true });
    expect(parsed).toEqual(rows.map(csvRecord));
    expect(parsed[0]?.['tagline.id']).toBe('Arabika, "petik merah", dijemur; manis');
    expect(parsed[0]?.['tagline.en']).toBe('Arabica\nred-cherry picked');
    expect(parsed[0]?.['producer.name']).toBe("UMKM Se'i Contoh, Bajawa");
  });

  it('writes lists joined with " | ", null as an empty cell, numbers and booleans as in JSON', () => {
    const [a, b] = rows.map(csvRecord);
    expect(a?.['producer.marketplaces.name']).toBe(`Tokopedia${LIST_SEPARATOR}Shopee`);
    expect(a?.['producer.marketplaces.url']).toBe(
      'https://tokopedia.example/a | https://shopee.example/b?x=1,2',
    );
    expect(a?.['price.min']).toBe('55000');
    expect(a?.['qris']).toBe('true');
    expect(a?.['certifications.bpom.number']).toBe('MD000000000101');
    expect(b?.['certifications.bpom.number']).toBe('');
    expect(b?.['price.max']).toBe('');
    expect(b?.['name.en']).toBe('');
    expect(b?.['available']).toBe('false');
  });
});

/** Parses XML strictly; throws on anything not well-formed. Returns element names in order. */
function parseXml(xml: string): string[] {
  const names: string[] = [];
  const parser = sax.parser(true, { xmlns: true });
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (tag) => {
    names.push(tag.name);
  };
  parser.write(xml).close();
  return names;
}

describe('Atom feed', () => {
  const entry = (slug: string, added: string): FeedEntry => ({
    id: `${ORIGIN}/produk/${slug}/`,
    title: `Produk <${slug}> & "kawan"`,
    summary: "Se'i asap",
    url: `${ORIGIN}/produk/${slug}/`,
    urlEn: `${ORIGIN}/en/produk/${slug}/`,
    published: d(added),
    category: { term: 'kopi', label: 'Kopi & Teh' },
  });
  const feed = (entries: FeedEntry[]) =>
    atomFeed({
      id: `${ORIGIN}/`,
      title: 'Produk baru',
      subtitle: 'Katalog',
      selfUrl: `${ORIGIN}/feed.xml`,
      author: 'Pemerintah Provinsi NTT — program OVOP',
      rights: 'CC BY 4.0',
      lang: 'id',
      fallbackUpdated: today,
      entries,
    });

  it('is well-formed XML with the entries in the order given and escaped text', () => {
    const xml = feed([entry('b', '2026-01-19'), entry('a', '2025-05-27')]);
    const names = parseXml(xml);
    expect(names[0]).toBe('feed');
    expect(names.filter((n) => n === 'entry')).toHaveLength(2);
    expect(xml).toContain('<title>Produk &#60;b&#62; &#38; &#34;kawan&#34;</title>');
    expect(xml.indexOf('/produk/b/')).toBeLessThan(xml.indexOf('/produk/a/'));
    expect(xml).toContain('<updated>2026-01-19T00:00:00Z</updated>');
    expect(xml).toContain('xmlns="http://www.w3.org/2005/Atom"');
  });

  it('is still valid with no entries (updated falls back to the build date)', () => {
    const xml = feed([]);
    expect(parseXml(xml)).not.toContain('entry');
    expect(xml).toContain('<updated>2026-11-28T00:00:00Z</updated>');
  });

  it('escapes the five XML special characters (through the one markup escaper)', () => {
    const xml = feed([{ ...entry('a', '2025-05-27'), title: `<a href="x">'&'</a>` }]);
    expect(xml).toContain('<title>&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;</title>');
  });
});
