/**
 * The web editor's own parts: the village list file (/admin/villages.json) read back into the
 * same villages and labels the area list has, searched as the command-line picker ranks; and
 * the preview model read from half-typed form values.
 */
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { previewModel } from '../../src/lib/cms/preview.ts';
import {
  readVillageList,
  VillageListError,
  villageLabel,
  villageListFile,
  VillageSearch,
} from '../../src/lib/cms/village-list.ts';
import { rankVillages } from '../../src/lib/places/village-search.ts';

const areas = await loadAreas();
const file = villageListFile(areas);
const villages = readVillageList(JSON.parse(JSON.stringify(file)));
const search = new VillageSearch(villages);

describe('village list for the web editor', () => {
  it('holds every NTT village with its code and "village — district, regency" label', () => {
    expect(villages).toHaveLength(areas.villages.size);
    expect(villages).toHaveLength(3442);
    for (const v of areas.villages.values()) {
      expect(search.byCode(v.code)?.label).toBe(villageLabel(v));
    }
    expect(search.byCode('53.09.12.2002')?.label).toBe('Tiworiwu — Kec. Jerebuu, Kabupaten Ngada');
    // Names written once: far smaller than one label per village.
    expect(JSON.stringify(file).length).toBeLessThan(
      villages.reduce((n, v) => n + v.label.length + v.code.length + 8, 0) * 0.6,
    );
  });

  it('ranks as the command-line picker does (the village named so first)', () => {
    for (const query of ['Fatumnasi', 'tiwo', 'Jerebuu', 'kupang', 'ende', '53.09.12']) {
      const expected = rankVillages(areas.villages.values(), query, 30).map((v) => v.code);
      expect(
        search.find(query).villages.map((v) => v.code),
        query,
      ).toEqual(expected);
    }
    const found = search.find('Tiworiwu');
    expect(found.villages[0]?.label).toBe('Tiworiwu — Kec. Jerebuu, Kabupaten Ngada');
    expect(found.total).toBe(found.villages.length);
    expect(search.find('zzzz')).toEqual({ villages: [], total: 0 });
    expect(search.find('').total).toBe(3442);
  });

  it('finds a whole label typed or pasted, ignoring case and accents', () => {
    expect(search.byLabel('tiworiwu — kec. jerebuu, kabupaten ngada')?.code).toBe('53.09.12.2002');
    expect(search.byLabel('Tiworiwu')).toBeUndefined();
  });

  it('refuses a list file of another shape instead of picking wrong codes', () => {
    expect(() => readVillageList(null)).toThrow(VillageListError);
    expect(() => readVillageList({ regencies: [], districts: [], villages: 'x' })).toThrow(
      VillageListError,
    );
    expect(() =>
      readVillageList({ regencies: ['A'], districts: [['B', 0]], villages: [['1', 'C', 5]] }),
    ).toThrow(/no district 5/);
    expect(() => readVillageList({ regencies: [], districts: [['B', 3]], villages: [] })).toThrow(
      /no regency 3/,
    );
  });
});

describe('preview model', () => {
  it('reads the main fields of the form', () => {
    const m = previewModel(
      {
        sample: true,
        name: { id: 'Madu Hutan Uji', en: 'Test Honey' },
        tagline: { id: 'Madu untuk pengujian.' },
        village: '53.09.12.2002',
        producer: { name: 'UMKM Uji', owner: 'Penguji', whatsapp: '0812 3456 7890' },
        offer: { price: { min: 85000 }, unit: { id: 'per botol 250 ml' } },
        certifications: { halal: { number: 'ID123' }, bpom: 'MD000000000999' },
        hero: { src: 'hero.jpg', alt: { id: 'Foto.' } },
      },
      (code) => search.byCode(code)?.label,
    );
    expect(m.price).toMatch(/^Rp\s?85\.000$/);
    expect({ ...m, price: 'checked' }).toEqual({
      name: 'Madu Hutan Uji',
      nameEn: 'Test Honey',
      tagline: 'Madu untuk pengujian.',
      price: 'checked',
      unit: 'per botol 250 ml',
      orderLink: 'https://wa.me/6281234567890',
      producer: 'UMKM Uji',
      owner: 'Penguji',
      village: 'Tiworiwu — Kec. Jerebuu, Kabupaten Ngada',
      certificates: [
        { kind: 'halal', label: 'Halal', number: 'ID123' },
        { kind: 'bpom', label: 'BPOM', number: 'MD000000000999' },
      ],
      hero: { src: 'hero.jpg', alt: 'Foto.' },
      sample: true,
    });
  });

  it('shows half-typed or empty values without failing', () => {
    const empty = previewModel(undefined);
    expect(empty).toMatchObject({ name: '', price: '', orderLink: undefined, village: '' });
    const typed = previewModel({
      offer: { price: { min: '25000', max: 'x' } },
      producer: { whatsapp: '0812' },
      village: '53.99.99.9999',
      hero: { src: '' },
    });
    expect(typed.price).toMatch(/^Rp\s?25\.000$/);
    expect(typed.orderLink).toBeUndefined();
    expect(typed.village).toBe('53.99.99.9999');
    expect(typed.hero).toBeUndefined();
  });
});
