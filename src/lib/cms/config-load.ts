/**
 * Loads what the generated editor configuration needs: the product schema as JSON Schema, the
 * categories of content/categories.yaml. (NTT's villages are a file of their own,
 * `/admin/villages.json` from ./village-list.ts, read when a product form opens.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { loadAreas } from '../places/areas-load.ts';
import type { AreaIndex } from '../places/areas.ts';
import { eventSchema } from '../../schemas/event.ts';
import { productSchema } from '../../schemas/product.ts';
import { EVENT_FIELD_TEXT } from './event-fields.ts';
import { cmsBackend, type CmsEnv } from './backend.ts';
import { config } from '../config/env.ts';
import { type Choice, cmsConfig, type JsonSchema, PHOTO_META } from './config.ts';

/** The product schema's input side as JSON Schema; photos are marked for the image widget. */
export function productJsonSchema(areas: AreaIndex): JsonSchema {
  const schema = productSchema({ image: z.string().meta(PHOTO_META), areas });
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** The event schema's input side as JSON Schema. */
export function eventJsonSchema(areas: AreaIndex): JsonSchema {
  return z.toJSONSchema(eventSchema({ areas }), {
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
}

/** Regency choices: "Kota Kupang (53.71)", stored as the Kemendagri code. */
export function regencyChoices(areas: AreaIndex): Choice[] {
  return [...areas.regencies]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ label: `${r.officialName} (${r.code})`, value: r.code }));
}

/** Product choices for events: "Kopi Arabika Golewa — RM7B", stored as the QR code. */
export function productCodeChoices(contentDir: string): Choice[] {
  const dir = join(contentDir, 'products');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const file = ['index.md', 'index.mdx']
        .map((f) => join(dir, d.name, f))
        .find((f) => existsSync(f));
      if (!file) return [];
      const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
      let data: { qr?: unknown; name?: unknown; retired?: unknown } = {};
      try {
        data = (front ? yaml.load(front) : {}) as typeof data;
      } catch {
        return [];
      }
      if (typeof data.qr !== 'string') return [];
      const name =
        typeof data.name === 'string'
          ? data.name
          : ((data.name as { id?: string } | undefined)?.id ?? d.name);
      // Retired products stay choosable: a past event that showed one must still save.
      const retired = data.retired ? ' (tidak dijual lagi / retired)' : '';
      return [{ label: `${name} — ${data.qr}${retired}`, value: data.qr }];
    })
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

/**
 * Products on sale, for the featured form: "Name" stored as the folder name. Read from each
 * product's frontmatter as written (a file that does not parse is left out: the check names it).
 */
export function productChoices(contentDir: string): Choice[] {
  const dir = join(contentDir, 'products');
  if (!existsSync(dir)) return [];
  const out: Choice[] = [];
  for (const slug of readdirSync(dir).sort()) {
    const file = ['index.md', 'index.mdx'].map((f) => join(dir, slug, f)).find(existsSync);
    if (!file) continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
    let data: { name?: string | { id?: string }; retired?: unknown } | undefined;
    try {
      data = front ? (yaml.load(front) as typeof data) : undefined;
    } catch {
      continue;
    }
    if (!data || data.retired) continue;
    const name = typeof data.name === 'string' ? data.name : data.name?.id;
    out.push({ label: name ? `${name} (${slug})` : slug, value: slug });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label, 'id'));
}

/** Island choices from content/islands.yaml, stored as the id. */
export function islandChoices(contentDir: string): Choice[] {
  const file = join(contentDir, 'islands.yaml');
  if (!existsSync(file)) return [];
  const list = yaml.load(readFileSync(file, 'utf8')) as { id: string; name: string }[] | null;
  return (list ?? []).map((i) => ({ label: i.name, value: i.id }));
}

/** The config.yml object for this build. */
export async function buildCmsConfig(contentDir: string, env: CmsEnv = config()): Promise<object> {
  const areas = await loadAreas();
  return cmsConfig(
    productJsonSchema(areas),
    {
      categories: categoryChoices(contentDir),
      featured: {
        products: productChoices(contentDir),
        categories: categoryChoices(contentDir),
        islands: islandChoices(contentDir),
      },
    },
    cmsBackend(env),
    {
      schema: eventJsonSchema(areas),
      ctx: {
        categories: categoryChoices(contentDir),
        texts: EVENT_FIELD_TEXT,
        textsFile: 'src/lib/cms/event-fields.ts',
        options: {
          'place.regency': regencyChoices(areas),
          products: productCodeChoices(contentDir),
        },
      },
    },
  );
}
