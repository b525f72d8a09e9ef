/**
 * Island pages in dist/: both languages, exactly the active products of their regencies, their
 * regencies linked, and linked from the home page and every regency page. (axe, Nu and the
 * link check cover them with every other page: tests/helpers/pages.ts, html-validity, links.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckedProduct } from '../../src/lib/content-check/check.ts';
import { runContentCheck } from '../../src/lib/content-check/run.ts';
import { readDist } from '../helpers/dist.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

interface Entry {
  id: string;
  regencies: { code: string }[];
}
const islands = yaml.load(readFileSync(join(ROOT, 'content/islands.yaml'), 'utf8')) as Entry[];
let products: CheckedProduct[];

beforeAll(async () => {
  products = (await runContentCheck(join(ROOT, 'content'), ROOT)).result.products;
});

const file = (slug: string, locale: 'id' | 'en') =>
  `${locale === 'en' ? 'en/' : ''}pulau/${slug}/index.html`;
const linked = (html: string, segment: string) =>
  [...html.matchAll(new RegExp(`href="(?:/en)?/${segment}/([a-z0-9-]+)/"`, 'g'))]
    .map((m) => m[1] as string)
    .sort();
/** The `<section>` whose heading has this id. */
const section = (html: string, id: string) =>
  new RegExp(`<section aria-labelledby="${id}">([^]*?)</section>`).exec(html)?.[1] ?? '';

describe('island pages', () => {
  it('exist in both languages and list exactly the active products of their regencies', () => {
    expect(islands.length).toBeGreaterThanOrEqual(7);
    let listed = 0;
    for (const island of islands) {
      const codes = island.regencies.map((r) => r.code);
      const expected = products
        .filter((p) => !p.data.retired && codes.includes(p.data.village.regency.code))
        .map((p) => p.slug)
        .sort();
      for (const locale of ['id', 'en'] as const) {
        const path = file(island.id, locale);
        expect(existsSync(join(DIST, path)), path).toBe(true);
        const html = readDist(path);
        expect(linked(section(html, 'products-h'), 'produk'), path).toEqual(expected);
        // Its regencies, by their pages.
        const regencySlugs = products
          .filter((p) => codes.includes(p.data.village.regency.code))
          .map((p) => p.data.village.regency.slug);
        for (const slug of regencySlugs)
          expect(linked(section(html, 'regencies-h'), 'kabupaten'), path).toContain(slug);
        expect(linked(section(html, 'regencies-h'), 'kabupaten')).toHaveLength(codes.length);
      }
      listed += expected.length;
    }
    // Every active product is on exactly one island page.
    expect(listed).toBe(products.filter((p) => !p.data.retired).length);
  });

  it('are linked from the home page and from each regency page', () => {
    for (const locale of ['id', 'en'] as const) {
      const home = readDist(locale === 'en' ? 'en/index.html' : 'index.html');
      expect(linked(home, 'pulau')).toEqual(islands.map((i) => i.id).sort());
    }
    for (const island of islands) {
      for (const { code } of island.regencies) {
        const slug = products.find((p) => p.data.village.regency.code === code)?.data.village
          .regency.slug;
        if (!slug) continue;
        for (const prefix of ['', 'en/']) {
          const html = readDist(`${prefix}kabupaten/${slug}/index.html`);
          expect(linked(html, 'pulau'), `${prefix}${slug}`).toEqual([island.id]);
        }
      }
    }
  });

  it('put the island in each product page as a filter and as words, in both languages', () => {
    const flores = islands.find((i) => i.id === 'flores');
    const codes = flores?.regencies.map((r) => r.code) ?? [];
    const onFlores = products.filter(
      (p) => !p.data.retired && codes.includes(p.data.village.regency.code),
    );
    expect(onFlores.length).toBeGreaterThan(8);
    for (const p of onFlores) {
      const id = readDist(`produk/${p.slug}/index.html`);
      const en = readDist(`en/produk/${p.slug}/index.html`);
      expect(id).toContain('data-pagefind-filter="pulau:flores"');
      expect(id).toContain('<span>Pulau Flores</span>');
      expect(en).toContain('<span>Flores island</span>');
    }
  });
});
