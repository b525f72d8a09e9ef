/**
 * The web editor's configuration is generated from the product schema: every schema field has an
 * editor field that agrees with it (required/optional, allowed values, defaults, patterns,
 * lengths), and every existing product's values pass the editor's own format checks, so editing
 * one is never blocked by the form.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import { adminCsp, cmsBackend, CmsBackendError } from '../../src/lib/cms/backend.ts';
import type { CmsField } from '../../src/lib/cms/fields.ts';
import {
  cmsConfig,
  CmsConfigError,
  compareWithSchema,
  flattenFields,
  type JsonSchema,
  productFields,
} from '../../src/lib/cms/config.ts';
import {
  categoryChoices,
  productJsonSchema,
  villageChoices,
} from '../../src/lib/cms/config-load.ts';
import { PATTERNS } from '../../src/lib/cms/fields.ts';
import { ROOT } from '../helpers/paths.ts';

const areas = await loadAreas();
const schema = productJsonSchema(areas);
const ctx = { categories: categoryChoices(join(ROOT, 'content')), villages: villageChoices(areas) };
const fields = productFields(schema, ctx);
const byPath = flattenFields(fields);

describe('editor configuration from the product schema', () => {
  it('has an editor field for every schema field, and they agree', () => {
    expect(compareWithSchema(schema, fields)).toEqual([]);
  });

  it('notices a schema field without an editor field, and an editor field that disagrees', () => {
    const withNew: JsonSchema = {
      ...schema,
      properties: { ...schema.properties, harvest: { type: 'string' } },
      required: [...(schema.required ?? []), 'harvest'],
    };
    expect(compareWithSchema(withNew, fields)).toEqual([
      'harvest: in the schema, not in the editor',
    ]);
    // The generator refuses outright: a new field needs its label first.
    expect(() => productFields(withNew, ctx)).toThrow(CmsConfigError);
    expect(() => productFields(withNew, ctx)).toThrow('"harvest" has no label');

    const tampered = structuredClone<CmsField[]>(fields);
    const programme = tampered.find((f) => f.name === 'programme');
    const stage = programme?.fields?.find((f) => f.name === 'stage');
    if (!stage?.options) throw new Error('no stage field');
    stage.options.pop();
    const name = tampered.find((f) => f.name === 'name');
    if (name) name.required = false;
    expect(compareWithSchema(schema, tampered)).toEqual([
      'name: required in the schema, not in the editor',
      'programme.stage: allowed values siap-pasar, transisi, pendampingan in the schema, siap-pasar, transisi in the editor',
    ]);
  });

  it('labels every field in Indonesian and gives bilingual pairs Indonesian first', () => {
    for (const [path, f] of byPath) expect(f.label, path).toMatch(/\S/);
    for (const path of ['name', 'tagline', 'offer.unit', 'hero.alt', 'gallery.*.alt']) {
      const pair = byPath.get(path);
      expect(pair?.fields?.map((f) => [f.name, f.required !== false])).toEqual([
        ['id', true],
        ['en', false],
      ]);
    }
  });

  it('picks the village among the 3,442 NTT villages and stores its code; the category from categories.yaml', () => {
    const village = byPath.get('village');
    expect(village?.widget).toBe('select');
    expect(village?.options).toHaveLength(3442);
    expect(village?.options).toContainEqual({
      label: 'Tiworiwu — Kec. Jerebuu, Kabupaten Ngada',
      value: '53.09.12.2002',
    });
    const ids = [
      ...readFileSync(join(ROOT, 'content/categories.yaml'), 'utf8').matchAll(/^- id: (\S+)/gm),
    ].map((m) => m[1]);
    expect(byPath.get('category')?.options?.map((o) => o.value)).toEqual(ids);
    expect(byPath.get('category')?.options).toContainEqual({
      label: 'Kopi (Coffee)',
      value: 'kopi',
    });
  });

  it('shows the stage and every checklist area as choices, the QR code read-only, photos with their minimum size', () => {
    expect(byPath.get('programme.stage')?.options?.map((o) => o.value)).toEqual([
      'siap-pasar',
      'transisi',
      'pendampingan',
    ]);
    expect(byPath.get('programme.checklist.barcode')?.options?.map((o) => o.value)).toEqual([
      'belum',
      'proses',
      'selesai',
    ]);
    expect(byPath.get('qr')).toMatchObject({ readonly: true, required: false });
    for (const p of ['hero.src', 'gallery.*.src']) {
      expect(byPath.get(p)).toMatchObject({ widget: 'image', choose_url: false });
      expect(byPath.get(p)?.hint).toContain('1.200 piksel');
      expect(byPath.get(p)?.hint).toContain('1,200 px');
    }
    expect(byPath.get('gallery.*.alt.id')?.required).not.toBe(false);
    expect(byPath.get('certifications.bpom')?.hint).toContain('MD123456789012');
    expect(byPath.get('certifications.pirt')?.hint).toContain('1234567890123-45');
  });

  it("accepts every existing product's values: saving an unchanged field is never blocked", () => {
    const products = join(ROOT, 'content/products');
    const checked: string[] = [];
    for (const slug of readdirSync(products)) {
      const parsed = parseMarkdown(readFileSync(join(products, slug, 'index.md'), 'utf8'));
      if (!parsed.ok) throw new Error(slug);
      const data = parsed.value.data as {
        qr?: string;
        gtin?: string;
        producer?: { whatsapp?: string; nib?: string; marketplaces?: { url: string }[] };
        certifications?: { bpom?: string; pirt?: string; halal?: { number?: string } };
      };
      const values: [string, string | undefined][] = [
        ['qr', data.qr],
        ['gtin', data.gtin],
        ['producer.whatsapp', data.producer?.whatsapp],
        ['producer.nib', data.producer?.nib],
        ['certifications.bpom', data.certifications?.bpom],
        ['certifications.pirt', data.certifications?.pirt],
        ...(data.producer?.marketplaces ?? []).map(
          (m) => ['producer.marketplaces.*.url', m.url] as [string, string | undefined],
        ),
      ];
      for (const [path, value] of values) {
        if (value === undefined) continue;
        const pattern = byPath.get(path)?.pattern?.[0];
        expect(pattern, path).toBeDefined();
        expect(value, `${slug} ${path}`).toMatch(new RegExp(pattern ?? '$^'));
        checked.push(path);
      }
      const halal = data.certifications?.halal?.number;
      if (halal) expect(halal).toMatch(new RegExp(PATTERNS.halal));
    }
    expect(new Set(checked).size).toBeGreaterThanOrEqual(5);
  });

  it('writes a whole config: products in their own folders with their photos, never deleted', () => {
    const config = cmsConfig(schema, ctx, cmsBackend({})) as {
      collections: Record<string, unknown>[];
      output: unknown;
    };
    const products = config.collections[0];
    expect(products).toMatchObject({
      folder: 'content/products',
      path: '{{slug}}/index',
      media_folder: '',
      public_folder: '',
      delete: false,
      create: true,
    });
    expect(config.output).toMatchObject({ omit_empty_optional_fields: true });
  });
});

describe('editor backend and its Content-Security-Policy', () => {
  it('commits to GitHub by default, to the repository of the workflow', () => {
    expect(cmsBackend({ GITHUB_REPOSITORY: 'ntt/etalase' })).toEqual({
      name: 'github',
      repo: 'ntt/etalase',
      branch: 'main',
    });
    const csp = adminCsp(cmsBackend({}));
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain(
      "connect-src 'self' blob: data: https://api.github.com https://www.githubstatus.com",
    );
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp).not.toMatch(/\s\*(?:\s|;|$)/);
  });

  it("talks only to the province's own GitLab, Gitea or Forgejo when it hosts one", () => {
    const gitea = cmsBackend({
      CMS_BACKEND: 'gitea',
      CMS_REPO: 'diskop/etalase',
      CMS_BASE_URL: 'https://git.nttprov.go.id/',
      CMS_APP_ID: 'abc',
    });
    expect(gitea).toEqual({
      name: 'gitea',
      repo: 'diskop/etalase',
      branch: 'main',
      base_url: 'https://git.nttprov.go.id',
      api_root: 'https://git.nttprov.go.id/api/v1',
      app_id: 'abc',
    });
    const csp = adminCsp(gitea);
    expect(csp).toContain("connect-src 'self' blob: data: https://git.nttprov.go.id;");
    expect(csp).not.toContain('github');
    expect(
      cmsBackend({
        CMS_BACKEND: 'gitlab',
        CMS_BASE_URL: 'https://gitlab.ntt.go.id',
        CMS_REPO: 'a/b',
      }).api_root,
    ).toBe('https://gitlab.ntt.go.id/api/v4');
  });

  it('refuses a configuration that cannot work, saying which variable to fix', () => {
    expect(() => cmsBackend({ CMS_BACKEND: 'svn' })).toThrow(CmsBackendError);
    expect(() => cmsBackend({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b' })).toThrow('CMS_BASE_URL');
    expect(() => cmsBackend({ CMS_BASE_URL: 'http://git.example.go.id' })).toThrow('https://');
    expect(() => cmsBackend({ CMS_REPO: 'no-slash' })).toThrow('owner/name');
  });
});
