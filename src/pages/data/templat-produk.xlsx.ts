/**
 * `/data/templat-produk.xlsx`: the spreadsheet template of `npm run import:products`, the same
 * workbook `npm run import:template` writes, so the editor guides and /admin/ can link it.
 */
import type { APIRoute } from 'astro';
import { loadAreas } from '@/lib/places/areas-load';
import { getCatalogue } from '@/lib/catalogue/catalogue-load';
import { writeTemplate } from '@/lib/import/template';

export const GET: APIRoute = async () => {
  const categories = (await getCatalogue()).categories.map((c) => c.id);
  const bytes = await writeTemplate({ areas: await loadAreas(), categories });
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  });
};
