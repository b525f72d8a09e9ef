import { describe, expect, it } from 'vitest';
import { dictionariesForTest, t } from '../../src/i18n/index.ts';

describe('UI strings', () => {
  it('has the same keys in Indonesian and English', () => {
    const idKeys = Object.keys(dictionariesForTest.id).sort();
    const enKeys = Object.keys(dictionariesForTest.en).sort();
    expect(enKeys).toEqual(idKeys);
  });

  it('has no empty string in either language', () => {
    for (const dict of Object.values(dictionariesForTest)) {
      for (const [key, value] of Object.entries(dict)) expect(value, key).not.toBe('');
    }
  });

  it('uses the same {placeholders} in both languages', () => {
    const names = (s: string | undefined) =>
      [...(s ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(
      dictionariesForTest.id,
    ) as (keyof typeof dictionariesForTest.id)[]) {
      expect(names(dictionariesForTest.en[key]), key).toEqual(names(dictionariesForTest.id[key]));
    }
  });

  it('looks strings up per language and fills placeholders', () => {
    expect(t('id', 'nav.home')).toBe('Beranda');
    expect(t('en', 'nav.home')).toBe('Home');
  });
});
