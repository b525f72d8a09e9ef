/**
 * The site publishes the import template at /data/templat-produk.xlsx (linked from both editor
 * guides): the same workbook `npm run import:template` writes, with the catalogue's categories.
 * And the published /data/products.csv imports back into the catalogue it came from unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { COLUMNS } from '../../src/lib/import/columns.ts';
import { importTemplateUrl } from '../../src/lib/links/urls.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { planFromFiles } from '../../scripts/lib/import-run.ts';

describe('/data/templat-produk.xlsx', () => {
  it('is a workbook with the import columns, the category dropdown and the villages', async () => {
    const bytes = readFileSync(join(DIST, importTemplateUrl()));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const products = wb.getWorksheet('Produk') as ExcelJS.Worksheet;
    expect(products.getRow(1).getCell(COLUMNS.length).text).toContain(COLUMNS.at(-1)?.id);
    const lists = wb.getWorksheet('Pilihan') as ExcelJS.Worksheet;
    expect(lists.getCell('A1').text).toBe('category');
    const categories = lists.getColumn(1).values.slice(2).map(String).sort();
    expect(categories).toContain('kopi');
    expect(categories).toContain('kain-tenun');
    expect((wb.getWorksheet('Desa') as ExcelJS.Worksheet).actualRowCount).toBe(3443);
  });

  it('/data/products.csv imports back into an equal catalogue', async () => {
    const plan = await planFromFiles({
      file: join(DIST, 'data/products.csv'),
      contentDir: join(ROOT, 'content'),
    });
    expect(plan.problems).toEqual([]);
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toEqual([]);
    expect(plan.unchanged.length).toBe(plan.rows);
    expect(plan.rows).toBeGreaterThan(40);
  }, 60_000);
});
