/**
 * The layer rule of docs/architecture.md, checked on every import in src/, scripts/ and
 * astro.config.mjs: a module imports only from its own layer or a layer below it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Layers, bottom to top; `side` (integrations, scripts, config) sits beside layers 0–2. */
const LAYERS: [RegExp, number | 'side'][] = [
  [/^src\/lib\/validators\//, 0],
  [/^src\/lib\/(bilingual|field-hints|areas|locales)\.ts$/, 0],
  [/^src\/i18n\//, 0],
  [/^src\/schemas\//, 1],
  [/^src\/lib\//, 2],
  [/^src\/content\.config\.ts$/, 2],
  [/^src\/(components|layouts|client|styles)\//, 3],
  [/^src\/pages\//, 4],
  [/^(src\/integrations\/|scripts\/|astro\.config\.mjs$)/, 'side'],
];

function layerOf(file: string): number | 'side' | undefined {
  return LAYERS.find(([re]) => re.test(file))?.[1];
}

/** May a module in layer `from` import one in layer `to`? */
export function allowed(from: number | 'side', to: number | 'side'): boolean {
  if (from === 'side') return to === 'side' || to <= 2;
  if (to === 'side') return false;
  return to <= from;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'baseline' ? [] : walk(path);
    return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
  });
}

/** Import specifiers of a file that point into the project (relative or `@/`). */
function projectImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specs
    .filter((s) => s.startsWith('.') || s.startsWith('@/'))
    .map((s) =>
      relative(
        ROOT,
        s.startsWith('@/') ? join(ROOT, 'src', s.slice(2)) : resolve(dirname(file), s),
      ),
    )
    .map((p) => (/\.(ts|mjs|astro|css|json)$/.test(p) ? p : `${p}.ts`));
}

const files = [
  ...walk(join(ROOT, 'src')),
  ...walk(join(ROOT, 'scripts')),
  join(ROOT, 'astro.config.mjs'),
];

describe('layer rule (docs/architecture.md)', () => {
  it('knows the layer of every module', () => {
    const unknown = files.map((f) => relative(ROOT, f)).filter((f) => layerOf(f) === undefined);
    expect(unknown).toEqual([]);
  });

  it('no module imports from a layer above its own', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = relative(ROOT, file);
      const fromLayer = layerOf(from);
      if (fromLayer === undefined) continue;
      for (const to of projectImports(file)) {
        const toLayer = layerOf(to);
        if (toLayer === undefined) continue;
        if (!allowed(fromLayer, toLayer))
          violations.push(`${from} (${fromLayer}) -> ${to} (${toLayer})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('the rule itself refuses upward imports', () => {
    expect(allowed(1, 2)).toBe(false); // a schema importing the content checker
    expect(allowed(2, 3)).toBe(false); // lib importing a component
    expect(allowed('side', 3)).toBe(false); // a script importing a component
    expect(allowed(0, 1)).toBe(false); // a validator importing a schema
    expect(allowed(2, 1)).toBe(true);
    expect(allowed(4, 3)).toBe(true);
  });
});
