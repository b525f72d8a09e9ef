/**
 * The web editor's village list (`/admin/villages.json`), kept out of the editor configuration:
 * the configuration is read on every start of /admin/, the list only when a product form opens.
 * Generated from the official area list (src/lib/places/areas-load.ts); compact, because it is
 * downloaded: regency and district names are written once and villages refer to them by index.
 * This module is pure and runs in the browser too (the village field, src/client/admin/).
 */
import type { AreaIndex } from '../places/areas.ts';
import {
  villageWords,
  foldedScore,
  foldVillage,
  type FoldedVillage,
  type NamedVillage,
} from '../places/village-search.ts';

/** The file's shape. Indexes point into the lists before them. */
export interface VillageListFile {
  /** Official regency names, e.g. "Kabupaten Ngada". */
  regencies: string[];
  /** [district name, regency index]. */
  districts: [string, number][];
  /** [Kemendagri code, village name, district index], sorted by label. */
  villages: [string, string, number][];
}

export interface ListedVillage extends NamedVillage {
  /** What the editor sees: "Tiworiwu — Kec. Jerebuu, Kabupaten Ngada". */
  label: string;
}

/** The label of a village in the editor (and in the former select field, unchanged). */
export function villageLabel(v: NamedVillage): string {
  return `${v.name} — Kec. ${v.district.name}, ${v.regency.officialName}`;
}

/** The list file for this build's area data. */
export function villageListFile(areas: AreaIndex): VillageListFile {
  const regencies: string[] = [];
  const regencyIndex = new Map<string, number>();
  const districts: [string, number][] = [];
  const districtIndex = new Map<string, number>();
  const rows = [...areas.villages.values()]
    .map((v) => ({ v, label: villageLabel(v) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'));
  const villages = rows.map(({ v }): [string, string, number] => {
    let r = regencyIndex.get(v.regency.code);
    if (r === undefined) {
      r = regencies.push(v.regency.officialName) - 1;
      regencyIndex.set(v.regency.code, r);
    }
    let d = districtIndex.get(v.district.code);
    if (d === undefined) {
      d = districts.push([v.district.name, r]) - 1;
      districtIndex.set(v.district.code, d);
    }
    return [v.code, v.name, d];
  });
  return { regencies, districts, villages };
}

/** Thrown when the downloaded list is not what this module writes. */
export class VillageListError extends Error {}

/** The villages of a list file, checked (a stale or broken file must not pick wrong codes). */
export function readVillageList(file: unknown): ListedVillage[] {
  const f = file as Partial<VillageListFile> | null;
  if (
    !f ||
    !Array.isArray(f.regencies) ||
    !Array.isArray(f.districts) ||
    !Array.isArray(f.villages)
  )
    throw new VillageListError('The village list is not a village list file.');
  const regencies = f.regencies.map((name) => ({ officialName: String(name) }));
  const districts = f.districts.map(([name, r]) => {
    const regency = regencies[r];
    if (!regency) throw new VillageListError(`District ${String(name)} has no regency ${r}.`);
    return { name: String(name), regency };
  });
  return f.villages.map(([code, name, d]) => {
    const district = districts[d];
    if (!district) throw new VillageListError(`Village ${code} has no district ${d}.`);
    const v = { code, name, district: { name: district.name }, regency: district.regency };
    return { ...v, label: villageLabel(v) };
  });
}

/** Searches a village list as the command-line picker ranks it, with names folded once. */
export class VillageSearch {
  readonly #folded: FoldedVillage<ListedVillage>[];
  readonly #byCode: Map<string, ListedVillage>;
  readonly #byLabel: Map<string, ListedVillage>;

  constructor(villages: readonly ListedVillage[]) {
    this.#folded = villages.map(foldVillage);
    this.#byCode = new Map(villages.map((v) => [v.code, v]));
    this.#byLabel = new Map(villages.map((v) => [villageWords(v.label), v]));
  }

  get size(): number {
    return this.#folded.length;
  }

  byCode(code: string): ListedVillage | undefined {
    return this.#byCode.get(code);
  }

  /** The village whose whole label was typed or pasted, if any. */
  byLabel(label: string): ListedVillage | undefined {
    return this.#byLabel.get(villageWords(label));
  }

  /**
   * Best matches first, at most `limit`, and how many match in all. Within a rank, villages
   * keep the list's label order (the file is sorted), so a keystroke is one pass, no sort.
   * An empty query gives the first villages in label order.
   */
  find(query: string, limit = 30): { villages: ListedVillage[]; total: number } {
    const q = villageWords(query);
    if (!q) {
      return { villages: this.#folded.slice(0, limit).map((f) => f.village), total: this.size };
    }
    const ranks: ListedVillage[][] = [];
    let total = 0;
    for (const f of this.#folded) {
      const score = foldedScore(f, q, query);
      if (score === undefined) continue;
      total += 1;
      (ranks[score] ??= []).push(f.village);
    }
    return { villages: ranks.flatMap((r) => r ?? []).slice(0, limit), total };
  }
}
