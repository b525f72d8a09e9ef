/**
 * The web editor's configuration (Sveltia CMS `config.yml`), generated from the product schema:
 * one source of truth. The schema's input JSON Schema (zod's `z.toJSONSchema`) gives the
 * structure — fields, required/optional, allowed values, lengths, patterns, defaults — and
 * `./fields.ts` gives each field its Indonesian label and English hint. A schema field without a
 * label throws here, so a new field cannot silently miss the editor.
 */
import { importTemplateUrl } from '../links/urls.ts';
import { featuredCollection, type FeaturedChoices } from './featured.ts';
import { type CmsField, FIELD_TEXT, type FieldText, OPTION_LABELS, PAIR_LABELS } from './fields.ts';

/** The subset of JSON Schema that zod emits for the product schema. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  description?: string;
  /** Set on the photo schema passed in place of Astro's `image()`. */
  'x-photo'?: boolean;
}

/** Photo formats the site builds from (the content check's list). */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/avif';

/** Marker meta for the photo schema (see `productJsonSchema`). */
export const PHOTO_META = { 'x-photo': true } as const;

export interface Choice {
  label: string;
  value: string;
}

export interface CmsContext {
  /** Categories from content/categories.yaml: value = id. */
  categories: Choice[];
  /** Choices of the home page's featured form (content/featured.yaml); absent: no such form. */
  featured?: FeaturedChoices | undefined;
  /**
   * Labels and hints by field path (default: the product fields of `./fields.ts`); another
   * collection (events: `./event-fields.ts`) passes its own.
   */
  texts?: Readonly<Record<string, FieldText>>;
  /** Choices of select fields by path, for collections other than products. */
  options?: Readonly<Record<string, Choice[]>>;
  /** Where a missing label goes, for the error message. */
  textsFile?: string;
}

/** A schema field has no editor text, or the schema has a shape the editor cannot show. */
export class CmsConfigError extends Error {}

/** `{ id, en }` pair (the schema's `localizedText`): a string or an object with `id`. */
function isPair(s: JsonSchema): JsonSchema | undefined {
  const object = s.anyOf?.find((o) => o.type === 'object');
  const keys = Object.keys(object?.properties ?? {}).sort();
  return s.anyOf?.length === 2 && keys.join() === 'en,id' ? object : undefined;
}

function lengths(s: JsonSchema): Partial<CmsField> {
  return {
    ...(s.minLength !== undefined && s.minLength > 1 ? { minlength: s.minLength } : {}),
    ...(s.maxLength !== undefined ? { maxlength: s.maxLength } : {}),
  };
}

function stringField(name: string, label: string, s: JsonSchema): CmsField {
  return {
    name,
    label,
    widget: 'string',
    ...lengths(s),
    ...(s.pattern
      ? {
          pattern: [
            s.pattern,
            'Format tidak sesuai (lihat petunjuk). / Wrong format (see the hint).',
          ] as [string, string],
        }
      : {}),
  };
}

function pairFields(object: JsonSchema): CmsField[] {
  const id = object.properties?.['id'] ?? {};
  const en = object.properties?.['en'] ?? {};
  return [
    stringField('id', PAIR_LABELS.id, id),
    { ...stringField('en', PAIR_LABELS.en, en), required: false },
  ];
}

/** The editor field for the schema node `s` at `path` (dotted, `*` for list items). */
function field(
  name: string,
  path: string,
  s: JsonSchema,
  required: boolean,
  ctx: CmsContext,
): CmsField {
  const text = (ctx.texts ?? FIELD_TEXT)[path];
  if (!text) {
    throw new CmsConfigError(
      `Field "${path}" has no label for the web editor: add it to ${ctx.textsFile ?? 'src/lib/cms/fields.ts'}.`,
    );
  }
  const base = {
    name,
    label: text.label,
    ...(text.hint ? { hint: text.hint } : {}),
    ...(required ? {} : { required: false }),
    ...(s.default !== undefined ? { default: s.default } : {}),
  };
  if (text.widget) {
    const options = ctx.options?.[path] ?? (path === 'category' ? ctx.categories : undefined);
    return { ...base, ...text.widget, ...(options ? { options } : {}) } as CmsField;
  }
  if (s['x-photo']) {
    // The formats the content check accepts; a photo from the web must be saved first.
    return { ...base, widget: 'image', choose_url: false, accept: PHOTO_TYPES };
  }
  const pair = isPair(s);
  if (pair) return { ...base, widget: 'object', collapsed: false, fields: pairFields(pair) };
  if (path === 'category') return { ...base, widget: 'select', options: ctx.categories };
  if (s.enum) {
    return {
      ...base,
      widget: 'select',
      options: s.enum.map((v) => ({
        label: OPTION_LABELS[String(v)] ?? String(v),
        value: String(v),
      })),
    };
  }
  switch (s.type) {
    case 'boolean':
      return { ...base, widget: 'boolean' };
    case 'string':
      return { ...stringField(name, text.label, s), ...base };
    case 'object':
      return {
        ...base,
        widget: 'object',
        collapsed: false,
        fields: objectFields(s, path, ctx),
      };
    case 'array': {
      const items = s.items ?? {};
      const limits = {
        ...(s.minItems !== undefined ? { min: s.minItems } : {}),
        ...(s.maxItems !== undefined ? { max: s.maxItems } : {}),
      };
      const itemPair = isPair(items);
      if (itemPair) return { ...base, widget: 'list', ...limits, fields: pairFields(itemPair) };
      if (items.type === 'object') {
        return {
          ...base,
          widget: 'list',
          ...limits,
          fields: objectFields(items, `${path}.*`, ctx),
        };
      }
      if (items.type === 'string') return { ...base, widget: 'list', ...limits };
      break;
    }
  }
  throw new CmsConfigError(
    `Field "${path}" has a shape the web editor cannot show (${JSON.stringify(s).slice(0, 120)}): give it a widget in ${ctx.textsFile ?? 'src/lib/cms/fields.ts'}.`,
  );
}

