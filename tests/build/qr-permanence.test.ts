/**
 * Permanence of printed codes, on fixture content: renaming a product folder keeps its code
 * working (and a retired product keeps a page); deleting a product without retiring it, or
 * reusing its code, fails the build with a message naming the code.
 */
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breakProduct, makeContentDir } from '../helpers/content-fixture.ts';
import { npmRun } from '../helpers/run.ts';

// This fixture's own origin (whatever SITE_URL the environment holds).
const ORIGIN = 'https://ovop-ntt.example';
let content: string;
const outs: string[] = [];
const outDir = () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'etalase-out-')), 'dist');
  outs.push(dir);
  return dir;
};

beforeAll(async () => {
  content = await makeContentDir({
    'madu-lama': { source: breakProduct('category: madu', "category: madu\nqr: 'M4D1'") },
    'madu-kedua': {
      source: breakProduct('category: madu', "category: madu\nqr: 'K2D1'").replace(
        'id: Madu Hutan Uji',
        'id: Madu Kedua',
      ),
    },
    'madu-pensiun': {
      source: breakProduct('category: madu', "category: madu\nqr: 'R3T1'")
        .replace('id: Madu Hutan Uji', 'id: Madu Pensiun')
        .replace(
          'added: 2025-05-27',
          'added: 2025-05-27\nretired: { date: 2026-01-31, reason: Produksi berhenti. }',
        ),
    },
  });
  // The editor renames a folder: the registry still says "madu-lama".
  renameSync(join(content, 'products/madu-lama'), join(content, 'products/madu-baru'));
}, 60_000);
afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  for (const o of outs) rmSync(join(o, '..'), { recursive: true, force: true });
});

describe('QR permanence', () => {
  it('a renamed folder keeps its code; a retired product keeps its QR page', () => {
    const out = outDir();
    const r = npmRun('build', [], {
      env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out, SITE_URL: ORIGIN },
    });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const renamed = readFileSync(join(out, 'P/M4D1/index.html'), 'utf8');
    expect(renamed).toContain(`href="${ORIGIN}/produk/madu-baru/"`);
    const retired = readFileSync(join(out, 'P/R3T1/index.html'), 'utf8');
    expect(retired).toContain('Produk ini tidak lagi tersedia');
    expect(retired).toContain('Produksi berhenti.');
    expect(retired).toContain('href="/produk/madu-kedua/"'); // an alternative from the same regency
    expect(retired).not.toContain('data-order-whatsapp');
    // Retired: out of the catalogue and the sitemap, still a page.
    expect(readFileSync(join(out, 'produk/index.html'), 'utf8')).not.toContain('madu-pensiun');
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).not.toContain('madu-pensiun');
    expect(existsSync(join(out, 'produk/madu-pensiun/index.html'))).toBe(true);
  });

  it('deleting a product without retiring it fails the build, naming the code', () => {
    const aside = join(mkdtempSync(join(tmpdir(), 'etalase-aside-')), 'madu-kedua');
    renameSync(join(content, 'products/madu-kedua'), aside);
    const out = outDir();
    const r = npmRun('build', [], {
      env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out, SITE_URL: ORIGIN },
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(
      'QR code K2D1 (issued to "madu-kedua") no longer leads to any product',
    );
    expect(existsSync(join(out, 'index.html'))).toBe(false);
    renameSync(aside, join(content, 'products/madu-kedua'));
  });

  it('reusing a code for another product fails the build, naming the code', () => {
    const file = join(content, 'products/madu-kedua/index.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace("qr: 'K2D1'", "qr: 'M4D1'"));
    const r = npmRun('check:content', ['--content', content]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'QR code M4D1 was issued to product "madu-lama" (now "madu-baru") but is also used by "madu-kedua"',
    );
  });
});
