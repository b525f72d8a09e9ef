/**
 * Reading content files the way Astro does (js-yaml for values, same frontmatter fence), plus
 * line numbers for messages (the `yaml` package keeps source positions).
 */
import yaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { Bilingual } from '../validators/result.ts';

const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

export interface ParsedSource {
  data: unknown;
  /** Line (1-based, in the whole file) of the value at a path, or of its nearest parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export type ParseResult =
  { ok: true; value: ParsedSource } | { ok: false; error: Bilingual; line?: number | undefined };

/** Parses YAML text (a whole .yaml file, or the frontmatter starting at `lineOffset`). */
export function parseYaml(source: string, lineOffset = 0): ParseResult {
  let data: unknown;
  try {
    data = yaml.load(source);
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number } };
    const line = e.mark ? e.mark.line + 1 + lineOffset : undefined;
    const reason = e.reason ?? String(error);
    // An unclosed quote is only noticed at the end of the text: point back to its likely cause.
    const atEnd = /end of the stream/.test(reason);
    const hintId = atEnd
      ? ' Kemungkinan ada tanda kutip yang dibuka tetapi tidak ditutup di baris sebelumnya.'
      : '';
    const hintEn = atEnd ? ' Probably a quote was opened but not closed on an earlier line.' : '';
    return {
      ok: false,
      line,
      error: {
        id: `YAML rusak${line ? ` di baris ${line}` : ''}: ${reason}. Periksa titik dua setelah nama kolom, spasi menjorok (pakai spasi, bukan tab) dan tanda kutip yang berpasangan.${hintId}`,
        en: `Broken YAML${line ? ` at line ${line}` : ''}: ${reason}. Check the colon after each field name, the indentation (spaces, not tabs) and that quotes are paired.${hintEn}`,
      },
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
  return { ok: true, value: { data, lineOf } };
}

export type MarkdownParse =
  | { ok: true; value: ParsedSource & { body: string } }
  | { ok: false; error: Bilingual; line?: number | undefined };

/** Splits a Markdown/MDX file into frontmatter data and body. */
export function parseMarkdown(source: string): MarkdownParse {
  const match = FRONTMATTER.exec(source);
  if (!match || match[1] === undefined) {
    return {
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
      error: {
        id: 'Frontmatter kosong atau bukan daftar kolom "nama: isi".',
        en: 'The frontmatter is empty or is not a list of "name: value" fields.',
      },
    };
  }
  return {
    ok: true,
    value: { ...parsed.value, body: source.slice(match.index + match[0].length) },
  };
}