function objectFields(s: JsonSchema, prefix: string, ctx: CmsContext): CmsField[] {
  const required = new Set(s.required ?? []);
  return Object.entries(s.properties ?? {}).map(([name, child]) =>
    field(name, prefix ? `${prefix}.${name}` : name, child, required.has(name), ctx),
  );
}

/** The product fields of the editor, in the schema's order, then the story (Markdown body). */
export function productFields(schema: JsonSchema, ctx: CmsContext): CmsField[] {
  if (schema.type !== 'object') throw new CmsConfigError('The product schema is not an object.');
  return [
    ...objectFields(schema, '', ctx),
    {
      name: 'body',
      label: 'Cerita produk',
      widget: 'markdown',
      hint: 'Cerita produk dalam Bahasa Indonesia: asal, cara membuat, siapa pembuatnya. / The product story in Indonesian.',
      // No code blocks: they would load a syntax highlighter the site does not ship.
      buttons: [
        'bold',
        'italic',
        'link',
        'heading-two',
        'heading-three',
        'quote',
        'bulleted-list',
        'numbered-list',
      ],
      editor_components: [],
    },
  ];
}

/** Where the editor commits: the Git host of the site's repository. */
export interface CmsBackend {
  name: 'github' | 'gitlab' | 'gitea';
  /** `owner/name`. */
  repo: string;
  branch: string;
  /** API root of a self-hosted GitLab/Gitea/Forgejo, e.g. `https://git.nttprov.go.id/api/v1`. */
  api_root?: string;
  /** Web address of a self-hosted GitLab/Gitea/Forgejo (sign-in pages). */
  base_url?: string;
  /** OAuth application id (GitLab/Gitea/Forgejo sign-in without a token). */
  app_id?: string;
  auth_type?: 'pkce';
}

/** The event fields of the editor (content/acara/), in the schema's order; no Markdown body. */
export function eventFields(schema: JsonSchema, ctx: CmsContext): CmsField[] {
  if (schema.type !== 'object') throw new CmsConfigError('The event schema is not an object.');
  return objectFields(schema, '', ctx);
}

/** The events collection (market days and exhibitions): one Markdown file per event. */
export function eventsCollection(schema: JsonSchema, ctx: CmsContext): object {
  return {
    name: 'events',
    label: 'Acara',
    label_singular: 'Acara',
    description:
      'Hari pasar, bazar dan pameran; jam dalam WITA. Acara yang sudah lewat tetap disimpan (pindah ke "telah lewat" dengan sendirinya). / Market days, bazaars and exhibitions; times in WITA. Past events are kept: they move to "past" by themselves.',
    folder: 'content/acara',
    extension: 'md',
    format: 'yaml-frontmatter',
    create: true,
    // An event page, once published, keeps its address (it moves to "past", never away).
    delete: false,
    identifier_field: 'title.id',
    slug: '{{fields.title.id}}',
    summary: '{{title.id}} ({{start}})',
    sortable_fields: ['start', 'title.id'],
    editor: { preview: false },
    fields: eventFields(schema, ctx),
  };
}

/** The whole config.yml object. */
export function cmsConfig(
  schema: JsonSchema,
  ctx: CmsContext,
  backend: CmsBackend,
  events?: { schema: JsonSchema; ctx: CmsContext },
): object {
  return {
    backend,
    // Products keep their photos in their own folder; nothing is uploaded anywhere else.
    media_folder: 'content/products',
    output: {
      // Leave out what the editor left empty, as a hand-written file would.
      omit_empty_optional_fields: true,
      yaml: { quote: 'single', indent_size: 2 },
    },
    collections: [
      {
        name: 'products',
        label: 'Produk',
        label_singular: 'Produk',
        // Sveltia shows a collection's description as sanitised HTML: the link to the
        // spreadsheet template is what an editor with many products needs first.
        description:
          'Produk OVOP NTT: satu folder per produk, foto di folder yang sama. Banyak produk sekaligus? ' +
          `<a href="${importTemplateUrl()}">Unduh templat impor spreadsheet</a> (panduan editor bab 13). / ` +
          'One folder per product, photos beside it. Many products at once? ' +
          `<a href="${importTemplateUrl()}">Download the spreadsheet import template</a> (editor guide chapter 13).`,
        folder: 'content/products',
        path: '{{slug}}/index',
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        // Products are retired (their QR codes are printed), never deleted.
        delete: false,
        identifier_field: 'name.id',
        slug: '{{fields.name.id}}',
        summary: '{{name.id}}',
        media_folder: '',
        public_folder: '',
        // The preview pane shows the product page's top with the site's stylesheet
        // (src/client/admin/editor.ts registers its template).
        editor: { preview: true },
        fields: productFields(schema, ctx),
      },
      ...(ctx.featured ? [featuredCollection(ctx.featured)] : []),
      ...(events ? [eventsCollection(events.schema, events.ctx)] : []),
    ],
  };
}

