import { describe, expect, it } from 'vitest';
import { withoutVitestEnv } from '../helpers/run.ts';

describe('withoutVitestEnv', () => {
  it('drops what Vitest adds (its import.meta.env values and NODE_ENV), keeps the rest', () => {
    // This file runs under Vitest: its own environment has them.
    expect(process.env['VITEST']).toBeDefined();
    const env = withoutVitestEnv({
      ...process.env,
      SITE_URL: 'https://produk.nttprov.go.id',
      PATH: '/usr/bin',
    });
    for (const name of ['NODE_ENV', 'DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST'])
      expect(env, name).not.toHaveProperty(name);
    expect(Object.keys(env).filter((k) => k.startsWith('VITEST'))).toEqual([]);
    expect(env['SITE_URL']).toBe('https://produk.nttprov.go.id');
    expect(env['PATH']).toBe('/usr/bin');
  });
});
