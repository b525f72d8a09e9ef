/**
 * The file `npm run new:product` writes names every field of the product schema (as a line, or
 * as a commented example for an optional one), as cms-config.test.ts checks for the web editor:
 * a field added to the schema without a line in the template fails here (docs/architecture.md,
 * "adding a field", step 6).
 */
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { productJsonSchema } from '../../src/lib/cms/config-load.ts';
import type { JsonSchema } from '../../src/lib/cms/config.ts';
import { productTemplate } from '../../scripts/lib/product-template.ts';

/** Dotted paths of every object property in a JSON Schema (not inside arrays or unions). */
function schemaFields(schema: JsonSchema, prefix = ''): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const path = `${prefix}${name}`;
    return [path, ...(child.properties ? schemaFields(child, `${path}.`) : [])];
  });
}

/** Dotted paths of the frontmatter keys a template names, commented-out examples included. */
export function templateFields(text: string): string[] {
  const front = text.split(/^---$/m)[1] ?? '';
  const stack: { indent: number; key: string }[] = [];
  const out: string[] = [];
  for (const line of front.split('\n')) {
    const m = /^(\s*)(?:#\s?)?(\s*)([A-Za-z][A-Za-z0-9]*):(?:\s|$)/.exec(line);
    if (!m) continue;
    const indent = (m[1] ?? '').length + (m[2] ?? '').length;
    while (stack.length && (stack.at(-1)?.indent ?? 0) >= indent) stack.pop();
    const path = [...stack.map((s) => s.key), m[3]].join('.');
    out.push(path);
    stack.push({ indent, key: m[3] as string });
  }
  return out;
}

const text = productTemplate({
  slug: 'uji',
  name: 'Uji',
  village: '53.11.01.2012',
  category: 'madu',
  added: '2026-12-07',
});

describe('the new:product template', () => {
  it('names every field of the product schema', async () => {
    const schema = productJsonSchema(await loadAreas());
    const named = new Set(templateFields(text));
    const missing = schemaFields(schema).filter((f) => !named.has(f));
    expect(missing).toEqual([]);
  });

  it('notices a field it does not name (the check can fail)', () => {
    const fields = templateFields(text.replace(/^ {2}# nib:.*\n/m, ''));
    expect(fields).not.toContain('producer.nib');
    expect(templateFields(text)).toContain('producer.nib');
    expect(templateFields(text)).toContain('programme.checklist.qris');
  });
});
