/** The small pure pieces behind content safety: each with the case that motivated it. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORY_COMPONENT_NAMES } from '../../src/lib/markup/story-components.ts';
import { loadAreas } from '../../src/lib/places/areas-load.ts';
import { decodeContent, firstInvalidUtf8 } from '../../src/lib/content-files/file-text.ts';
import { indonesianFieldHint } from '../../src/lib/messages/field-hints.ts';
import { keyPathAtLine, unclosedQuoteLine } from '../../src/lib/content-files/yaml-errors.ts';
import { isSafeStoryUrl } from '../../src/lib/markup/story-policy.ts';
import { rankVillages } from '../../src/lib/places/village-search.ts';
import { TEXT_LIMITS } from '../../src/schemas/limits.ts';
import { explainFlagError, usageText } from '../../scripts/lib/cli.ts';
import { ROOT } from '../helpers/paths.ts';

describe('village search', () => {
  it('ranks villages named "Fatumnasi" above villages in the district Fatumnasi', async () => {
    const areas = await loadAreas();
    const ranked = rankVillages(areas.villages.values(), 'Fatumnasi');
    const named = ranked.filter((v) => v.name.toLowerCase() === 'fatumnasi');
    expect(named.length).toBeGreaterThan(0);
    expect(ranked.slice(0, named.length).every((v) => v.name === named[0]?.name)).toBe(true);
    // The district's other villages (Nenas among them) still follow.
    expect(ranked.some((v) => v.name === 'Nenas')).toBe(true);
    expect(ranked.findIndex((v) => v.name === 'Nenas')).toBeGreaterThanOrEqual(named.length);
  });
});

describe('limits', () => {
  it('keeps product and producer names within the 60 characters the label layout assumes', () => {
    expect(TEXT_LIMITS.productName.max).toBe(60);
    expect(TEXT_LIMITS.producerName.max).toBe(60);
  });
  it('are all listed in both editor guides', async () => {
    const { readFileSync } = await import('node:fs');
    for (const guide of ['docs/panduan-editor.md', 'docs/editor-guide.md']) {
      const text = readFileSync(join(ROOT, guide), 'utf8');
      for (const { max } of Object.values(TEXT_LIMITS)) expect(text, guide).toContain(`${max}`);
      expect(text).toContain('<br>');
    }
  });
});

describe('story components', () => {
  it('the allow-list is exactly the components in src/components/story/', () => {
    const files = readdirSync(join(ROOT, 'src/components/story'))
      .filter((f) => f.endsWith('.astro'))
      .map((f) => f.replace(/\.astro$/, ''))
      .sort();
    expect(files).toEqual([...STORY_COMPONENT_NAMES].sort());
  });
  it('link schemes', () => {
    expect(isSafeStoryUrl('https://example.com')).toBe(true);
    expect(isSafeStoryUrl('./foto.jpg')).toBe(true);
    expect(isSafeStoryUrl('mailto:a@example.com')).toBe(true);
    expect(isSafeStoryUrl('java\tscript:alert(1)')).toBe(false);
    expect(isSafeStoryUrl(' JAVASCRIPT:alert(1)')).toBe(false);
    expect(isSafeStoryUrl('data:text/html,x')).toBe(false);
  });
});

describe('text files', () => {
  it('accepts UTF-8 with a BOM and CRLF, rejects Latin-1 at the right line', () => {
    const bom = Buffer.from('\uFEFFa: é\r\nb: 1\r\n', 'utf8');
    expect(firstInvalidUtf8(bom)).toBe(-1);
    expect(decodeContent(bom).ok).toBe(true);
    const latin = Buffer.from('a: 1\nb: é\n', 'latin1');
    const r = decodeContent(latin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.line, r.field]).toEqual([2, 'b']);
  });
  it('rejects overlong and surrogate encodings', () => {
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0xe2, 0x82]))).toBe(0);
  });
});

describe('YAML helpers', () => {
  it('finds the field at a line, from indentation alone', () => {
    const text = 'a: 1\nproducer:\n  name: x\n   owner: y\n  list:\n    - src: z\n';
    expect(keyPathAtLine(text, 3)).toBe('producer.name');
    expect(keyPathAtLine(text, 4)).toBe('producer.owner');
    expect(keyPathAtLine(text, 6)).toBe('producer.list.src');
  });
  it('finds where an unclosed quote was opened', () => {
    expect(unclosedQuoteLine("a: 'ok'\nb: \"it's\nc: 'x''y'\n", '"')).toBe(2);
    expect(unclosedQuoteLine("a: 'ok'\nb: it's fine\n", "'")).toBeUndefined();
  });
  it('suggests the English field for an Indonesian word', () => {
    expect(indonesianFieldHint('harga', ['offer', 'name'])).toBe('offer.price');
    expect(indonesianFieldHint('harga', ['price', 'unit'])).toBe('price');
    expect(indonesianFieldHint('Desa', ['village'])).toBe('village');
    expect(indonesianFieldHint('xyz', ['village'])).toBeUndefined();
  });
});

describe('CLI flags', () => {
  const usage = {
    command: 'npm run qr:assign -- [--content <folder>]',
    id: 'Id.',
    en: 'En.',
    flags: [],
  };
  it('explains an unknown flag in one line', () => {
    const err = Object.assign(new Error("Unknown option '--bogus'"), {
      code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
    });
    const line = explainFlagError(err, usage) ?? '';
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('Opsi tidak dikenal: --bogus');
    expect(line).toContain('Unknown option --bogus');
    expect(explainFlagError(new Error('other'), usage)).toBeUndefined();
  });
  it('prints usage in both languages', () => {
    expect(usageText(usage)).toMatch(/Pemakaian \/ Usage: npm run qr:assign[^]*--help/);
  });
});
