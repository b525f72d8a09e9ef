/**
 * The web editor at /admin/ (Sveltia CMS, served by the site) in a real Chromium, working on a
 * local folder: the CMS's own "Work with Local Repository" mode, with the browser's folder picker
 * answered by a folder of the origin-private file system (tests/helpers/cms.ts). An editor
 * creates a product with two photos and edits a price; the files it writes pass the content
 * check, build into a page with the typed values, and change nothing the form did not show.
 *
 * Screenshots for the editor guide (docs/images/web-editor/) are written by this test into
 * test-results/web-editor/; `UPDATE_SCREENSHOTS=1` also copies them into docs/.
 */
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import { CHECKLIST_AREAS, productSchema } from '../../src/schemas/product.ts';
import {
  chooseOption,
  field,
  fillField,
  filesFrom,
  prepareContext,
  readRepo,
  seedRepo,
  uploadPhoto,
  violations,
} from '../helpers/cms.ts';
import { ROOT } from '../helpers/paths.ts';
import { npmRun } from '../helpers/run.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();

/** A product file's data as JSON, for comparing what was written. */
interface RawProduct {
  offer: { price: { min: number }; available?: boolean };
  qris?: unknown;
  [field: string]: unknown;
}
const EDITED = 'anyaman-bambu-tiworiwu';
const SHOTS = join(ROOT, 'test-results/web-editor');
const DOC_SHOTS = join(ROOT, 'docs/images/web-editor');

