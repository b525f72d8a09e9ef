/**
 * Reading content files the way Astro does (js-yaml for values, same frontmatter fence), plus
 * line numbers for messages (the `yaml` package keeps source positions).
 */
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Bilingual } from '../validators/result.ts';
import { explainYamlError, keyPathAtLine } from './yaml-errors.ts';

/**
 * YAML's own timestamp type, except that a date which is not on the calendar stays the text
 * it was written as: js-yaml turns 2025-02-30 into 2 March without a word; kept as text, the
 * date validators reject it naming the field ("2025-02-30 does not exist in the calendar").
 */
const timestamp = (yaml as unknown as { types: { timestamp: yaml.Type } }).types.timestamp;
const calendarTimestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve: (data: string) => timestamp.resolve(data),
  construct: (data: string): unknown => {
    const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(data);
    if (ymd) {
      const [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
      const probe = new Date(Date.UTC(2000, m - 1, d));
      probe.setUTCFullYear(y);
      if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return data;
    }
    return timestamp.construct(data) as unknown;
  },
  instanceOf: Date,
  represent: timestamp.represent as (data: object) => string,
});
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [calendarTimestamp] });

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface ParsedSource {
  data: unknown;
  /** Line (1-based, in the whole file) of the value at a path, or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Field path written at a line (1-based, in the whole file), e.g. `producer.name`. */
  fieldAtLine: (line: number) => string | undefined;
}

export type ParseResult =
  | { ok: true; value: ParsedSource }
  | { ok: false; error: Bilingual; line?: number | undefined; field?: string | undefined };

/** Parses YAML text (a whole .yaml file, or the frontmatter starting at `lineOffset`). */
export function parseYaml(source: string, lineOffset = 0): ParseResult {
  let data: unknown;
  try {
    data = yaml.load(source, { schema: SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number } };
    const explained = explainYamlError({
      reason: e.reason ?? String(error),
      line: e.mark ? e.mark.line + 1 : undefined,
      text: source,
    });
    const line = explained.line;
    const shift = (m: string) =>
      m.replace(
        /(baris|line) (\d+)/g,
        (_, w: string, n: string) => `${w} ${Number(n) + lineOffset}`,
      );
    return {
      ok: false,
      line: line ? line + lineOffset : undefined,
      field: line ? keyPathAtLine(source, line) : undefined,
      error: { id: shift(explained.message.id), en: shift(explained.message.en) },
    };
  }
  // The position-keeping parse is only needed for a message, so it runs on the first lookup:
  // a clean file (nearly all of them) is parsed once.
  let positions: { counter: LineCounter; doc: ReturnType<typeof parseDocument> } | undefined;
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    if (!positions) {
      const counter = new LineCounter();
      positions = {
        counter,
        doc: parseDocument(source, { lineCounter: counter, keepSourceTokens: false }),
      };
    }
    const { counter, doc } = positions;
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as
        { range?: [number, number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line + lineOffset;
      // A key whose value is missing still has a pair; fall back to the parent.
    }
    return undefined;
  };
  const fieldAtLine = (line: number) => keyPathAtLine(source, line - lineOffset);
  return { ok: true, value: { data, lineOf, fieldAtLine } };
}

export type MarkdownParse =
  | { ok: true; value: ParsedSource & { body: string; bodyLine: number } }
  | { ok: false; error: Bilingual; line?: number | undefined; field?: string | undefined };

/** Splits a Markdown/MDX file into frontmatter data and body. */
export function parseMarkdown(source: string): MarkdownParse {
  const match = FRONTMATTER.exec(source);
  if ((!match || match[1] === undefined) && /^\uFEFF?\s*---[ \t]*\r?\n/.test(source)) {
    const opened =
      source
        .replace(/^\uFEFF/, '')
        .split('\n')
        .findIndex((l) => /^---/.test(l)) + 1;
    return {
      ok: false,
      line: opened,
      field: 'frontmatter',
      error: {
        id: `Frontmatter dibuka dengan "---" di baris ${opened} tetapi tidak ditutup. Tambahkan satu baris berisi "---" saja setelah kolom terakhir (sebelum cerita produk).`,
        en: `The frontmatter opens with "---" on line ${opened} but is never closed. Add a line holding only "---" after the last field (before the product story).`,
      },
    };
  }
  if (!match || match[1] === undefined) {
    return {
      field: 'frontmatter',
      ok: false,
      line: 1,
      error: {
        id: 'Berkas tidak diawali frontmatter. Baris pertama harus "---", lalu kolom-kolom, lalu "---" lagi.',
        en: 'The file does not start with frontmatter. The first line must be "---", then the fields, then "---" again.',
      },
    };
  }
  const offset = source.slice(0, match.index + match[0].indexOf('---') + 3).split('\n').length - 1;
  const parsed = parseYaml(match[1], offset);
  if (!parsed.ok) return parsed;
  if (parsed.value.data === null || typeof parsed.value.data !== 'object') {
    return {
      ok: false,
      line: 1,
      field: 'frontmatter',
      error: {
        id: 'Frontmatter kosong atau bukan daftar kolom "nama: isi".',
        en: 'The frontmatter is empty or is not a list of "name: value" fields.',
      },
    };
  }
  const bodyStart = match.index + match[0].length;
  return {
    ok: true,
    value: {
      ...parsed.value,
      body: source.slice(bodyStart),
      bodyLine: source.slice(0, bodyStart).split('\n').length,
    },
  };
}
