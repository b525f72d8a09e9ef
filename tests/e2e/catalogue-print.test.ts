/**
 * The printed catalogue as a print shop sees it. The bundled content is built at a production
 * origin and printed with `npm run catalogue:pdf` (A4 and A5 in Indonesian, A4 in English);
 * each PDF is read with Poppler's own tools:
 * - `pdftotext` finds every active product's name and short link, and no retired product;
 * - every QR code, rasterised at 300 dpi with `pdftoppm`, decodes to its product's `/P/<CODE>/`
 *   link, one per active product, each at least 20 mm wide;
 * - `pdffonts` lists every font as embedded;
 * - every page but the cover carries its page number, and the contents' page numbers are those
 *   of the products they name.
 * The command refuses a placeholder-origin build, a product without a QR code, a missing build
 * and an unknown size or language.
 * Nothing depends on SITE_URL in the environment.
 */
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePdftoppm, ensurePopplerTool } from '../../scripts/lib/poppler.ts';
import { printedShortUrl, qrPayload } from '../../src/lib/qr/links.ts';
import { ROOT } from '../helpers/paths.ts';
import { scanAll } from '../helpers/qr-scan.ts';
import { npmRun } from '../helpers/run.ts';

const PRODUCTION_ORIGIN = 'https://produk.nttprov.go.id';
/** The size target of the issue: 44 products with photos in under 15 MB. */
const MAX_BYTES = 15 * 1024 * 1024;
/** 20 mm at 300 dpi. */
const MIN_QR_PX = Math.floor((20 / 25.4) * 300);

interface ContentProduct {
  slug: string;
  name: { id: string; en?: string };
  qr?: string;
  retired?: unknown;
}

/** The products as an editor wrote them (frontmatter of content/products/<slug>/index.md). */
function contentProducts(): ContentProduct[] {
  const dir = join(ROOT, 'content/products');
  return readdirSync(dir).flatMap((slug) => {
    const file = readdirSync(join(dir, slug)).find((f) => /^index\.mdx?$/.test(f));
    if (!file) return [];
    const text = readFileSync(join(dir, slug, file), 'utf8');
    const front = /^---\n([^]*?)\n---/.exec(text)?.[1] ?? '';
    return [{ slug, ...(yaml.load(front) as Omit<ContentProduct, 'slug'>) }];
  });
}

const products = contentProducts();
const active = products.filter((p) => !p.retired);
const retired = products.filter((p) => p.retired);
const squash = (s: string) => s.replace(/\s+/g, ' ');

let work: string;
let dist: string;
const pdfs: Record<'a4' | 'a5' | 'en', string> = { a4: '', a5: '', en: '' };

function popplerText(pdf: string, ...args: string[]): string {
  const r = spawnSync(ensurePopplerTool('pdftotext'), [...args, pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-catalogue-test-'));
  dist = join(work, 'dist');
  const r = npmRun('build', [], { env: { ETALASE_OUT_DIR: dist, SITE_URL: PRODUCTION_ORIGIN } });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  for (const [key, flags] of [
    ['a4', ['--size', 'A4']],
    ['a5', ['--size', 'A5']],
    ['en', ['--lang', 'en']],
  ] as const) {
    const out = join(work, `${key}.pdf`);
    const p = npmRun('catalogue:pdf', ['--dist', dist, ...flags, '--out', out]);
    if (p.status !== 0) throw new Error(`catalogue:pdf ${flags.join(' ')}:\n${p.stderr}`);
    pdfs[key] = out;
  }
}, 900_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the content under test', () => {
  it('has the 44 sample products and a retired one', () => {
    expect(active).toHaveLength(44);
    expect(retired.length).toBeGreaterThan(0);
    expect(active.every((p) => p.qr)).toBe(true);
  });
});