let work: string;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'etalase-cms-'));
  mkdirSync(SHOTS, { recursive: true });
  // Two photos an editor could take with a phone: 1600×1200 and 1200×1600.
  await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#a86a12' } })
    .jpeg({ quality: 70 })
    .toFile(join(work, 'madu-botol.jpg'));
  await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#5a3a22' } })
    .jpeg({ quality: 70 })
    .toFile(join(work, 'sarang-lebah.jpg'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function screenshot(page: Page, name: string): Promise<void> {
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  if (process.env['UPDATE_SCREENSHOTS'] === '1') {
    mkdirSync(DOC_SHOTS, { recursive: true });
    copyFileSync(file, join(DOC_SHOTS, `${name}.png`));
  }
}

/** Opens /admin/ on a folder holding `products` (content/products/<slug>/…) and signs in. */
async function openEditor(products: string[]) {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const external = await prepareContext(context, site.origin);
  const page = await context.newPage();
  await page.goto(`${site.origin}/admin/`);
  await seedRepo(
    page,
    Object.fromEntries(
      products.flatMap((p) =>
        Object.entries(filesFrom(join(ROOT, 'content/products', p), `content/products/${p}`)),
      ),
    ),
  );
  await screenshot(page, '1-masuk');
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByRole('button', { name: 'New' }).waitFor();
  return { context, page, external };
}

/** A content folder holding only the given product folders (copied from `files`). */
function contentWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(work, 'content-'));
  copyFileSync(join(ROOT, 'content/categories.yaml'), join(dir, 'categories.yaml'));
  copyFileSync(join(ROOT, 'content/regencies.yaml'), join(dir, 'regencies.yaml'));
  copyFileSync(join(ROOT, 'content/islands.yaml'), join(dir, 'islands.yaml'));
  cpSync(join(ROOT, 'content/pages'), join(dir, 'pages'), { recursive: true });
  for (const [path, b64] of Object.entries(files)) {
    const target = join(dir, path.replace(/^content\//, ''));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, Buffer.from(b64, 'base64'));
  }
  return dir;
}

describe('web editor (/admin/)', () => {
  it('creates a product with two photos: the files pass the check once a QR code is assigned, and build into its page', async () => {
    const { context, page, external } = await openEditor([EDITED]);
    try {
      await screenshot(page, '2-daftar-produk');
      await page.getByRole('button', { name: 'New' }).click();
      await (await field(page, 'sample')).getByRole('switch').click();
      await fillField(page, 'name.id', 'Madu Hutan Uji Web');
      await fillField(page, 'name.en', 'Web Test Forest Honey');
      await fillField(page, 'tagline.id', 'Madu hutan yang ditambahkan lewat editor web.');
      await chooseOption(page, 'category', 'Madu', 'Madu Hutan (Forest Honey)');
      await chooseOption(page, 'village', 'Tiworiwu', 'Tiworiwu — Kec. Jerebuu, Kabupaten Ngada');
      await screenshot(page, '3-pilih-desa');
      await fillField(page, 'producer.name', 'UMKM Contoh Madu Web');
      await fillField(page, 'producer.owner', 'Penguji (fiktif)');
      await fillField(page, 'producer.whatsapp', '0800-0000-0777');
      await fillField(page, 'offer.price.min', '85000');
      await fillField(page, 'offer.unit.id', 'per botol 500 ml');
      await (
        await field(page, 'programme.stage')
      )
        .getByRole('radio', { name: 'Siap pasar (market-ready)' })
        .check();
      for (const area of CHECKLIST_AREAS) {
        await (
          await field(page, `programme.checklist.${area}`)
        )
          .getByRole('radio', {
            name: area === 'packaging' ? 'Selesai (done)' : 'Proses (in progress)',
          })
          .check();
      }
      await uploadPhoto(page, 'hero.src', join(work, 'madu-botol.jpg'));
      await fillField(page, 'hero.alt.id', 'Botol madu hutan di atas meja kayu.');
      await screenshot(page, '4-foto-utama');
      await (await field(page, 'gallery')).getByRole('button', { name: /^Add/ }).click();
      await uploadPhoto(page, 'gallery.0.src', join(work, 'sarang-lebah.jpg'));
      await fillField(page, 'gallery.0.alt.id', 'Sarang lebah hutan di pohon.');
      await fillField(page, 'added', '2026-11-29');
      const body = (await field(page, 'body')).locator('[contenteditable="true"]').first();
      await body.click();
      await page.keyboard.type('Madu ini dipanen dari hutan Ngada. Cerita uji.');
      await page.getByRole('button', { name: 'Save' }).click();
      const folder = 'content/products/madu-hutan-uji-web';
      let written: Record<string, string> = {};
      for (let i = 0; i < 300 && !written[`${folder}/index.md`]; i++) {
        await page.waitForTimeout(200);
        // While the CMS writes, a folder can be half made: read again then.
        written = await readRepo(page, 'content/products').catch(() => ({}));
      }
      await page
        .getByRole('heading', { name: /Madu Hutan Uji Web/ })
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
      await screenshot(page, '5-tersimpan');
      written = await readRepo(page, 'content/products');
      const names = Object.keys(written)
        .filter((p) => p.startsWith(`${folder}/`))
        .sort();
      // The story file and both photos, in the product's own folder.
      expect(names).toEqual([
        `${folder}/index.md`,
        `${folder}/madu-botol.jpg`,
        `${folder}/sarang-lebah.jpg`,
      ]);
      const source = Buffer.from(written[`${folder}/index.md`] ?? '', 'base64').toString('utf8');
      writeFileSync(join(SHOTS, 'created-index.md'), source);
      const parsed = parseMarkdown(source);
      if (!parsed.ok) throw new Error(`the CMS wrote unparsable YAML:\n${source}`);
      const data = parsed.value.data as Record<string, unknown>;
      expect(data['village']).toBe('53.09.12.2002');
      expect(data['category']).toBe('madu');
      expect(data['qr']).toBeUndefined();
      expect(data['offer']).toMatchObject({ price: { min: 85000 } });
      expect(data['gallery']).toEqual([
        { src: 'sarang-lebah.jpg', alt: { id: 'Sarang lebah hutan di pohon.' } },
      ]);

      // The pipeline's part: a QR code, then the check, then the build.
      const content = contentWith(
        Object.fromEntries(Object.entries(written).filter(([p]) => p.startsWith(`${folder}/`))),
      );
      const before = npmRun('check:content', ['--content', content]);
      expect(before.status).toBe(1);
      const assign = npmRun('qr:assign', ['--content', content]);
      expect(assign.status, assign.stderr).toBe(0);
      const check = npmRun('check:content', ['--content', content]);
      expect(check.status, check.stderr).toBe(0);
      const out = join(content, 'dist');
      const build = npmRun('build', [], {
        env: { CONTENT_DIR: content, ETALASE_OUT_DIR: out, SITE_URL: undefined },
      });
      expect(build.status, build.stderr.slice(-2000)).toBe(0);
      const html = readFileSync(join(out, 'produk/madu-hutan-uji-web/index.html'), 'utf8');
      for (const typed of [
        'Madu Hutan Uji Web',
        'Madu hutan yang ditambahkan lewat editor web.',
        'UMKM Contoh Madu Web',
        'Tiworiwu',
        'Madu ini dipanen dari hutan Ngada.',
        'Sarang lebah hutan di pohon.',
      ]) {
        expect(html).toContain(typed);
      }
      expect(html).toMatch(/85[.,]000/);
      expect(await violations(page)).toEqual([]);
      expect(external.every((u) => u.startsWith('https://www.githubstatus.com/'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 600_000);

  it("changes an existing product's price and nothing the form did not show", async () => {
    const { context, page, external } = await openEditor([EDITED]);
    try {
      const file = `content/products/${EDITED}/index.md`;
      const original = readFileSync(join(ROOT, file), 'utf8');
      await page.getByText('Anyaman Bambu Jerebuu').first().click();
      await fillField(page, 'offer.price.min', '40000');
      await screenshot(page, '6-ubah-harga');
      await page.getByRole('button', { name: 'Save' }).click();
      let saved = original;
      for (let i = 0; i < 100 && saved === original; i++) {
        await page.waitForTimeout(200);
        // The CMS may be replacing the file at this very moment: read again then.
        const files: Record<string, string> = await readRepo(
          page,
          `content/products/${EDITED}`,
        ).catch(() => ({}));
        const b64 = files[file];
        saved = b64 ? Buffer.from(b64, 'base64').toString('utf8') : original;
      }
      writeFileSync(join(SHOTS, 'edited-index.md'), saved);
      const before = parseMarkdown(original);
      const after = parseMarkdown(saved);
      if (!before.ok || !after.ok) throw new Error(`unparsable:\n${saved}`);
      const data = after.value.data as { offer: { price: unknown } };
      expect(data.offer.price).toEqual({ min: 40000, max: 250000 });
      // What the site reads is unchanged but for the price: both files through the schema.
      const schema = productSchema({ image: z.string(), areas: await loadAreas() });
      const expected = schema.parse(before.value.data);
      expected.offer.price = { min: 40000, max: 250000 };
      expect(schema.parse(data)).toEqual(expected);
      // As written, only the price and two defaults the form shows as switches differ.
      const raw = (d: unknown): RawProduct =>
        // A YAML date and the quoted 'YYYY-MM-DD' the CMS writes are the same date.
        JSON.parse(JSON.stringify(d), (_k, v: unknown) =>
          typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v)
            ? v.slice(0, 10)
            : v,
        ) as RawProduct;
      const rawBefore = raw(before.value.data);
      rawBefore.offer.price.min = 40000;
      rawBefore.offer.available = true;
      rawBefore.qris = { accepted: false };
      expect(raw(data)).toEqual(rawBefore);
      expect(after.value.body.trim()).toBe(before.value.body.trim());
      // What the CMS rewrites (docs/web-editor.md): comments are dropped, strings are quoted,
      // inline { } maps become blocks, fields follow the form's order.
      expect(saved).not.toContain('# CONTOH / SAMPLE');
      expect(saved).toContain("qr: 'PYBF'");
      // ... and the content check accepts that output.
      const content = contentWith(
        Object.fromEntries(Object.entries(await readRepo(page, `content/products/${EDITED}`))),
      );
      writeFileSync(
        join(content, 'qr-registry.yaml'),
        "- { code: 'PYBF', product: 'anyaman-bambu-tiworiwu', issued: '2026-11-28' }\n",
      );
      const check = npmRun('check:content', ['--content', content]);
      expect(check.status, check.stderr).toBe(0);
      expect(await violations(page)).toEqual([]);
      expect(external.every((u) => u.startsWith('https://www.githubstatus.com/'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('loads from this site only, under its own policy, and reports what a first open transfers', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const external = await prepareContext(context, site.origin);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => {
      bytes += e.encodedDataLength;
    });
    try {
      const response = await page.goto(`${site.origin}/admin/`);
      const html = (await response?.text()) ?? '';
      expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(html).toMatch(
        /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'/,
      );
      await page.getByRole('button', { name: 'Work with Local Repository' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await violations(page)).toEqual([]);
      // The only request leaving the site: GitHub's status page (an outage banner).
      expect(external.filter((u) => !u.startsWith('https://www.githubstatus.com/'))).toEqual([]);
      writeFileSync(join(SHOTS, 'first-open-bytes.txt'), `${bytes}\n`);
      console.log(
        `[web-editor] first open of /admin/: ${bytes} bytes transferred (uncompressed server)`,
      );
      // Budget: the CMS, its fonts and the generated configuration, uncompressed.
      expect(bytes).toBeLessThan(4_500_000);
    } finally {
      await context.close();
    }
  });
});
