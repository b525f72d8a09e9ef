/**
 * The programme dashboard (`/program/`): counts per stage and regency, progress of each
 * mentoring area, and the lists of what needs the office's attention. Everything is computed
 * from content at build time (never typed), as pure functions tested without Astro.
 */
import type { Regency } from '../places/areas.ts';
import { activeProducts, countByStage, zeroPerStage, type ProductLike } from './catalogue.ts';
import { certificationsOf, type CertView } from './certifications.ts';
import {
  CHECKLIST_AREAS,
  CHECKLIST_STATES,
  STAGES,
  type ChecklistArea,
  type ChecklistState,
  type ProductData,
  type ProductEntry,
  type Stage,
} from '../../schemas/product.ts';

export type Checklist = ProductData['programme']['checklist'];

/** What the dashboard needs of a product (Astro's entries have more): a part of the schema's type. */
export type ProgrammeProduct = ProductEntry<
  ProductLike['data'] &
    Pick<ProductData, 'programme' | 'certifications'> & {
      producer: Pick<ProductData['producer'], 'whatsapp' | 'instagram' | 'marketplaces'>;
    }
>;

export interface StageCount {
  stage: Stage;
  count: number;
}

/** Active products per stage, in programme order (stages without products count 0). */
export function stageCounts<P extends ProductLike>(products: readonly P[]): StageCount[] {
  const counts = countByStage(products);
  return STAGES.map((stage) => ({ stage, count: counts[stage] }));
}

export interface RegencyCount {
  regency: Regency;
  /** Active products of the regency. */
  count: number;
  byStage: Record<Stage, number>;
}

/**
 * Active products per regency, for every regency given (in that order), so a regency still
 * without a product shows as 0 rather than disappearing from the office's overview.
 */
export function regencyCounts<P extends ProductLike>(
  products: readonly P[],
  regencies: readonly Regency[],
): RegencyCount[] {
  const rows = new Map<string, RegencyCount>(
    regencies.map((regency) => [regency.code, { regency, count: 0, byStage: zeroPerStage() }]),
  );
  for (const p of activeProducts(products)) {
    const row = rows.get(p.data.village.regency.code);
    if (!row) continue;
    row.count++;
    row.byStage[p.data.programme.stage]++;
  }
  return [...rows.values()];
}

export type StateCounts = Record<ChecklistState, number>;

export interface AreaProgress {
  area: ChecklistArea;
  counts: StateCounts;
  /** Products counted (the same for every area). */
  total: number;
}

/** Progress of each mentoring area across all active products, in the office's order. */
export function areaProgress<P extends ProgrammeProduct>(products: readonly P[]): AreaProgress[] {
  const active = activeProducts(products);
  return CHECKLIST_AREAS.map((area) => {
    const counts: StateCounts = { belum: 0, proses: 0, selesai: 0 };
    for (const p of active) counts[p.data.programme.checklist[area]]++;
    return { area, counts, total: active.length };
  });
}

export interface Completion {
  /** Areas marked `selesai`. */
  done: number;
  /** All mentoring areas. */
  total: number;
}

/** How many mentoring areas of one product are done. */
export function checklistCompletion(checklist: Checklist): Completion {
  return {
    done: CHECKLIST_AREAS.filter((a) => checklist[a] === 'selesai').length,
    total: CHECKLIST_AREAS.length,
  };
}

export interface BarSegment {
  state: ChecklistState;
  count: number;
  /** Start and width on a 0–100 scale. */
  x: number;
  width: number;
}

/**
 * Geometry of one stacked bar (done, in progress, not started) on a 0–100 scale. Widths are
 * rounded to two decimals; the last segment ends exactly at 100 so no gap shows.
 */
export function stackedBar(counts: StateCounts): BarSegment[] {
  const order: ChecklistState[] = ['selesai', 'proses', 'belum'];
  const total = CHECKLIST_STATES.reduce((sum, s) => sum + counts[s], 0);
  if (total === 0) return [];
  const round = (n: number): number => Math.round(n * 100) / 100;
  let cumulative = 0;
  return order
    .filter((state) => counts[state] > 0)
    .map((state) => {
      const x = round((cumulative / total) * 100);
      cumulative += counts[state];
      const end = cumulative === total ? 100 : round((cumulative / total) * 100);
      return { state, count: counts[state], x, width: round(end - x) };
    });
}

/** Whole percent, for labels (`0` when there is nothing to count). */
export function percent(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 100);
}

export interface CertificateAlert<P> {
  product: P;
  cert: CertView;
}

/**
 * Certificates expired, or expiring within 90 days of `today` (the build date): soonest
 * first, expired ones before all others.
 */
export function certificateAlerts<P extends ProgrammeProduct>(
  products: readonly P[],
  today: Date,
): CertificateAlert<P>[] {
  return activeProducts(products)
    .flatMap((product) =>
      certificationsOf(product.data.certifications, today)
        .filter((cert) => cert.status !== 'valid')
        .map((cert) => ({ product, cert })),
    )
    .sort(
      (a, b) =>
        (a.cert.expires?.getTime() ?? 0) - (b.cert.expires?.getTime() ?? 0) ||
        a.product.id.localeCompare(b.product.id),
    );
}

/**
 * What a product may still lack: a valid Halal certificate, and a food-safety permit (BPOM or
 * P-IRT: a product needs one or the other, never both).
 */
export type MissingCert = 'halal' | 'foodPermit';

export interface Missing<P, K> {
  product: P;
  missing: K[];
}

/**
 * Active products without a valid Halal certificate or without BPOM/P-IRT. An expired
 * certificate counts as missing. Whether a product needs them (food does, cloth does not) is
 * the office's call: the list shows every gap.
 */
export function missingCertificates<P extends ProgrammeProduct>(
  products: readonly P[],
  today: Date,
): Missing<P, MissingCert>[] {
  return activeProducts(products).flatMap((product) => {
    const valid = new Set(
      certificationsOf(product.data.certifications, today)
        .filter((c) => c.status !== 'expired')
        .map((c) => c.kind),
    );
    const missing: MissingCert[] = [];
    if (!valid.has('halal')) missing.push('halal');
    if (!valid.has('bpom') && !valid.has('pirt')) missing.push('foodPermit');
    return missing.length ? [{ product, missing }] : [];
  });
}

/** A way for a buyer to reach the product online. */
export type MissingLink = 'marketplace' | 'contact';

/**
 * Active products without a marketplace shop link, or without a contact link (WhatsApp or
 * Instagram).
 */
export function missingLinks<P extends ProgrammeProduct>(
  products: readonly P[],
): Missing<P, MissingLink>[] {
  return activeProducts(products).flatMap((product) => {
    const { marketplaces, whatsapp, instagram } = product.data.producer;
    const missing: MissingLink[] = [];
    if (marketplaces.length === 0) missing.push('marketplace');
    if (!whatsapp && !instagram) missing.push('contact');
    return missing.length ? [{ product, missing }] : [];
  });
}

export interface Attention<P> {
  certificates: CertificateAlert<P>[];
  missingCertificates: Missing<P, MissingCert>[];
  missingLinks: Missing<P, MissingLink>[];
}

/** Everything the dashboard lists under "needs attention", computed for `today`. */
export function attention<P extends ProgrammeProduct>(
  products: readonly P[],
  today: Date,
): Attention<P> {
  return {
    certificates: certificateAlerts(products, today),
    missingCertificates: missingCertificates(products, today),
    missingLinks: missingLinks(products),
  };
}
