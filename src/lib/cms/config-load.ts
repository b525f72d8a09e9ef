/**
 * Loads what the generated editor configuration needs: the product schema as JSON Schema, the
 * categories of content/categories.yaml and NTT's villages from the official area list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { loadAreas } from '../places/areas-load.ts';
import type { AreaIndex } from '../places/areas.ts';
import { productSchema } from '../../schemas/product.ts';
import { cmsBackend, type CmsEnv } from './backend.ts';
import { config } from '../config/env.ts';
import { type Choice, cmsConfig, type JsonSchema, PHOTO_META } from './config.ts';

/** The product schema's input side as JSON Schema; photos are marked for the image widget. */
export function productJsonSchema(areas: AreaIndex): JsonSchema {
  const schema = productSchema({ image: z.string().meta(PHOTO_META), areas });
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Village choices: "Name — Kec. District, Regency", stored as the Kemendagri code. */
export function villageChoices(areas: AreaIndex): Choice[] {
  return [...areas.villages.values()]
    .map((v) => ({
      label: `${v.name} — Kec. ${v.district.name}, ${v.regency.officialName}`,
      value: v.code,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** Category choices from content/categories.yaml: "Kopi (Coffee)", stored as the id. */
export function categoryChoices(contentDir: string): Choice[] {
  const list = yaml.load(readFileSync(join(contentDir, 'categories.yaml'), 'utf8')) as {
    id: string;
    name: string | { id: string; en?: string };
  }[];
  return list.map((c) => {
    const name = typeof c.name === 'string' ? { id: c.name } : c.name;
    return { label: name.en ? `${name.id} (${name.en})` : name.id, value: c.id };
  });
}

/** The config.yml object for this build. */
export async function buildCmsConfig(contentDir: string, env: CmsEnv = config()): Promise<object> {
  const areas = await loadAreas();
  return cmsConfig(
    productJsonSchema(areas),
    { categories: categoryChoices(contentDir), villages: villageChoices(areas) },
    cmsBackend(env),
  );
}
