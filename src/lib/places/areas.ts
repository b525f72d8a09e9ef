/**
 * Places come from the official area list (Kemendagri codes, npm `idn-area-data`), never typed
 * by hand: a product names its village by code, and district, regency and province are looked
 * up here. NTT is province 53: 22 regencies/cities, 3,442 villages.
 */
import { fold, slugify } from '../text/fold.ts';
import type { Bilingual } from '../validators/result.ts';

export const NTT_PROVINCE_CODE = '53';

export interface RawArea {
  code: string;
  name: string;
}

/** Raw rows as `idn-area-data` gives them (all of Indonesia). */
export interface RawAreaData {
  provinces: RawArea[];
  regencies: RawArea[];
  districts: RawArea[];
  villages: RawArea[];
}

export interface Regency {
  /** Kemendagri code, e.g. `53.09`. */
  code: string;
  /** URL slug derived from the name: `ngada`, `kupang`, `kota-kupang`. */
  slug: string;
  /** Official name, e.g. `Kabupaten Ngada`, `Kota Kupang`. */
  officialName: string;
  /** Short name without "Kabupaten"/"Kota", e.g. `Ngada`. */
  shortName: string;
  /** Localised display name: `Kabupaten Ngada` / `Ngada Regency`. */
  name: Bilingual;
}

export interface Village {
  code: string;
  name: string;
  district: { code: string; name: string };
  regency: Regency;
  province: { code: string; name: string };
}

/** A village in any province, for telling an editor where a wrong code really points. */
export interface AnyVillage {
  code: string;
  name: string;
  districtName: string;
  regencyName: string;
  provinceName: string;
}

export const VILLAGE_CODE_PATTERN = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/**
 * The data set writes the glottal stop (e.g. Nunle'u) as a double quote; show an apostrophe.
 */
export function displayAreaName(name: string): string {
  return name.replace(/"/g, "'").trim();
}

/** `Kabupaten Timor Tengah Selatan` -> `timor-tengah-selatan`; `Kota Kupang` -> `kota-kupang`. */
export function regencySlug(officialName: string): string {
  const isCity = /^kota\s/i.test(officialName);
  const base = officialName.replace(/^(kabupaten|kota)\s+/i, '');
  const slug = slugify(base);
  return isCity ? `kota-${slug}` : slug;
}

function toRegency(code: string, officialName: string): Regency {
  const isCity = /^kota\s/i.test(officialName);
  const shortName = officialName.replace(/^(kabupaten|kota)\s+/i, '');
  return {
    code,
    slug: regencySlug(officialName),
    officialName,
    shortName,
    name: isCity
      ? { id: officialName, en: `${shortName} City` }
      : { id: officialName, en: `${shortName} Regency` },
  };
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? 0;
      prev[j] = Math.min(
        above + 1,
        (prev[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return prev[b.length] ?? 0;
}

/** Folded, letters and digits only: `Se'i Baun` -> `seibaun`. */
const compact = (s: string): string => fold(s).replace(/[^a-z0-9]+/g, '');

/** The lookup tables for NTT, built once from the raw data. */
export class AreaIndex {
  readonly regencies: readonly Regency[];
  readonly villages: ReadonlyMap<string, Village>;
  private readonly all: RawAreaData;
  private readonly regencyBySlugMap: Map<string, Regency>;

  constructor(data: RawAreaData, provinceCode: string = NTT_PROVINCE_CODE) {
    this.all = data;
    const inProvince = (code: string) => code.startsWith(`${provinceCode}.`);
    const province = data.provinces.find((p) => p.code === provinceCode);
    if (!province) throw new Error(`Province ${provinceCode} is missing from the area data.`);
    const regencies = data.regencies
      .filter((r) => inProvince(r.code))
      .map((r) => toRegency(r.code, displayAreaName(r.name)));
    this.regencies = regencies;
    const regencyByCode = new Map(regencies.map((r) => [r.code, r]));
    this.regencyBySlugMap = new Map(regencies.map((r) => [r.slug, r]));
    const districtByCode = new Map(
      data.districts
        .filter((d) => inProvince(d.code))
        .map((d) => [d.code, { code: d.code, name: displayAreaName(d.name) }]),
    );
    const villages = new Map<string, Village>();
    for (const v of data.villages) {
      if (!inProvince(v.code)) continue;
      const district = districtByCode.get(v.code.slice(0, 8));
      const regency = regencyByCode.get(v.code.slice(0, 5));
      if (!district || !regency) continue;
      villages.set(v.code, {
        code: v.code,
        name: displayAreaName(v.name),
        district,
        regency,
        province: { code: province.code, name: displayAreaName(province.name) },
      });
    }
    this.villages = villages;
  }

  village(code: string): Village | undefined {
    return this.villages.get(code);
  }

  regencyByCode(code: string): Regency | undefined {
    return this.regencies.find((r) => r.code === code);
  }

  regencyBySlug(slug: string): Regency | undefined {
    return this.regencyBySlugMap.get(slug);
  }

  /** Looks a code up anywhere in Indonesia (for "this code is in Bali, not NTT"). */
  anywhere(code: string): AnyVillage | undefined {
    const v = this.all.villages.find((x) => x.code === code);
    if (!v) return undefined;
    const name = (list: RawArea[], c: string) =>
      displayAreaName(list.find((x) => x.code === c)?.name ?? '?');
    return {
      code: v.code,
      name: displayAreaName(v.name),
      districtName: name(this.all.districts, code.slice(0, 8)),
      regencyName: name(this.all.regencies, code.slice(0, 5)),
      provinceName: name(this.all.provinces, code.slice(0, 2)),
    };
  }

  /**
   * NTT villages whose codes are closest to a wrong code: same district first, then by edit
   * distance of the code.
   */
  suggestByCode(code: string, limit = 5): Village[] {
    const scored = [...this.villages.values()].map((v) => {
      const samePrefix = commonPrefixLength(v.code, code);
      return { v, score: editDistance(v.code, code) * 10 - samePrefix };
    });
    scored.sort((a, b) => a.score - b.score || a.v.code.localeCompare(b.v.code));
    return scored.slice(0, limit).map((s) => s.v);
  }

  /**
   * Finds NTT villages by name, for editors who know the village but not its code: exact and
   * prefix matches first, then close spellings.
   */
  searchByName(query: string, limit = 10): Village[] {
    const q = compact(query);
    if (!q) return [];
    const scored: { v: Village; score: number }[] = [];
    for (const v of this.villages.values()) {
      const n = compact(v.name);
      let score: number;
      if (n === q) score = 0;
      else if (n.startsWith(q)) score = 1;
      else if (n.includes(q)) score = 2;
      else {
        const d = editDistance(n, q);
        if (d > Math.max(1, Math.floor(q.length / 3))) continue;
        score = 2 + d;
      }
      scored.push({ v, score });
    }
    scored.sort((a, b) => a.score - b.score || a.v.name.localeCompare(b.v.name));
    return scored.slice(0, limit).map((s) => s.v);
  }
}

function commonPrefixLength(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** One line describing a village for messages and the new-product prompt. */
export function describeVillage(v: Village): string {
  return `${v.code} ${v.name}, Kec. ${v.district.name}, ${v.regency.officialName}`;
}
