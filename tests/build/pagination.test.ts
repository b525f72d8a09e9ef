/** The catalogue paginates once it grows past a page (generated content, built separately). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE_PAGE_SIZE } from '../../src/lib/catalogue/catalogue.ts';
import { breakProduct, makeContentDir, type FixtureProduct } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

const COUNT = CATALOGUE_PAGE_SIZE + 3;
let content: string;
let out: string;
let status: number | null;
let log: string;

beforeAll(async () => {
  const products: Record<string, FixtureProduct> = {};
  for (let i = 1; i <= COUNT; i++) {
    const n = String(i).padStart(2, '0');
    products[`produk-uji-${n}`] = {
      source: breakProduct(/id: Madu Hutan Uji\n/, `id: Produk Uji ${n}\n`),
      photos: { 'hero.jpg': [1200, 900] },
    };
  }
  content = await makeContentDir(products);
  out = join(mkdtempSync(join(tmpdir(), 'etalase-out-')), 'dist');
  const r = npmRun('build', [], { env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out } });
  status = r.status;
  log = r.stdout + r.stderr;
}, 600_000);
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(join(out, '..'), { recursive: true, force: true });
});

describe(`catalogue with ${COUNT} products`, () => {
  it('builds', () => {
    expect(status, log.slice(-3000)).toBe(0);
  });

  it('splits into pages that together list every product once, linked both ways', () => {
    const page1 = readFileSync(join(out, 'produk/index.html'), 'utf8');
    const page2 = readFileSync(join(out, 'produk/2/index.html'), 'utf8');
    expect(existsSync(join(out, 'produk/3/index.html'))).toBe(false);
    const slugsOn = (html: string) =>
      [...html.matchAll(/class="card-link" href="\/produk\/([^/]+)\/"/g)].map((m) => m[1]);
    const all = [...slugsOn(page1), ...slugsOn(page2)];
    expect(slugsOn(page1)).toHaveLength(CATALOGUE_PAGE_SIZE);
    expect(new Set(all).size).toBe(COUNT);
    expect(page1).toContain('href="/produk/2/" rel="next"');
    expect(page2).toContain('href="/produk/" rel="prev"');
    expect(existsSync(join(out, 'en/produk/2/index.html'))).toBe(true);
  });
});
