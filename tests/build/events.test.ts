/**
 * Market days and exhibitions in the built site (dist/): /acara/ lists events to come first and
 * past ones after; each event page carries a valid schema.org Event; a product page says "Temui
 * produk ini di …" exactly while an event with its QR code is still to come; the calendar parses
 * and matches the events. dist/ is built on whatever day the tests run, so every expectation is
 * derived from the build day the site itself states (`generated` in /data/events.json) and the
 * event files — never from today's date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/lib/content-files/source.ts';
import { eventStatus } from '../../src/lib/events/events.ts';
import { parseWitaDateTime } from '../../src/lib/validators/wita-time.ts';
import { htmlFiles, readDist } from '../helpers/dist.ts';
import { ROOT } from '../helpers/paths.ts';

interface Row {
  id: string;
  status: 'upcoming' | 'ongoing' | 'past';
  start: string;
  end: string;
  title: { id: string; en: string | null };
  products: { code: string }[];
}
const doc = JSON.parse(readDist('data/events.json')) as { generated: string; events: Row[] };
const buildDay = new Date(`${doc.generated}T00:00:00Z`);

/** The event files as written by editors: slug, times (WITA), product codes. */
const files = readdirSync(join(ROOT, 'content/acara'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const parsed = parseMarkdown(readFileSync(join(ROOT, 'content/acara', f), 'utf8'));
    if (!parsed.ok) throw new Error(f);
    const d = parsed.value.data as { start: string; end: string; products?: string[] };
    const time = (v: string) => {
      const r = parseWitaDateTime(v);
      if (!r.ok) throw new Error(`${f}: ${v}`);
      return r.value;
    };
    return {
      slug: f.replace(/\.md$/, ''),
      start: time(d.start),
      end: time(d.end),
      products: d.products ?? [],
    };
  });
const current = files.filter((e) => eventStatus(e, buildDay) !== 'past');

/** The event slugs listed in a section of /acara/, in page order. */
function listed(html: string, section: 'current' | 'past'): string[] {
  const part = new RegExp(`data-events="${section}"[^]*?</section>`).exec(html)?.[0] ?? '';
  return [...part.matchAll(/data-event="([^"]+)"/g)].map((m) => m[1] as string);
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([^]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1] as string) as Record<string, unknown>,
  );
}

