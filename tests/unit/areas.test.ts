import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import {
  AreaIndex,
  displayAreaName,
  editDistance,
  regencySlug,
} from '../../src/lib/places/areas.ts';

const small = new AreaIndex({
  provinces: [
    { code: '53', name: 'Nusa Tenggara Timur' },
    { code: '51', name: 'Bali' },
  ],
  regencies: [
    { code: '53.09', name: 'Kabupaten Ngada' },
    { code: '53.71', name: 'Kota Kupang' },
    { code: '51.71', name: 'Kota Denpasar' },
  ],
  districts: [
    { code: '53.09.02', name: 'Golewa' },
    { code: '53.71.01', name: 'Alak' },
    { code: '51.71.01', name: 'Denpasar Selatan' },
  ],
  villages: [
    { code: '53.09.02.2002', name: 'Were I' },
    { code: '53.09.02.2003', name: 'Were II' },
    { code: '53.71.01.1001', name: 'Nunle"u' },
    { code: '51.71.01.1001', name: 'Serangan' },
  ],
});

describe('AreaIndex', () => {
  it('derives district, regency and province from a village code', () => {
    const v = small.village('53.09.02.2002');
    expect(v?.district.name).toBe('Golewa');
    expect(v?.regency).toMatchObject({
      code: '53.09',
      slug: 'ngada',
      name: { id: 'Kabupaten Ngada', en: 'Ngada Regency' },
    });
    expect(v?.province.name).toBe('Nusa Tenggara Timur');
  });

  it('keeps only the province it is built for', () => {
    expect(small.village('51.71.01.1001')).toBeUndefined();
    expect(small.anywhere('51.71.01.1001')).toMatchObject({
      name: 'Serangan',
      provinceName: 'Bali',
    });
    expect(small.regencies.map((r) => r.slug)).toEqual(['ngada', 'kota-kupang']);
  });

  it('suggests the nearest codes and finds villages by name', () => {
    expect(small.suggestByCode('53.09.02.2009', 1)[0]?.code).toMatch(/^53\.09\.02\./);
    expect(small.searchByName('were').map((v) => v.name)).toEqual(['Were I', 'Were II']);
    expect(small.searchByName('nunleu').map((v) => v.name)).toEqual(["Nunle'u"]);
  });
});

describe('helpers', () => {
  it.each([
    ['Kabupaten Timor Tengah Selatan', 'timor-tengah-selatan'],
    ['Kota Kupang', 'kota-kupang'],
    ['Kabupaten Kupang', 'kupang'],
  ])('regencySlug(%s) = %s', (name, slug) => expect(regencySlug(name)).toBe(slug));

  it('shows the glottal stop as an apostrophe', () => {
    expect(displayAreaName('Kuale"u')).toBe("Kuale'u");
  });

  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('official area data (idn-area-data)', () => {
  it('has the 22 regencies/cities and 3,442 villages of NTT, with unique slugs', async () => {
    const areas = await loadAreas();
    expect(areas.regencies).toHaveLength(22);
    expect(areas.villages.size).toBe(3442);
    expect(new Set(areas.regencies.map((r) => r.slug)).size).toBe(22);
  }, 30_000); // reads the whole official list: slow under coverage or a loaded machine
});
