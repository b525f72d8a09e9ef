import { describe, expect, it } from 'vitest';
import type { Regency, Village } from '../../src/lib/places/areas.ts';
import type { CertInput } from '../../src/lib/catalogue/certifications.ts';
import {
  areaProgress,
  attention,
  certificateAlerts,
  checklistCompletion,
  missingCertificates,
  missingLinks,
  percent,
  regencyCounts,
  stackedBar,
  stageCounts,
  type Checklist,
  type ProgrammeProduct,
} from '../../src/lib/catalogue/programme.ts';
import { CHECKLIST_AREAS, type ChecklistState, type Stage } from '../../src/schemas/product.ts';

const today = new Date('2026-11-28T00:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

function regency(code: string): Regency {
  return {
    code,
    slug: `r${code}`,
    officialName: `Kabupaten ${code}`,
    shortName: code,
    name: { id: `Kabupaten ${code}`, en: `${code} Regency` },
  };
}

function village(code: string): Village {
  return {
    code,
    name: `Desa ${code}`,
    district: { code: code.slice(0, 8), name: 'Kec' },
    regency: regency(code.slice(0, 5)),
    province: { code: '53', name: 'Nusa Tenggara Timur' },
  };
}

const checklist = (state: ChecklistState, overrides: Partial<Checklist> = {}): Checklist => ({
  ...(Object.fromEntries(CHECKLIST_AREAS.map((a) => [a, state])) as Checklist),
  ...overrides,
});

function product(
  id: string,
  opts: {
    stage?: Stage;
    village?: string;
    checklist?: Checklist;
    certifications?: CertInput;
    marketplaces?: number;
    whatsapp?: string;
    instagram?: string;
    retired?: boolean;
  } = {},
): ProgrammeProduct {
  return {
    id,
    data: {
      name: { id: id.toUpperCase() },
      category: 'kopi',
      village: village(opts.village ?? '53.09.02.2001'),
      programme: {
        stage: opts.stage ?? 'pendampingan',
        checklist: opts.checklist ?? checklist('belum'),
      },
      certifications: opts.certifications ?? {},
      producer: {
        ...('whatsapp' in opts ? { whatsapp: opts.whatsapp } : { whatsapp: '+6281234567890' }),
        ...(opts.instagram ? { instagram: opts.instagram } : {}),
        marketplaces: Array.from({ length: opts.marketplaces ?? 0 }, (_, i) => ({
          name: `Toko ${i}`,
          url: `https://shop.example/${id}/${i}`,
        })),
      },
      added: d('2025-05-27'),
      ...(opts.retired ? { retired: { date: d('2026-01-01') } } : {}),
    },
  };
}

describe('stageCounts', () => {
  it('counts active products per stage, in programme order, zeros included', () => {
    const list = [
      product('a', { stage: 'siap-pasar' }),
      product('b'),
      product('c'),
      product('d', { stage: 'siap-pasar', retired: true }),
    ];
    expect(stageCounts(list)).toEqual([
      { stage: 'siap-pasar', count: 1 },
      { stage: 'transisi', count: 0 },
      { stage: 'pendampingan', count: 2 },
    ]);
  });
});

describe('regencyCounts', () => {
  it('lists every regency given, in that order, with counts per stage', () => {
    const regencies = [regency('53.01'), regency('53.09'), regency('53.71')];
    const list = [
      product('a', { village: '53.09.02.2001', stage: 'transisi' }),
      product('b', { village: '53.09.03.2001' }),
      product('c', { village: '53.01.01.2001' }),
      product('gone', { village: '53.71.01.1001', retired: true }),
    ];
    const rows = regencyCounts(list, regencies);
    expect(rows.map((r) => [r.regency.code, r.count])).toEqual([
      ['53.01', 1],
      ['53.09', 2],
      ['53.71', 0],
    ]);
    expect(rows[1]?.byStage).toEqual({ 'siap-pasar': 0, transisi: 1, pendampingan: 1 });
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(3);
  });
});

describe('areaProgress', () => {
  it('counts each state per mentoring area over active products, in the office order', () => {
    const list = [
      product('a', { checklist: checklist('selesai', { qris: 'belum' }) }),
      product('b', { checklist: checklist('proses', { qris: 'belum' }) }),
      product('c', { checklist: checklist('belum', { packaging: 'selesai' }) }),
      product('gone', { checklist: checklist('selesai'), retired: true }),
    ];
    const progress = areaProgress(list);
    expect(progress.map((p) => p.area)).toEqual([...CHECKLIST_AREAS]);
    const by = new Map(progress.map((p) => [p.area, p]));
    expect(by.get('packaging')).toEqual({
      area: 'packaging',
      counts: { selesai: 2, proses: 1, belum: 0 },
      total: 3,
    });
    expect(by.get('qris')?.counts).toEqual({ selesai: 0, proses: 0, belum: 3 });
    for (const p of progress) {
      expect(p.counts.selesai + p.counts.proses + p.counts.belum).toBe(p.total);
    }
  });
});

describe('checklistCompletion', () => {
  it('counts the areas marked selesai out of all areas', () => {
    expect(checklistCompletion(checklist('selesai', { qris: 'proses' }))).toEqual({
      done: CHECKLIST_AREAS.length - 1,
      total: CHECKLIST_AREAS.length,
    });
    expect(checklistCompletion(checklist('belum'))).toEqual({ done: 0, total: 8 });
  });
});

describe('stackedBar', () => {
  it('lays out done, in progress, not started from 0 to exactly 100', () => {
    const segments = stackedBar({ selesai: 1, proses: 1, belum: 1 });
    expect(segments.map((s) => s.state)).toEqual(['selesai', 'proses', 'belum']);
    expect(segments.map((s) => s.x)).toEqual([0, 33.33, 66.67]);
    const last = segments.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBe(100);
  });

  it('leaves out empty states and draws nothing for no products', () => {
    expect(stackedBar({ selesai: 0, proses: 2, belum: 0 })).toEqual([
      { state: 'proses', count: 2, x: 0, width: 100 },
    ]);
    expect(stackedBar({ selesai: 0, proses: 0, belum: 0 })).toEqual([]);
  });

  it('keeps segments adjacent (no gaps, no overlaps) for any counts', () => {
    for (const counts of [
      { selesai: 3, proses: 4, belum: 37 },
      { selesai: 7, proses: 0, belum: 13 },
    ]) {
      const s = stackedBar(counts);
      for (let i = 1; i < s.length; i++) {
        const prev = s[i - 1];
        expect(prev && Math.round((prev.x + prev.width) * 100) / 100).toBe(s[i]?.x);
      }
    }
  });
});

describe('percent', () => {
  it('rounds to whole percent and is 0 for nothing', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });
});