describe('events in the built site', () => {
  it('the sample content has events both to come and past on the build day, or says which is missing', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    // The past sample (May 2025) stays past; the far-future samples are still to come until 2028.
    expect(files.some((e) => eventStatus(e, buildDay) === 'past')).toBe(true);
    expect(current.length, `no sample event is upcoming on ${doc.generated}`).toBeGreaterThan(0);
  });

  it('the open data states each event on the build day, events to come first', () => {
    const expected = [...files].map((e) => [e.slug, eventStatus(e, buildDay)]);
    expect(doc.events.map((e) => [e.id, e.status]).sort()).toEqual(expected.sort());
    const firstPast = doc.events.findIndex((e) => e.status === 'past');
    if (firstPast >= 0)
      expect(doc.events.slice(firstPast).every((e) => e.status === 'past')).toBe(true);
  });

  it('/acara/ lists events to come soonest first, then past ones most recent first, in both languages', () => {
    const byStart = (a: { start: string }, b: { start: string }) => a.start.localeCompare(b.start);
    const upcoming = [...current].sort(byStart).map((e) => e.slug);
    const past = files
      .filter((e) => eventStatus(e, buildDay) === 'past')
      .sort((a, b) => byStart(b, a))
      .map((e) => e.slug);
    for (const file of ['acara/index.html', 'en/acara/index.html']) {
      const html = readDist(file);
      expect(listed(html, 'current'), file).toEqual(upcoming);
      expect(listed(html, 'past'), file).toEqual(past);
      // Upcoming comes before past on the page.
      expect(html.indexOf('data-events="current"')).toBeLessThan(
        html.indexOf('data-events="past"'),
      );
      expect(html, file).toContain('href="/acara.ics"');
      expect(html).toContain('WITA');
    }
  });

  it('every event page carries a valid schema.org Event, in both languages', () => {
    const pages = htmlFiles().filter((f) => /^(en\/)?acara\/[^/]+\/index\.html$/.test(f));
    expect(pages).toHaveLength(files.length * 2);
    for (const file of pages) {
      const html = readDist(file);
      const [ld, ...others] = jsonLd(html).filter((d) => d['@type'] === 'Event');
      expect(others, file).toEqual([]);
      if (!ld) throw new Error(`${file}: no Event`);
      const slug = /acara\/([^/]+)\//.exec(file)?.[1] ?? '';
      const source = files.find((e) => e.slug === slug);
      expect(ld['@context']).toBe('https://schema.org');
      expect(typeof ld['name'] === 'string' && ld['name'].length > 0, file).toBe(true);
      expect(ld['startDate']).toBe(`${source?.start}:00+08:00`);
      expect(ld['endDate']).toBe(`${source?.end}:00+08:00`);
      expect(Date.parse(ld['endDate'] as string)).toBeGreaterThanOrEqual(
        Date.parse(ld['startDate'] as string),
      );
      expect(ld['eventAttendanceMode']).toBe('https://schema.org/OfflineEventAttendanceMode');
      expect(ld['eventStatus']).toBe('https://schema.org/EventScheduled');
      const location = ld['location'] as {
        '@type': string;
        name: string;
        address: Record<string, string>;
      };
      expect(location['@type']).toBe('Place');
      expect(location.name.length).toBeGreaterThan(0);
      expect(location.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'ID' });
      // Its URL is the page's own canonical address.
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(ld['url'], file).toBe(canonical);
      for (const p of (ld['about'] ?? []) as { url: string }[]) {
        const path = new URL(p.url).pathname;
        expect(htmlFiles(), p.url).toContain(`${path.slice(1)}index.html`);
      }
    }
  });

  it('a product page says "Temui produk ini di …" exactly while an event with its QR code is to come', () => {
    const products = readdirSync(join(ROOT, 'content/products'));
    let shown = 0;
    for (const slug of products) {
      const html = readDist(`produk/${slug}/index.html`);
      const code = /^qr: '([^']+)'/m.exec(
        readFileSync(join(ROOT, 'content/products', slug, 'index.md'), 'utf8'),
      )?.[1];
      const retired = /^retired:/m.test(
        readFileSync(join(ROOT, 'content/products', slug, 'index.md'), 'utf8'),
      );
      const events = retired ? [] : current.filter((e) => code && e.products.includes(code));
      const section = /<section class="meet-at"[^]*?<\/section>/.exec(html)?.[0];
      if (events.length === 0) {
        expect(section, slug).toBeUndefined();
        continue;
      }
      shown++;
      expect(section, slug).toContain('Temui produk ini di …');
      expect([...(section ?? '').matchAll(/data-event="([^"]+)"/g)].map((m) => m[1])).toEqual(
        [...events].sort((a, b) => a.start.localeCompare(b.start)).map((e) => e.slug),
      );
      const en = readDist(`en/produk/${slug}/index.html`);
      expect(en, slug).toContain('Meet this product at …');
    }
    // A product only in a past event has no notice (checked above); some product has one.
    expect(shown).toBeGreaterThan(0);
  });

  it('the home page shows the next events to come', () => {
    const next = [...current].sort((a, b) => a.start.localeCompare(b.start)).slice(0, 3);
    for (const file of ['index.html', 'en/index.html']) {
      const section = /<section[^>]*data-home-events[^]*?<\/section>/.exec(readDist(file))?.[0];
      expect(
        [...(section ?? '').matchAll(/data-event="([^"]+)"/g)].map((m) => m[1]),
        file,
      ).toEqual(next.map((e) => e.slug));
    }
  });

  it('/acara.ics parses as a calendar with every event, at the right instant', () => {
    const text = readFileSync(join(ROOT, 'dist', 'acara.ics'), 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    const vevents = ICAL.Component.fromString(text)
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(vevents.map((v) => v.uid.split('@')[0]).sort()).toEqual(files.map((e) => e.slug).sort());
    for (const v of vevents) {
      const e = files.find((f) => v.uid.startsWith(`${f.slug}@`));
      expect(v.startDate.toJSDate().toISOString()).toBe(
        new Date(`${e?.start}:00+08:00`).toISOString(),
      );
      expect(v.endDate.toJSDate().toISOString()).toBe(new Date(`${e?.end}:00+08:00`).toISOString());
      expect(v.summary.length).toBeGreaterThan(0);
    }
  });

  it('the events CSV has one line per event, like the JSON', () => {
    const csv = readDist('data/events.csv');
    expect(csv.startsWith('\uFEFFid,sample,status,')).toBe(true);
    expect(csv.trimEnd().split('\r\n')).toHaveLength(doc.events.length + 1);
  });
});
