/**
 * `/data/products.schema.json`: the JSON Schema (draft 2020-12) of `/data/products.json`,
 * generated from the row's zod schema (`schema.ts`), so it cannot drift from the data.
 */
import { z } from 'astro/zod';
import { absoluteUrl, dataFileUrl } from '../links/urls.ts';
import { openDataDocumentSchema } from './schema.ts';

/** JSON Schema of `/data/products.json`; `$id` is the schema's own URL on `origin`. */
export function productsJsonSchema(origin: string): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(openDataDocumentSchema, {
    target: 'draft-2020-12',
    io: 'output',
  }) as Record<string, unknown>;
  return { $schema, $id: absoluteUrl(dataFileUrl('schema'), origin), ...rest };
}
