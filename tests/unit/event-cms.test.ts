/**
 * The web editor's events collection is generated from the event schema like products: every
 * schema field has an editor field that agrees with it, and every sample event's values are
 * among the editor's choices and formats, so saving an unchanged event is never blocked.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import { cmsBackend } from '../../src/lib/cms/backend.ts';
import {
  cmsConfig,
  CmsConfigError,
  compareWithSchema,
  eventFields,
  flattenFields,
  type JsonSchema,
} from '../../src/lib/cms/config.ts';
import {
  buildCmsConfig,
  categoryChoices,
  eventJsonSchema,
  productCodeChoices,
  regencyChoices,
} from '../../src/lib/cms/config-load.ts';
import { EVENT_FIELD_TEXT } from '../../src/lib/cms/event-fields.ts';
import { ROOT } from '../helpers/paths.ts';

const areas = await loadAreas();
const content = join(ROOT, 'content');
const schema = eventJsonSchema(areas);
const ctx = {
  categories: categoryChoices(content),
  texts: EVENT_FIELD_TEXT,
  textsFile: 'src/lib/cms/event-fields.ts',
  options: { 'place.regency': regencyChoices(areas), products: productCodeChoices(content) },
};
const fields = eventFields(schema, ctx);
const byPath = flattenFields(fields);

describe('editor configuration of events', () => {
  it('has an editor field for every event schema field, and they agree', () => {
    expect(compareWithSchema(schema, fields)).toEqual([]);
    expect([...byPath.keys()]).toEqual(
      expect.arrayContaining([
        'title.id',
        'start',
        'end',
        'place.regency',
        'products',
        'organiser.url',
      ]),
    );
  });

  it('refuses a new event field without a label, naming the file to add it to', () => {
    const withNew: JsonSchema = {
      ...schema,
      properties: { ...schema.properties, ticket: { type: 'string' } },
    };
    expect(() => eventFields(withNew, ctx)).toThrow(CmsConfigError);
    expect(() => eventFields(withNew, ctx)).toThrow(
      'Field "ticket" has no label for the web editor: add it to src/lib/cms/event-fields.ts.',
    );
  });

  it('picks the regency among the 22 and the products by name, storing codes', () => {
    expect(byPath.get('place.regency')?.options).toHaveLength(22);
    expect(byPath.get('place.regency')?.options).toContainEqual({
      label: 'Kota Kupang (53.71)',
      value: '53.71',
    });
    const products = byPath.get('products');
    expect(products).toMatchObject({ widget: 'select', multiple: true });
    expect(products?.options?.find((o) => o.value === 'RM7B')?.label).toMatch(/Golewa — RM7B$/);
    // A retired product stays choosable (a past event that showed it must still save).
    expect(products?.options?.find((o) => o.value === 'SPB2')?.label).toContain('retired');
    expect(byPath.get('start')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD HH:mm' });
  });

  it("accepts every sample event's values as the editor stores them", () => {
    const dir = join(content, 'acara');
    const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const parsed = parseMarkdown(readFileSync(join(dir, file), 'utf8'));
      if (!parsed.ok) throw new Error(file);
      const d = parsed.value.data as {
        start: string;
        end: string;
        place: { regency: string };
        products: string[];
        organiser?: { url?: string };
      };
      // The datetime widget writes `YYYY-MM-DD HH:mm`: what the files hold.
      for (const t of [d.start, d.end]) expect(t, file).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      const regencies = byPath.get('place.regency')?.options?.map((o) => o.value);
      expect(regencies, file).toContain(d.place.regency);
      const codes = byPath.get('products')?.options?.map((o) => o.value);
      for (const code of d.products) expect(codes, `${file} ${code}`).toContain(code);
      const pattern = byPath.get('organiser.url')?.pattern?.[0];
      if (d.organiser?.url) expect(d.organiser.url).toMatch(new RegExp(pattern ?? '^$'));
    }
  });

  it('writes the events collection: content/acara/, one Markdown file each, never deleted', async () => {
    const config = (await buildCmsConfig(content, {})) as {
      collections: Record<string, unknown>[];
    };
    // Products, the home page's featured list, then events.
    expect(config.collections.map((c) => c['name'])).toEqual(['products', 'featured', 'events']);
    expect(config.collections.find((c) => c['name'] === 'events')).toMatchObject({
      folder: 'content/acara',
      extension: 'md',
      format: 'yaml-frontmatter',
      create: true,
      delete: false,
    });
    // Without events, the products collection alone (as before).
    const productsOnly = cmsConfig(
      { type: 'object', properties: {} },
      { categories: [] },
      cmsBackend({}),
    ) as { collections: unknown[] };
    expect(productsOnly.collections).toHaveLength(1);
  });
});
