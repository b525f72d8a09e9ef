import { describe, expect, it } from 'vitest';
import { certificationsOf, validCertKinds } from '../../src/lib/catalogue/certifications.ts';

const today = new Date('2026-11-28T00:00:00Z');
const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('certificationsOf', () => {
  it('computes halal validity from the build date: never shows an expired one as valid', () => {
    const status = (expires: string) =>
      certificationsOf(
        { halal: { number: 'ID1', issued: d('2020-01-01'), expires: d(expires) } },
        today,
      )[0]?.status;
    expect(status('2026-11-27')).toBe('expired');
    expect(status('2026-11-28')).toBe('expiring');
    expect(status('2027-02-26')).toBe('expiring');
    expect(status('2027-03-31')).toBe('valid');
  });

  it('lists Halal, BPOM, P-IRT in order with official check pages', () => {
    const list = certificationsOf(
      {
        pirt: '0000000000101-01',
        bpom: 'MD000000000101',
        halal: { number: 'ID1', issued: d('2025-01-01') },
      },
      today,
    );
    expect(list.map((c) => c.kind)).toEqual(['halal', 'bpom', 'pirt']);
    for (const c of list) expect(c.checkUrl).toMatch(/^https:\/\/[a-z.]+\.go\.id\//);
  });

  it('leaves expired certificates out of badges and filters', () => {
    expect(
      validCertKinds(
        {
          halal: { number: 'ID1', issued: d('2020-01-01'), expires: d('2025-01-01') },
          bpom: 'MD1',
        },
        today,
      ),
    ).toEqual(['bpom']);
  });
});
