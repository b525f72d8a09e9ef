/**
 * What the site carries of the campaign numbers: the order button's `ping` on product pages,
 * and the opt-in "Paling sering dipindai" list, built only when STATS_TOTALS names a totals
 * file — without it the pages are exactly what they were.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistry } from '../../src/lib/qr/registry.ts';
import { MOST_SCANNED_MIN } from '../../src/lib/stats/most-scanned.ts';
import { builtSite } from '../helpers/origin.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';

const registry = readRegistry(join(ROOT, 'content')).entries;
const { origin } = builtSite();
const page = (root: string, path: string) => readFileSync(join(root, path, 'index.html'), 'utf8');
const SECTION = /<section aria-labelledby="most-scanned-h">[\s\S]*?<\/section>/;

describe('the order button', () => {
  it("pings <origin>/pesan/<CODE>/ with the product's code, and still links wa.me directly", () => {
    let buttons = 0;
    for (const { code, product } of registry) {
      const html = page(DIST, `produk/${product}`);
      const button = /<a class="btn btn-wa"[^>]*>/.exec(html)?.[0];
      if (!button) continue; // a retired product has no order button
      buttons++;
      expect(button).toContain(`ping="${origin}/pesan/${code}/"`);
      expect(button).toMatch(/href="https:\/\/wa\.me\/\d+\?text=/);
    }
    expect(buttons).toBeGreaterThan(40);
  });
});

describe('"Paling sering dipindai" (STATS_TOTALS)', () => {
  let work: string;
  let out: string;
  const [top, second, small] = registry;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'etalase-most-scanned-'));
    out = join(work, 'dist');
    const totals = join(work, 'totals.json');
    writeFileSync(
      totals,
      JSON.stringify({
        version: 1,
        from: '2026-11-01',
        to: '2026-11-30',
        products: [
          { slug: top!.product, qr: 1234 },
          { slug: second!.product, qr: 57 },
          { slug: small!.product, qr: MOST_SCANNED_MIN - 1 },
        ],
      }),
    );
    const r = npmRun('build', [], { env: { STATS_TOTALS: totals, ETALASE_OUT_DIR: out } });
    expect(r.status, r.stderr).toBe(0);
  }, 600_000);
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('is absent from the site built without it', () => {
    for (const path of ['', 'en', 'program', 'en/program'])
      expect(page(DIST, path)).not.toContain('most-scanned-h');
  });

  it('lists rounded-down counts on the home pages and dashboards, nothing below the threshold', () => {
    const id = page(out, '');
    const section = SECTION.exec(id)?.[0] ?? '';
    expect(section).toContain('Paling sering dipindai');
    expect(section).toContain(`href="/produk/${top!.product}/"`);
    expect(section).toContain('(1.200+ pindaian)');
    expect(section).toContain('(50+ pindaian)');
    expect(section).not.toContain(`/produk/${small!.product}/`);
    expect(section.indexOf(top!.product)).toBeLessThan(section.indexOf(second!.product));
    expect(SECTION.exec(page(out, 'en'))?.[0]).toContain('(1,200+ scans)');
    expect(SECTION.exec(page(out, 'program'))?.[0]).toContain('(1.200+ pindaian)');
    expect(SECTION.exec(page(out, 'en/program'))?.[0]).toContain('Most scanned');
  });

  it('changes nothing else: without the section, the pages are the same', () => {
    for (const path of ['', 'en', 'program', 'en/program'])
      expect(
        page(out, path)
          .replace(SECTION, '')
          .replace(/\n\s*\n/g, '\n'),
        path,
      ).toBe(page(DIST, path).replace(/\n\s*\n/g, '\n'));
    expect(page(out, `produk/${top!.product}`)).toBe(page(DIST, `produk/${top!.product}`));
  });
});
