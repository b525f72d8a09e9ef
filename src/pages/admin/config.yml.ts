/** `/admin/config.yml`: the web editor's configuration, generated from the product schema. */
import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { buildCmsConfig } from '@/lib/cms/config-load';
import { contentDir } from '@/lib/build/content-dir';

export const GET: APIRoute = async () => {
  const config = await buildCmsConfig(contentDir());
  const header =
    '# Dibuat otomatis dari skema produk (src/schemas/product.ts); jangan diubah.\n' +
    '# Generated from the product schema by src/lib/cms/config.ts; do not edit.\n';
  return new Response(header + stringify(config, { lineWidth: 0 }), {
    headers: { 'Content-Type': 'text/yaml; charset=utf-8' },
  });
};
