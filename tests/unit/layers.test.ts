/**
 * The layer rule of docs/architecture.md, checked on every import in src/, scripts/ and
 * astro.config.mjs: a module imports only from its own layer or a layer below it, every import
 * lands on a module with a layer, and no two folders import each other, directly or around a
 * loop.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Layers, bottom to top, by folder (docs/architecture.md); `side` (integrations, scripts,
 * config) sits beside layers 0–2. A file directly in src/lib/ has no layer, so it fails
 * "knows the layer of every module": every module lives in the folder of its domain.
 */
const LAYERS: [RegExp, number | 'side'][] = [
  [/^src\/lib\/(validators|text|places|messages|config)\//, 0],
  [/^src\/i18n\//, 0],
  [/^src\/schemas\//, 1],
  [/^src\/lib\/[^/]+\//, 2],
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
    .map((p) => {
      if (/\.(ts|mjs|astro|css|json)$/.test(p)) return p;
      // A folder import (`../i18n`) means its index module.
      return existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isDirectory()
        ? `${p}/index.ts`
        : `${p}.ts`;
    });
}

/**
 * The unit of the cycle rule: a module's folder. A file directly in src/lib/ (none are left
 * there, but one could be added) counts as a folder of its own.
 */
function unitOf(file: string): string {
  return /^src\/lib\/[^/]+\.ts$/.test(file) ? file : dirname(file);
}

/**
 * Every loop between folders (strongly connected components of more than one folder, Tarjan),
 * each reported as the imports that close it, one per step of one loop through it.
 */
export function folderCycles(edges: Map<string, Map<string, string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v) as number);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  // One loop through each component, found by walking inside it from its first folder.
  return components.map((component) => {
    const inside = new Set(component);
    const start = [...component].sort()[0] as string;
    const path = [start];
    const seen = new Set([start]);
    const walkLoop = (v: string): boolean => {
      for (const w of [...(edges.get(v)?.keys() ?? [])].sort()) {
        if (!inside.has(w)) continue;
        if (w === start) return true;
        if (seen.has(w)) continue;
        seen.add(w);
        path.push(w);
        if (walkLoop(w)) return true;
        path.pop();
      }
      return false;
    };
    walkLoop(start);
    return path.map((v, i) => edges.get(v)?.get(path[(i + 1) % path.length] as string) as string);
  });
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

  it('no module imports from a layer above its own, or a module without a layer', () => {
    const violations: string[] = [];
    for (const file of files) {
      const from = relative(ROOT, file);
      const fromLayer = layerOf(from);
      if (fromLayer === undefined) continue;
      for (const to of projectImports(file)) {
        const toLayer = layerOf(to);
        if (toLayer === undefined) violations.push(`${from} -> ${to} (no layer)`);
        else if (!allowed(fromLayer, toLayer))
          violations.push(`${from} (${fromLayer}) -> ${to} (${toLayer})`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no two folders import each other, directly or around a loop', () => {
    const edges = new Map<string, Map<string, string>>();
    for (const file of files) {
      const from = relative(ROOT, file);
      for (const to of projectImports(file)) {
        const [a, b] = [unitOf(from), unitOf(to)];
        if (a === b) continue;
        const out = edges.get(a) ?? new Map<string, string>();
        if (!out.has(b)) out.set(b, `${from} -> ${to}`);
        edges.set(a, out);
      }
    }
    expect(folderCycles(edges)).toEqual([]);
  });

  it('the cycle finder finds a loop through three folders, and none in a chain', () => {
    const graph = (pairs: [string, string][]) => {
      const g = new Map<string, Map<string, string>>();
      for (const [a, b] of pairs)
        g.set(a, (g.get(a) ?? new Map<string, string>()).set(b, `${a}/x -> ${b}/y`));
      return g;
    };
    expect(
      folderCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a/x -> b/y', 'b/x -> c/y', 'c/x -> a/y']]);
    expect(
      folderCycles(
        graph([
          ['a', 'b'],
          ['b', 'c'],
        ]),
      ),
    ).toEqual([]);
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