/** Every field path of the editor config, with the field (for the agreement test). */
export function flattenFields(fields: readonly CmsField[], prefix = ''): Map<string, CmsField> {
  const out = new Map<string, CmsField>();
  for (const f of fields) {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    out.set(path, f);
    const childPrefix = f.widget === 'list' ? `${path}.*` : path;
    if (f.fields) for (const [p, c] of flattenFields(f.fields, childPrefix)) out.set(p, c);
  }
  return out;
}

/**
 * Where the editor fields and the schema disagree (empty when they agree): a schema field
 * without an editor field, an editor field the schema does not have, required/optional,
 * allowed values, defaults, patterns and length limits. Run by tests/unit/cms-config.test.ts
 * against the generated configuration.
 */
export function compareWithSchema(schema: JsonSchema, fields: readonly CmsField[]): string[] {
  const editor = flattenFields(fields);
  const problems: string[] = [];
  const seen = new Set<string>(['body']);
  const visit = (s: JsonSchema, path: string, required: boolean): void => {
    seen.add(path);
    const f = editor.get(path);
    if (!f) {
      problems.push(`${path}: in the schema, not in the editor`);
      return;
    }
    if ((f.required !== false) !== required) {
      problems.push(
        `${path}: ${required ? 'required' : 'optional'} in the schema, not in the editor`,
      );
    }
    if (s.default !== undefined && JSON.stringify(f.default) !== JSON.stringify(s.default)) {
      problems.push(
        `${path}: default ${JSON.stringify(s.default)} in the schema, ${JSON.stringify(f.default)} in the editor`,
      );
    }
    if (s.enum) {
      const values = (f.options ?? []).map((o) => o.value);
      if (JSON.stringify(values) !== JSON.stringify(s.enum.map(String))) {
        problems.push(
          `${path}: allowed values ${s.enum.join(', ')} in the schema, ${values.join(', ')} in the editor`,
        );
      }
    }
    if (s.pattern && f.options) {
      const re = new RegExp(s.pattern);
      const bad = f.options.filter((o) => !re.test(o.value)).map((o) => o.value);
      if (bad.length) problems.push(`${path}: choices ${bad.join(', ')} do not match ${s.pattern}`);
    } else if (s.pattern && f.pattern?.[0] !== s.pattern) {
      problems.push(
        `${path}: pattern ${s.pattern} in the schema, ${String(f.pattern?.[0])} in the editor`,
      );
    }
    if (s.maxLength !== undefined && f['maxlength'] !== s.maxLength) {
      problems.push(
        `${path}: at most ${s.maxLength} characters in the schema, ${String(f['maxlength'])} in the editor`,
      );
    }
    if (s.minLength !== undefined && s.minLength > 1 && f['minlength'] !== s.minLength) {
      problems.push(
        `${path}: at least ${s.minLength} characters in the schema, ${String(f['minlength'])} in the editor`,
      );
    }
    if (s['x-photo'] && f.widget !== 'image')
      problems.push(`${path}: a photo in the schema, not an image field`);
    const pair = isPair(s);
    const object = pair ?? (s.type === 'object' ? s : undefined);
    if (object) {
      const req = new Set(object.required ?? []);
      for (const [k, c] of Object.entries(object.properties ?? {}))
        visit(c, `${path}.${k}`, req.has(k));
    }
    if (s.type === 'array' && s.items) {
      const items = isPair(s.items) ?? s.items;
      const req = new Set(items.required ?? []);
      for (const [k, c] of Object.entries(items.properties ?? {}))
        visit(c, `${path}.*.${k}`, req.has(k));
    }
    // Fields the schema leaves to a validator: their editor sub-fields are the widget's own.
    if (!s.type && !s.anyOf && f.fields)
      for (const p of flattenFields(f.fields, path).keys()) seen.add(p);
  };
  const top = new Set(schema.required ?? []);
  for (const [k, c] of Object.entries(schema.properties ?? {})) visit(c, k, top.has(k));
  for (const path of editor.keys()) {
    if (!seen.has(path)) problems.push(`${path}: in the editor, not in the schema`);
  }
  return problems;
}
