/**
 * Every UI string in src/i18n/id.json is used somewhere in src/ (a key written out, or a key a
 * template builds from a written prefix such as `stage.${stage}`): a string nothing shows is
 * dead weight that translators keep paying for.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import id from '../../src/i18n/id.json' with { type: 'json' };
import { ROOT } from '../helpers/paths.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path);
    return /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });
}

/** The keys of `keys` that `source` never names, literally or through a `prefix.${…}` template. */
export function unusedKeys(keys: readonly string[], source: string): string[] {
  const prefixes = [...source.matchAll(/`([a-z][\w.-]*\.)\$\{/g)].map((m) => m[1] as string);
  return keys.filter(
    (key) =>
      !["'", '"', '`'].some((q) => source.includes(`${q}${key}${q}`)) &&
      !prefixes.some((p) => key.startsWith(p) && !key.slice(p.length).includes('.')),
  );
}

describe('UI strings', () => {
  it('are all used', () => {
    const source = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts'))]
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    expect(unusedKeys(Object.keys(id), source)).toEqual([]);
  });

  it('the finder sees a key used literally or through a prefix, and one that is not', () => {
    const source = "t('nav.home'); t(`stage.${s}`);";
    expect(unusedKeys(['nav.home', 'stage.transisi', 'stage.a.b', 'nav.search'], source)).toEqual([
      'stage.a.b',
      'nav.search',
    ]);
  });
});
