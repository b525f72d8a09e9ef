/**
 * `npm run check:content` and the site build agree: clean content passes; broken content makes
 * both fail with the same report naming every broken file, and the build writes nothing.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakProduct, makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';
import { ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

let broken: string;
let outDir: string;

beforeAll(async () => {
  broken = await makeContentDir({
    'ok-product': { source: VALID_PRODUCT },
    'bad-gtin': { source: breakProduct('category: madu', "category: madu\ngtin: '2000000000108'") },
    'bad-whatsapp': { source: breakProduct("whatsapp: '0800-0000-0999'", "whatsapp: '12345'") },
  });
  outDir = join(mkdtempSync(join(tmpdir(), 'etalase-out-')), 'dist');
});
afterAll(() => {
  rmSync(broken, { recursive: true, force: true });
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

describe('check:content', () => {
  it('passes the bundled sample content', () => {
    const r = npmRun('check:content');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    // Every product folder, the retired sample product included.
    const products = readdirSync(join(ROOT, 'content/products')).length;
    expect(r.stdout).toMatch(new RegExp(`✓ ${products} products, \\d+ categories: no problems`));
  });

  it('fails on broken content, naming every broken file and field', () => {
    const r = npmRun('check:content', ['--content', broken]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('products/bad-gtin/index.md');
    expect(r.stderr).toContain('kolom/field: gtin');
    expect(r.stderr).toContain('products/bad-whatsapp/index.md');
    expect(r.stderr).toContain('kolom/field: producer.whatsapp');
    expect(r.stderr).not.toContain('ok-product');
    expect(r.stderr).toContain('2 problem(s) in 2 file(s)');
  });
});

describe('site build on broken content', () => {
  it('stops with the same report and leaves no half-built site', () => {
    const r = npmRun('build', [], { env: { CONTENT_DIR: broken, ETALASE_OUT_DIR: outDir } });
    expect(r.status).not.toBe(0);
    const output = r.stdout + r.stderr;
    expect(output).toContain('products/bad-gtin/index.md');
    expect(output).toContain('products/bad-whatsapp/index.md');
    expect(output).toContain('the site was not built');
    expect(output).not.toContain('Stack trace');
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
