/**
 * The web editor's own parts in a real Chromium (/admin/, local folder as in web-editor.test.ts):
 * the village field (typed letter by letter, picked from the list, stored as the Kemendagri code
 * while the editor reads "village — district, regency") and the preview pane (the product page's
 * classes and stylesheet, showing what is typed before it is saved). Timings are the benchmark's
 * job (npm run bench:editor), not this test's.
 */
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import {
  field,
  fillField,
  filesFrom,
  prepareContext,
  readRepo,
  seedRepo,
  violations,
} from '../helpers/cms.ts';
import { ROOT } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const EDITED = 'anyaman-bambu-tiworiwu';
const FILE = `content/products/${EDITED}/index.md`;

async function openProduct() {
  const context = await site.browser.newContext({ viewport: { width: 1400, height: 900 } });
  const external = await prepareContext(context, site.origin);
  const page = await context.newPage();
  await page.goto(`${site.origin}/admin/`);
  await seedRepo(
    page,
    filesFrom(join(ROOT, 'content/products', EDITED), `content/products/${EDITED}`),
  );
  await page.getByRole('button', { name: 'Work with Local Repository' }).click();
  await page.getByText('Anyaman Bambu Jerebuu').first().click();
  return { context, page, external };
}

/** The preview pane's document (the CMS draws it in its `iframe.preview`). */
function preview(page: Page): FrameLocator {
  return page.locator('iframe.preview').first().contentFrame();
}

async function saved(page: Page, before: string): Promise<string> {
  for (let i = 0; i < 150; i++) {
    const files = await readRepo(page, `content/products/${EDITED}`).catch(() => ({}));
    const b64 = (files as Record<string, string>)[FILE];
    const text = b64 ? Buffer.from(b64, 'base64').toString('utf8') : before;
    if (text !== before) return text;
    await page.waitForTimeout(200);
  }
  throw new Error('the CMS did not save the product');
}

describe("web editor's village field and preview", () => {
  it('picks a village typed letter by letter, shows "village — district, regency", stores the code', async () => {
    const { context, page, external } = await openProduct();
    try {
      const village = await field(page, 'village');
      const input = village.getByRole('combobox');
      // The saved code is shown as its village once the list is in.
      await expect
        .poll(() => input.inputValue(), { timeout: 60_000 })
        .toBe('Tiworiwu — Kec. Jerebuu, Kabupaten Ngada');
      await input.click();
      await expect.poll(() => input.getAttribute('aria-expanded')).toBe('true');
      await input.press('ControlOrMeta+a');
      await input.press('Backspace');
      await input.pressSequentially('nenas', { delay: 20 });
      const options = page.getByRole('option');
      await expect
        .poll(() => options.first().textContent())
        .toBe('Nenas — Kec. Fatumnasi, Kabupaten Timor Tengah Selatan');
      // Every choice shown matches what was typed.
      for (const text of await options.allTextContents())
        expect(text.toLowerCase()).toContain('nenas');
      // Keyboard: first choice, Enter.
      await input.press('ArrowDown');
      await input.press('Enter');
      await expect.poll(() => input.getAttribute('aria-expanded')).toBe('false');
      expect(await input.inputValue()).toBe(
        'Nenas — Kec. Fatumnasi, Kabupaten Timor Tengah Selatan',
      );
      // Escape after typing nonsense restores the chosen village.
      await input.click();
      await input.pressSequentially('qqq');
      await expect.poll(() => village.textContent()).toContain('Tidak ada desa');
      await input.press('Escape');
      expect(await input.inputValue()).toBe(
        'Nenas — Kec. Fatumnasi, Kabupaten Timor Tengah Selatan',
      );

      const before = await readRepo(page, `content/products/${EDITED}`).then((f) =>
        Buffer.from(f[FILE] ?? '', 'base64').toString('utf8'),
      );
      await page.getByRole('button', { name: 'Save' }).click();
      const text = await saved(page, before);
      const parsed = parseMarkdown(text);
      if (!parsed.ok) throw new Error(`unparsable:\n${text}`);
      // The Kemendagri code of Nenas, Kec. Fatumnasi, as the area list has it.
      expect((parsed.value.data as { village: string }).village).toBe('53.02.12.2001');
      expect(text).toContain("village: '53.02.12.2001'");
      expect(await violations(page)).toEqual([]);
      expect(external.every((u) => u.startsWith('https://www.githubstatus.com/'))).toBe(true);
    } finally {
      await context.close();
    }
  }, 300_000);

  it('shows a typed name and price in the preview, with the site stylesheet', async () => {
    const { context, page } = await openProduct();
    // The preview frame runs under /admin/'s policy too: Chromium logs what it refuses there.
    const refused: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    });
    try {
      await fillField(page, 'name.id', 'Anyaman Pratinjau Uji');
      // The product sells at a range; the highest price stays.
      await fillField(page, 'offer.price.min', '123456');
      const pane = preview(page);
      await expect
        .poll(() => pane.locator('h1').textContent(), { timeout: 60_000 })
        .toBe('Anyaman Pratinjau Uji');
      await expect
        .poll(() => pane.locator('.price strong').textContent())
        .toMatch(/^Rp\s?123\.456 – Rp\s?250\.000$/);
      await expect
        .poll(() => pane.locator('.btn.btn-wa').textContent())
        .toBe('Pesan lewat WhatsApp');
      await expect.poll(() => pane.locator('.trust').textContent()).toContain('Tiworiwu');
      // The site's own stylesheet: its order-button colour, not the browser's link blue.
      const sheets = await pane
        .locator('link[rel="stylesheet"]')
        .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
      expect(sheets.some((href) => /\/_astro\/.*\.css$/.test(href))).toBe(true);
      // The stylesheet loads after the frame is drawn: wait for its rules to apply.
      await expect
        .poll(() =>
          pane.locator('.btn.btn-wa').evaluate((el) => getComputedStyle(el).backgroundColor),
        )
        .not.toBe('rgba(0, 0, 0, 0)');
      expect(await violations(page)).toEqual([]);
      expect(refused).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});
