import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import {
  countKey,
  islandIndex,
  IslandListError,
  islandProblems,
  islandSearchText,
  productsOnIsland,
  type IslandEntry,
} from '../../src/lib/places/islands.ts';
import { islandSchema } from '../../src/schemas/island.ts';
import { ROOT } from '../helpers/paths.ts';

const file = join(ROOT, 'content/islands.yaml');
const entries = (): IslandEntry[] =>
  z.array(islandSchema).parse(yaml.load(readFileSync(file, 'utf8')));

/**
 * The island slugs published so far: they are addresses (`/pulau/<slug>/`) that may be printed
 * and linked, so one may be added but never renamed or removed.
 */
const PUBLISHED = ['alor-pantar', 'flores', 'lembata', 'rote', 'sabu', 'sumba', 'timor'];

describe('content/islands.yaml', () => {
  it('gives every one of the 22 regencies/cities of NTT exactly one main island', async () => {
    const areas = await loadAreas();
    expect(areas.regencies).toHaveLength(22);
    const index = islandIndex(entries(), areas.regencies);
    for (const r of areas.regencies)
      expect(index.ofRegency(r.code), `${r.code} ${r.shortName}`).toBeDefined();
    const listed = entries().flatMap((e) => e.regencies.map((r) => r.code));
    expect(listed).toHaveLength(22);
    expect(new Set(listed).size).toBe(22);
  });

  it('keeps the published island slugs, each unique', () => {
    const slugs = entries().map((e) => e.id);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of PUBLISHED) expect(slugs).toContain(slug);
  });

  it('matches the facts it cites (regency descriptions, official island list)', async () => {
    const areas = await loadAreas();
    const index = islandIndex(entries(), areas.regencies);
    const island = (code: string) => index.ofRegency(code)?.slug;
    // Timor: Kota Kupang, Kupang, TTS, TTU, Belu, Malaka.
    for (const code of ['53.71', '53.01', '53.02', '53.03', '53.04', '53.21'])
      expect(island(code), code).toBe('timor');
    // Flores: the 8 regencies, Flores Timur with Adonara and Solor.
    for (const code of ['53.15', '53.10', '53.19', '53.09', '53.16', '53.08', '53.07', '53.06'])
      expect(island(code), code).toBe('flores');
    for (const code of ['53.11', '53.17', '53.12', '53.18']) expect(island(code)).toBe('sumba');
    expect(index.bySlug('flores')?.others.get('53.06')).toEqual(['Adonara', 'Solor']);
    expect(index.bySlug('timor')?.others.get('53.01')).toEqual(['Semau']);
    expect(index.bySlug('rote')?.others.get('53.14')).toEqual(['Ndao']);
    expect(index.bySlug('sabu')?.others.get('53.20')).toEqual(['Raijua']);
    expect(island('53.05')).toBe('alor-pantar');
    expect(island('53.13')).toBe('lembata');
  });
});

const REGENCIES = [
  { code: '53.01', shortName: 'Kupang' },
  { code: '53.06', shortName: 'Flores Timur' },
  { code: '53.09', shortName: 'Ngada' },
];

describe('islandProblems', () => {
  const ok: IslandEntry[] = [
    { id: 'timor', name: 'Timor', regencies: [{ code: '53.01', others: ['Semau'] }] },
    {
      id: 'flores',
      name: 'Flores',
      regencies: [
        { code: '53.06', others: [] },
        { code: '53.09', others: [] },
      ],
    },
  ];

  it('accepts a list covering every regency once', () => {
    expect(islandProblems(ok, REGENCIES)).toEqual([]);
  });

  it('names a regency left without an island, in both languages', () => {
    const problems = islandProblems([ok[0] as IslandEntry], REGENCIES);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message.id).toContain('53.06 Flores Timur');
    expect(problems[0]?.message.en).toContain('53.09 Ngada');
  });

  it('rejects a regency on two islands, an unknown code and a repeated island id', () => {
    const bad: IslandEntry[] = [
      ...ok,
      { id: 'timor', name: 'Semau', regencies: [{ code: '53.01', others: [] }] },
      { id: 'sumba', name: 'Sumba', regencies: [{ code: '53.99', others: [] }] },
    ];
    const problems = islandProblems(bad, REGENCIES);
    expect(problems.map((p) => p.path)).toEqual([
      [2, 'id'],
      [2, 'regencies', 0, 'code'],
      [3, 'regencies', 0, 'code'],
    ]);
    expect(problems[1]?.message.en).toMatch(/already listed under island "timor".*others/);
    expect(problems[2]?.message.id).toContain('"53.99" tidak ada di NTT');
  });

  it('islandIndex throws them all, with the file name, instead of building', () => {
    expect(() => islandIndex([ok[0] as IslandEntry], REGENCIES)).toThrow(IslandListError);
    expect(() => islandIndex([ok[0] as IslandEntry], REGENCIES)).toThrow(
      /content\/islands.yaml: .*53.06 Flores Timur/,
    );
  });

  it('the schema rejects a slug with capitals and a code without quotes', () => {
    const parsed = z
      .array(islandSchema)
      .safeParse([{ id: 'Flores', name: 'Flores', regencies: [{ code: 53.06 }] }]);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['0.id', '0.regencies.0.code']),
    );
  });
});

describe('island derivation', () => {
  const index = islandIndex(
    [
      { id: 'timor', name: 'Timor', regencies: [{ code: '53.01', others: [] }] },
      {
        id: 'flores',
        name: 'Flores',
        regencies: [
          { code: '53.06', others: ['Adonara', 'Solor'] },
          { code: '53.09', others: [] },
        ],
      },
    ],
    REGENCIES,
  );
  const product = (id: string, code: string) => ({ id, data: { village: { regency: { code } } } });

  it("gives a product its regency's island, keeping the given order", () => {
    const products = [product('a', '53.09'), product('b', '53.01'), product('c', '53.06')];
    const flores = index.bySlug('flores');
    if (!flores) throw new Error('flores missing');
    expect(productsOnIsland(products, flores).map((p) => p.id)).toEqual(['a', 'c']);
    expect(index.ofRegency('53.01')?.slug).toBe('timor');
    expect(index.ofRegency('53.02')).toBeUndefined();
  });

  it('writes island words for the search index in each language', () => {
    expect(islandSearchText({ name: 'Flores' }, 'id')).toBe('Pulau Flores');
    expect(islandSearchText({ name: 'Flores' }, 'en')).toBe('Flores island');
    expect(islandSearchText({ name: 'Alor–Pantar' }, 'id')).toBe('Pulau Alor Pantar');
  });

  it('picks singular or plural by the language', () => {
    expect(countKey(1, 'en')).toBe('island.count.one');
    expect(countKey(2, 'en')).toBe('island.count.other');
    expect(countKey(0, 'en')).toBe('island.count.other');
  });
});
