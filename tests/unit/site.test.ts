import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_SITE_URL, resolveSite } from '../../src/lib/config/site.ts';

describe('resolveSite (SITE_URL)', () => {
  it('falls back to the placeholder, and says so', () => {
    expect(resolveSite(undefined)).toEqual({ origin: PLACEHOLDER_SITE_URL, isPlaceholder: true });
    expect(resolveSite('  ')).toEqual({ origin: PLACEHOLDER_SITE_URL, isPlaceholder: true });
  });

  it('normalises a real origin', () => {
    expect(resolveSite('https://Ovop.Example.go.id/')).toEqual({
      origin: 'https://ovop.example.go.id',
      isPlaceholder: false,
    });
  });

  it.each(['ovop.example', 'ftp://x.example', 'https://x.example/sub/', 'https://x.example/?a=1'])(
    'rejects %s',
    (value) => {
      expect(() => resolveSite(value)).toThrow(/SITE_URL/);
    },
  );
});
