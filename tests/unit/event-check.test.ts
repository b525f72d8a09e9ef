/**
 * The content checker on event files (content/acara/): each mistake an editor can make in an
 * event is reported with the file, the field and the fix, in Indonesian and English.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { checkContent, type Problem } from '../../src/lib/content-check/check.ts';
import { breakProduct, makeContentDir, VALID_PRODUCT } from '../helpers/content-fixture.ts';

/** A valid event showing the fixture product (code Z000). */
const VALID_EVENT = `---
sample: true
title:
  id: Pasar Uji
  en: Test market
description: Acara untuk pengujian.
start: '2026-12-12 08:00'
end: '2026-12-13 17:00'
place:
  venue: Lapangan Uji
  address: Jl. Uji No. 1, Kupang
  regency: '53.71'
products:
  - 'Z000'
organiser:
  name: Panitia Uji
  url: https://example.org/acara
---
`;

function breakEvent(search: string, replacement: string): string {
  const broken = VALID_EVENT.replace(search, replacement);
  if (broken === VALID_EVENT) throw new Error(`fixture text not found: ${search}`);
  return broken;
}

const EVENTS: Record<string, string> = {
  'valid-event.md': VALID_EVENT,
  'end-before-start.md': breakEvent("end: '2026-12-13 17:00'", "end: '2026-12-11 17:00'"),
  'unknown-code.md': breakEvent("- 'Z000'", "- 'Z000'\n  - 'Z009'"),
  'misread-code.md': breakEvent("- 'Z000'", "- 'Z00O'"),
  'unknown-regency.md': breakEvent("regency: '53.71'", "regency: '53.99'"),
  'date-only.md': breakEvent("start: '2026-12-12 08:00'", "start: '2026-12-12'"),
  'yaml-timestamp.md': breakEvent("start: '2026-12-12 08:00'", 'start: 2026-12-12 08:00:00'),
  'no-such-day.md': breakEvent("start: '2026-12-12 08:00'", "start: '2026-02-30 08:00'"),
  'http-organiser.md': breakEvent('https://example.org/acara', 'http://example.org/acara'),
  'with-body.md': `${VALID_EVENT}\nKeterangan yang ditulis di bawah.\n`,
  'Nama Salah.md': VALID_EVENT,
  'retired-upcoming.md': breakEvent("- 'Z000'", "- 'Z001'"),
  'retired-past.md': breakEvent("- 'Z000'", "- 'Z001'")
    .replace("'2026-12-12 08:00'", "'2025-05-27 08:00'")
    .replace("'2026-12-13 17:00'", "'2025-05-27 12:00'"),
};

let dir: string;
let problems: Problem[];
const of = (file: string) => problems.filter((p) => p.file === `acara/${file}`);

beforeAll(async () => {
  dir = await makeContentDir({
    'madu-uji': { source: VALID_PRODUCT },
    'madu-lama': {
      source: breakProduct('sample: true', 'sample: true\nretired:\n  date: 2026-01-01'),
    },
  });
  mkdirSync(join(dir, 'acara'));
  for (const [name, text] of Object.entries(EVENTS)) writeFileSync(join(dir, 'acara', name), text);
  const result = await checkContent({
    contentDir: dir,
    areas: await loadAreas(),
    root: dir,
    gitHistory: false,
    today: new Date('2026-12-01T00:00:00Z'),
  });
  problems = result.problems;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content check of events', () => {
  it('passes a valid event and a past event showing a retired product', () => {
    expect(of('valid-event.md')).toEqual([]);
    expect(of('retired-past.md')).toEqual([]);
    expect(problems.filter((p) => !p.file.startsWith('acara/'))).toEqual([]);
  });

  it('an end before the start names the end field and both times', () => {
    const [p, ...rest] = of('end-before-start.md');
    expect(rest).toEqual([]);
    expect(p?.field).toBe('end');
    expect(p?.message.id).toContain('selesai (2026-12-11 17:00) sebelum mulai (2026-12-12 08:00)');
    expect(p?.message.en).toContain('ends (2026-12-11 17:00) before it starts');
  });

  it('an unknown QR code names the list entry and suggests the code it resembles', () => {
    const [p, ...rest] = of('unknown-code.md');
    expect(rest).toEqual([]);
    expect(p?.field).toBe('products[1]');
    expect(p?.message.id).toContain('Kode QR "Z009" tidak dimiliki produk mana pun');
    expect(p?.message.en).toContain('Similar codes: Z000, Z001');
    expect(p?.line).toBe(15);
    // `Z00O`: O is never in a code (read from a label as a zero); the validator says so.
    expect(of('misread-code.md')[0]?.field).toBe('products[0]');
    expect(of('misread-code.md')[0]?.message.en).toContain('probably a digit, not a letter: O → 0');
  });

  it('an unknown regency lists the valid codes', () => {
    const [p] = of('unknown-regency.md');
    expect(p?.field).toBe('place.regency');
    expect(p?.message.id).toContain('Kode kabupaten/kota "53.99" tidak ada di NTT');
    expect(p?.message.en).toContain('53.71 Kupang');
  });

  it('dates need a time, must be text and must exist', () => {
    expect(of('date-only.md')[0]?.message.en).toContain(
      "has only a date. Add the time (WITA), e.g. '2026-12-12 08:00'",
    );
    expect(of('yaml-timestamp.md')[0]?.message.en).toContain('must be written as text in quotes');
    expect(of('no-such-day.md')[0]?.message.en).toContain('does not exist in the calendar');
    for (const f of ['date-only.md', 'yaml-timestamp.md', 'no-such-day.md'])
      expect(of(f)[0]?.field, f).toBe('start');
  });

  it('an organiser link must be https', () => {
    expect(of('http-organiser.md')[0]?.field).toBe('organiser.url');
  });

  it('text below the frontmatter, and a file name that cannot be an address', () => {
    expect(of('with-body.md')[0]?.field).toBe('body');
    expect(of('with-body.md')[0]?.message.en).toContain('Move it into the description field');
    expect(of('Nama Salah.md')[0]?.message.id).toContain('pakai huruf kecil');
  });

  it('an event still to come must not show a retired product', () => {
    const [p] = of('retired-upcoming.md');
    expect(p?.field).toBe('products[0]');
    expect(p?.message.en).toContain('Product "madu-lama" (code Z001) is retired');
  });
});
