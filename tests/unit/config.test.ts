/** The one configuration module: every environment variable, parsed, with clear messages. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  config,
  ConfigError,
  ENV_VARIABLES,
  TEST_ONLY_SWITCHES,
} from '../../src/lib/config/env.ts';
import { PLACEHOLDER_SITE_URL } from '../../src/lib/config/site.ts';
import { ROOT } from '../helpers/paths.ts';

const messageOf = (env: Record<string, string>): string => {
  try {
    config(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${JSON.stringify(env)}`);
};

describe('config()', () => {
  it('gives every default when nothing is set (and an empty value means unset)', () => {
    const c = config({ CONTENT_DIR: '  ', QR_ECL: '' });
    expect(c.CONTENT_DIR).toBe('content');
    expect(c.ETALASE_OUT_DIR).toBe('./dist');
    expect(c.QR_ECL).toBeUndefined();
    expect(c.site).toEqual({ origin: PLACEHOLDER_SITE_URL, isPlaceholder: true });
    expect(c.ETALASE_TEST_UNCHECKED_STORIES).toBe(false);
    expect(c.ETALASE_SKIP_BUILD).toBe(false);
  });

  it('reads set values', () => {
    const c = config({
      SITE_URL: 'https://produk.nttprov.go.id/',
      QR_ECL: 'q',
      BUILD_DATE: '2026-12-07',
      CONTENT_DIR: 'other',
      ETALASE_SKIP_BUILD: '1',
    });
    expect(c.site.origin).toBe('https://produk.nttprov.go.id');
    expect(c.QR_ECL).toBe('Q');
    expect(c.BUILD_DATE).toBe('2026-12-07');
    expect(c.CONTENT_DIR).toBe('other');
    expect(c.ETALASE_SKIP_BUILD).toBe(true);
  });

  it('says what to write for a SITE_URL without a scheme', () => {
    expect(messageOf({ SITE_URL: 'produk.nttprov.go.id' })).toContain(
      'SITE_URL "produk.nttprov.go.id" tidak diawali https:// / has no scheme: write https://produk.nttprov.go.id',
    );
  });

  it('names every bad variable at once', () => {
    const message = messageOf({
      SITE_URL: 'https://x.example/sub/',
      QR_ECL: 'H',
      BUILD_DATE: '07-12-2026',
      ETALASE_SKIP_BUILD: 'yes',
    });
    expect(message).toMatch(/SITE_URL .*origin only/);
    expect(message).toContain('QR_ECL must be M or Q.');
    expect(message).toContain('BUILD_DATE must be YYYY-MM-DD');
    expect(message).toContain('ETALASE_SKIP_BUILD must be 1 (on) or 0 / unset (off).');
    expect(messageOf({ BUILD_DATE: '2026-13-45' })).toContain('BUILD_DATE is not a real date');
  });

  it('refuses a test-only switch with a production SITE_URL, and allows it with a test origin', () => {
    for (const name of TEST_ONLY_SWITCHES) {
      expect(messageOf({ [name]: '1', SITE_URL: 'https://produk.nttprov.go.id' })).toContain(
        `${name}=1 is a test-only switch`,
      );
      for (const origin of [undefined, 'https://produk.fixture.example', 'http://localhost:4321'])
        expect(config({ [name]: '1', ...(origin ? { SITE_URL: origin } : {}) })[name]).toBe(true);
    }
  });
});

describe("README's variable table", () => {
  it('lists exactly the variables the module reads', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.split('\n## Configuration\n')[1]?.split('\n## ')[0] ?? '';
    const documented = [...section.matchAll(/^\| (`[A-Z_]+`(?:, `[A-Z_]+`)*) /gm)].flatMap((m) =>
      [...(m[1] as string).matchAll(/`([A-Z_]+)`/g)].map((n) => n[1]),
    );
    expect([...documented].sort()).toEqual([...ENV_VARIABLES].sort());
  });
});

describe('nothing else reads the environment', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'baseline' ? [] : walk(path);
      return /\.(ts|mjs|astro)$/.test(name) ? [path] : [];
    });

  it('in src/, scripts/ and astro.config.mjs, only src/lib/config/env.ts reads a variable', () => {
    const readers = [...walk(join(ROOT, 'src')), ...walk(join(ROOT, 'scripts'))]
      .concat(join(ROOT, 'astro.config.mjs'))
      .map((f) => relative(ROOT, f))
      .filter((f) => f !== 'src/lib/config/env.ts')
      .filter((f) =>
        // Passing the whole environment on to a child process (`...process.env`) reads nothing.
        /process\.env(?:\.|\[)|import\.meta\.env\.[A-Z]/.test(
          readFileSync(join(ROOT, f), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''),
        ),
      );
    expect(readers).toEqual([]);
  });
});
