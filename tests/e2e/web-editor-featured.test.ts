/**
 * The office chooses the home page's featured products in the web editor (/admin/, Sveltia CMS
 * on a local folder, as in web-editor.test.ts): it types a title, picks a product from the list
 * of products on sale, saves, and the content/featured.yaml written passes the schema and the
 * check across files with the values typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { featuredProblems } from '../../src/lib/catalogue/featured.ts';
import { featuredInput, featuredSchema } from '../../src/schemas/featured.ts';
import {
  chooseOption,
  field,
  fillField,
  filesFrom,
  prepareContext,
  readRepo,
  seedRepo,
} from '../helpers/cms.ts';
import { ROOT } from '../helpers/paths.ts';
import { useSite } from '../helpers/site.ts';

const site = useSite();
const PRODUCT = 'kopi-arabika-golewa';

describe('web editor: featured products', () => {
  it('writes content/featured.yaml that the check accepts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await prepareContext(context, site.origin);
      const page = await context.newPage();
      await page.goto(`${site.origin}/admin/`);
      const shipped = readFileSync(join(ROOT, 'content/featured.yaml'));
      await seedRepo(page, {
        ...filesFrom(join(ROOT, 'content/products', PRODUCT), `content/products/${PRODUCT}`),
        'content/featured.yaml': shipped.toString('base64'),
      });
      await page.getByRole('button', { name: 'Work with Local Repository' }).click();
      await page.getByRole('button', { name: 'New' }).waitFor();
      await page.evaluate(() => {
        location.hash = '#/collections/featured/entries/featured';
      });
      // The title is optional: the form shows it once asked for.
      await (await field(page, 'title')).getByRole('checkbox').check();
      await fillField(page, 'title.id', 'Desember: hadiah untuk hari raya');
      await fillField(page, 'title.en', 'December: gifts for the holidays');
      await (await field(page, 'products')).getByRole('button', { name: /^Add/ }).click();
      await chooseOption(page, 'products.0', 'Golewa', `Kopi Arabika Golewa (${PRODUCT})`);
      await page.getByRole('button', { name: 'Save' }).click();
      let written: unknown;
      for (let i = 0; i < 150 && written === undefined; i++) {
        await page.waitForTimeout(200);
        const files: Record<string, string> = await readRepo(page, 'content').catch(() => ({}));
        const b64 = files['content/featured.yaml'];
        const text = b64 ? Buffer.from(b64, 'base64').toString('utf8') : '';
        if (text.includes(PRODUCT)) written = yaml.load(text);
      }
      expect(written, 'the editor saved content/featured.yaml').toBeDefined();
      const data = featuredSchema.parse(featuredInput(written));
      expect(data.products).toEqual([PRODUCT]);
      expect(data.title).toEqual({
        id: 'Desember: hadiah untuk hari raya',
        en: 'December: gifts for the holidays',
      });
      const product = {
        id: PRODUCT,
        data: { category: 'kopi', village: { regency: { code: '53.09' } } },
      };
      expect(featuredProblems(data, [product], ['kopi'], undefined)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 600_000);
});
