/**
 * Finds a row's village in the official area list, by Kemendagri code or by names (village,
 * plus district and/or regency). Case, spacing, accents, "Desa"/"Kelurahan"/"Kec."/"Kab."
 * prefixes and a small spelling difference are tolerated. Whatever is not certain is an error
 * listing the closest villages with their codes: a village is never picked silently. A close
 * spelling is accepted only when it is the one such village inside the district or regency
 * the row names, and the caller reports that reading as a note.
 */
import { describeVillage, editDistance, type AreaIndex, type Village } from '../places/areas.ts';
import { fail, ok, show, type Bilingual, type Result } from '../validators/result.ts';

export interface VillageQuery {
  code?: string | undefined;
  village?: string | undefined;
  district?: string | undefined;
  regency?: string | undefined;
}

export interface VillageMatch {
  village: Village;
  /** Set when the names were read with a spelling difference. */
  note?: Bilingual;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/"/g, "'")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

const stripVillage = (s: string): string =>
  s.trim().replace(/^(desa|kelurahan|kel\.?|ds\.?|dsa\.?)\s+/i, '');
const stripDistrict = (s: string): string => s.trim().replace(/^(kecamatan|kec\.?)\s+/i, '');

interface Folded {
  v: Village;
  name: string;
  district: string;
}

/** The folded names of every village, built once per area index. */
const cache = new WeakMap<AreaIndex, Folded[]>();
function foldedVillages(areas: AreaIndex): Folded[] {
  let list = cache.get(areas);
  if (!list) {
    list = [...areas.villages.values()].map((v) => ({
      v,
      name: fold(v.name),
      district: fold(v.district.name),
    }));
    cache.set(areas, list);
  }
  return list;
}

/** `Kab. Kupang` / `Kabupaten Kupang` / `Kupang` / `Kota Kupang` -> the regency codes meant. */
function regencyCodes(areas: AreaIndex, text: string): string[] {
  const t = text.trim();
  const city = /^kota\b/i.test(t);
  const regency = /^(kabupaten|kab\.?)\s/i.test(t);
  const base = fold(t.replace(/^(kabupaten|kab\.?|kota)\s+/i, ''));
  const close = (a: string) => a === base || (base.length > 4 && editDistance(a, base) <= 1);
  return areas.regencies
    .filter((r) => {
      const isCity = /^kota\s/i.test(r.officialName);
      if ((city && !isCity) || (regency && isCity)) return false;
      return close(fold(r.shortName));
    })
    .map((r) => r.code);
}

const listOf = (vs: readonly Village[]): string => vs.map((v) => describeVillage(v)).join('; ');

/** Digits-only or dotted code -> `53.09.02.2001`, or undefined when it is no such shape. */
export function normaliseVillageCode(text: string): string | undefined {
  const s = text.trim();
  if (/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/.test(s)) return s;
  const digits = s.replace(/[\s.]/g, '');
  if (/^\d{10}$/.test(digits)) {
    return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`;
  }
  return undefined;
}

/** The village a row means, or an error naming the closest candidates and their codes. */
export function matchVillage(areas: AreaIndex, q: VillageQuery): Result<VillageMatch> {
  const code = q.code?.trim();
  if (code) {
    const normal = normaliseVillageCode(code);
    const village = normal ? areas.village(normal) : undefined;
    if (!village) {
      const near = listOf(areas.suggestByCode(normal ?? code, 3));
      return fail(
        `Kode desa ${show(code)} tidak ada dalam daftar desa NTT. Kode terdekat: ${near}. Lihat lembar "Desa" di templat.`,
        `Village code ${show(code)} is not in the list of NTT villages. Closest codes: ${near}. See the "Desa" sheet of the template.`,
      );
    }
    // Names written beside a code must agree with it: a copied code is a common slip.
    if (q.village?.trim()) {
      const named = fold(stripVillage(q.village));
      if (named && editDistance(named, fold(village.name)) > 2) {
        return fail(
          `Kode desa ${village.code} adalah ${describeVillage(village)}, tetapi kolom nama desa berisi ${show(q.village)}. Periksa mana yang benar; kosongkan nama desa bila kodenya benar.`,
          `Village code ${village.code} is ${describeVillage(village)}, but the village name column says ${show(q.village)}. Check which is right; empty the village name if the code is right.`,
        );
      }
    }
    return ok({ village });
  }

  const name = fold(stripVillage(q.village ?? ''));
  if (!name) {
    return fail(
      'Desa belum diisi. Isi Kode desa (mis. 53.09.02.2001, lihat lembar "Desa"), atau nama Desa/Kelurahan beserta Kecamatan dan/atau Kabupaten/Kota.',
      'The village is missing. Fill in the Village code (e.g. 53.09.02.2001, see the "Desa" sheet), or the Village name with its District and/or Regency.',
    );
  }
  let pool = foldedVillages(areas);
  const where: string[] = [];
  if (q.regency?.trim()) {
    const codes = regencyCodes(areas, q.regency);
    if (!codes.length) {
      const names = areas.regencies.map((r) => r.officialName).join(', ');
      return fail(
        `Kabupaten/Kota ${show(q.regency)} tidak ada di NTT. Pilih salah satu: ${names}.`,
        `Regency/city ${show(q.regency)} is not in NTT. Choose one of: ${names}.`,
      );
    }
    pool = pool.filter((f) => codes.includes(f.v.regency.code));
    where.push(q.regency.trim());
  }
  if (q.district?.trim()) {
    const d = fold(stripDistrict(q.district));
    const inDistrict = pool.filter((f) => f.district === d);
    pool = inDistrict.length
      ? inDistrict
      : pool.filter((f) => editDistance(f.district, d) <= Math.max(1, Math.floor(d.length / 5)));
    where.push(`Kec. ${stripDistrict(q.district)}`);
  }
  const place = where.length ? ` di ${where.join(', ')}` : '';
  const placeEn = where.length ? ` in ${where.join(', ')}` : '';
  const exact = pool.filter((f) => f.name === name);
  if (exact.length === 1 && exact[0]) return ok({ village: exact[0].v });
  if (exact.length > 1) {
    // Spelled exactly as the list spells it (Kuale'u, not Kualeu): that one.
    const written = stripVillage(q.village ?? '')
      .toLowerCase()
      .replace(/\s+/g, ' ');
    const literal = exact.filter((f) => f.v.name.toLowerCase() === written);
    if (literal.length === 1 && literal[0]) return ok({ village: literal[0].v });
  }
  if (exact.length > 1) {
    const shown = listOf(exact.slice(0, 8).map((f) => f.v));
    return fail(
      `Ada ${exact.length} desa bernama ${show(q.village)}${place}: ${shown}. Tulis Kode desa, atau tambahkan Kecamatan/Kabupaten agar hanya satu yang cocok.`,
      `There are ${exact.length} villages named ${show(q.village)}${placeEn}: ${shown}. Write the Village code, or add the District/Regency so only one matches.`,
    );
  }
  const limit = Math.max(1, Math.floor(name.length / 4));
  const scored = pool
    .map((f) => ({ f, d: editDistance(f.name, name) }))
    .sort((a, b) => a.d - b.d || a.f.v.name.localeCompare(b.f.v.name));
  const close = scored.filter((s) => s.d <= limit);
  const best = close[0];
  if (where.length && best && close.filter((s) => s.d === best.d).length === 1) {
    return ok({
      village: best.f.v,
      note: {
        id: `Desa ${show(q.village)} dibaca sebagai ${describeVillage(best.f.v)} (ejaan sedikit berbeda). Jika salah, tulis Kode desa.`,
        en: `Village ${show(q.village)} was read as ${describeVillage(best.f.v)} (slightly different spelling). If wrong, write the Village code.`,
      },
    });
  }
  const candidates = (close.length ? close : scored).slice(0, 5).map((s) => s.f.v);
  const shown = candidates.length ? listOf(candidates) : '-';
  return fail(
    `Desa ${show(q.village)}${place} tidak ditemukan dengan pasti. Desa terdekat: ${shown}. Tulis Kode desa (lihat lembar "Desa")${where.length ? '' : ', atau tambahkan Kecamatan/Kabupaten'}.`,
    `Village ${show(q.village)}${placeEn} could not be identified for certain. Closest villages: ${shown}. Write the Village code (see the "Desa" sheet)${where.length ? '' : ', or add the District/Regency'}.`,
  );
}