describe.each(['a4', 'a5', 'en'] as const)('the %s catalogue PDF', (key) => {
  const locale = key === 'en' ? 'en' : 'id';
  const nameOf = (p: ContentProduct) => (locale === 'en' ? (p.name.en ?? p.name.id) : p.name.id);

  it('is a PDF under the size target', () => {
    expect(readFileSync(pdfs[key], 'latin1').startsWith('%PDF-')).toBe(true);
    expect(statSync(pdfs[key]).size).toBeLessThan(MAX_BYTES);
  });

  it("holds every active product's name and short link, and no retired product", () => {
    const text = squash(popplerText(pdfs[key]));
    for (const p of active) {
      expect(text, p.slug).toContain(squash(nameOf(p)));
      expect(text, p.slug).toContain(printedShortUrl(PRODUCTION_ORIGIN, p.qr ?? ''));
    }
    for (const p of retired) {
      expect(text).not.toContain(squash(p.name.id));
      if (p.name.en) expect(text).not.toContain(squash(p.name.en));
      if (p.qr) expect(text).not.toContain(printedShortUrl(PRODUCTION_ORIGIN, p.qr));
    }
  });

  it('embeds every font', () => {
    const r = spawnSync(ensurePopplerTool('pdffonts'), [pdfs[key]], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split('\n').slice(2).filter(Boolean);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      // Columns: name, type, encoding, emb, sub, uni, object, id; the name has no spaces.
      const cols = row.trim().split(/\s+/);
      expect(cols.at(-5), row).toBe('yes');
    }
    expect(r.stdout).toMatch(/NotoSans-Regular/);
    expect(r.stdout).toMatch(/NotoSans-Bold/);
  });

  it('prints the page number on every page but the cover, and the index points at them', () => {
    const pages = popplerText(pdfs[key], '-layout').split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThan(key === 'a5' ? 16 : 10);
    pages.forEach((page, i) => {
      const footer = /Gerakan Beli Produk NTT\s+(\d+)\s*$/.exec(page.trimEnd());
      if (i === 0) expect(footer).toBeNull();
      else expect(footer?.[1], `page ${i + 1}`).toBe(String(i + 1));
    });
    // A product's page is the one with its short link; its index row ("12. Name ... 5") there.
    const pageOf = (p: ContentProduct) =>
      pages.findIndex((t) => t.includes(printedShortUrl(PRODUCTION_ORIGIN, p.qr ?? ''))) + 1;
    const last = Math.max(...active.map(pageOf));
    const index = squash(pages.slice(last).join(' '));
    for (const p of active) {
      const row = new RegExp(`\\d+\\. ${escapeRegExp(squash(nameOf(p)))} (\\d+)\\b`).exec(index);
      expect(row?.[1], `${p.slug} in the index`).toBe(String(pageOf(p)));
    }
  });

  it('scans, at 300 dpi, to exactly one /P/<CODE>/ link per active product, each >= 20 mm', async () => {
    const dir = join(work, `raster-${key}`);
    mkdirSync(dir, { recursive: true });
    const raster = spawnSync(ensurePdftoppm(), ['-r', '300', '-png', pdfs[key], join(dir, 'p')], {
      encoding: 'utf8',
    });
    expect(raster.status, raster.stderr).toBe(0);
    const decoded: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.png'))) {
      const { data, info } = await sharp(join(dir, file))
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      for (const code of scanAll(new Uint8ClampedArray(data), info.width, info.height)) {
        expect(code.box.width, code.data).toBeGreaterThanOrEqual(MIN_QR_PX);
        decoded.push(code.data);
      }
      rmSync(join(dir, file));
    }
    expect(decoded.sort()).toEqual(
      active.map((p) => qrPayload(PRODUCTION_ORIGIN, p.qr ?? '')).sort(),
    );
  }, 600_000);
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('npm run catalogue:pdf refuses', () => {
  it('a build with the placeholder origin (exit 2), naming SITE_URL', () => {
    const fake = join(work, 'preview-dist');
    mkdirSync(join(fake, 'katalog-cetak'), { recursive: true });
    writeFileSync(
      join(fake, 'katalog-cetak', 'index.html'),
      '<!doctype html><p data-preview>PREVIEW</p>',
    );
    const r = npmRun('catalogue:pdf', ['--dist', fake, '--out', join(work, 'x.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SITE_URL');
  });

  it('a build with a product that has no QR code yet (exit 1), naming it and the fix', () => {
    const fake = join(work, 'uncoded-dist');
    mkdirSync(join(fake, 'katalog-cetak'), { recursive: true });
    writeFileSync(
      join(fake, 'katalog-cetak', 'index.html'),
      '<!doctype html><article class="pc-product" data-product="kopi-baru" data-no-code></article>',
    );
    const r = npmRun('catalogue:pdf', ['--dist', fake, '--out', join(work, 'y.pdf')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('kopi-baru');
    expect(r.stderr).toContain('npm run qr:assign');
  });

  it('a missing build and an unknown size or language (exit 1), naming the fix', () => {
    const missing = npmRun('catalogue:pdf', ['--dist', join(work, 'nothing-here')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('npm run build');
    const size = npmRun('catalogue:pdf', ['--dist', dist, '--size', 'A3']);
    expect(size.status).toBe(1);
    expect(size.stderr).toContain('A4 atau A5');
    const lang = npmRun('catalogue:pdf', ['--dist', dist, '--lang', 'fr']);
    expect(lang.status).toBe(1);
    expect(lang.stderr).toContain('id or en');
  });
});