describe('attention', () => {
  const halal = (expires: string) => ({
    halal: {
      number: `ID${expires.replace(/-/g, '')}00`,
      issued: d('2020-01-01'),
      expires: d(expires),
    },
  });

  it('lists certificates expired or expiring within 90 days, oldest expiry first', () => {
    const list = [
      product('fine', { certifications: halal('2030-01-01') }),
      product('soon', { certifications: halal('2027-02-01') }),
      product('expired', { certifications: halal('2026-01-01') }),
      product('edge', { certifications: halal('2027-02-26') }),
      product('past-edge', { certifications: halal('2027-02-27') }),
      product('retired', { certifications: halal('2026-01-01'), retired: true }),
    ];
    const alerts = certificateAlerts(list, today);
    expect(alerts.map((a) => [a.product.id, a.cert.status])).toEqual([
      ['expired', 'expired'],
      ['soon', 'expiring'],
      ['edge', 'expiring'],
    ]);
  });

  it('lists products without a valid Halal or without BPOM/P-IRT (an expired one is missing)', () => {
    const list = [
      product('all', { certifications: { ...halal('2030-01-01'), pirt: '0000000000101-01' } }),
      product('bpom-only', { certifications: { bpom: 'MD000000000101' } }),
      product('expired-halal', { certifications: { ...halal('2026-01-01'), bpom: 'MD1' } }),
      product('none'),
    ];
    expect(missingCertificates(list, today).map((m) => [m.product.id, m.missing])).toEqual([
      ['bpom-only', ['halal']],
      ['expired-halal', ['halal']],
      ['none', ['halal', 'foodPermit']],
    ]);
  });

  it('lists products without a marketplace link or any contact link', () => {
    const list = [
      product('shop', { marketplaces: 2 }),
      product('no-shop'),
      product('no-contact', { marketplaces: 1, whatsapp: '' }),
      product('instagram-only', { marketplaces: 1, whatsapp: '', instagram: 'kopi.x' }),
      product('retired', { retired: true }),
    ];
    expect(missingLinks(list).map((m) => [m.product.id, m.missing])).toEqual([
      ['no-shop', ['marketplace']],
      ['no-contact', ['contact']],
    ]);
  });

  it('gathers the three lists', () => {
    const list = [product('x', { certifications: halal('2026-12-01') })];
    const todo = attention(list, today);
    expect(todo.certificates).toHaveLength(1);
    expect(todo.missingCertificates.map((m) => m.missing)).toEqual([['foodPermit']]);
    expect(todo.missingLinks.map((m) => m.missing)).toEqual([['marketplace']]);
  });
});
