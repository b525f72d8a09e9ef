/**
 * The YAML parser's errors, explained in the editor's language. js-yaml reports in English and
 * often at the line where it gave up rather than where the mistake is (an unclosed quote is only
 * noticed at the end of the text): each common case gets an Indonesian and English explanation
 * and, where it can be found, the line the editor has to change.
 */
import type { Bilingual } from '../validators/result.ts';

export interface YamlErrorInput {
  /** js-yaml's `reason`. */
  reason: string;
  /** 1-based line js-yaml points at, within `text`. */
  line: number | undefined;
  /** The YAML text that failed. */
  text: string;
}

export interface ExplainedYamlError {
  message: Bilingual;
  /** 1-based line within `text` the editor should look at. */
  line: number | undefined;
}

/**
 * The first line where a quoted value opens and does not close on the same line (what an
 * "unclosed quote" error really points at), 1-based; undefined when there is none.
 */
export function unclosedQuoteLine(text: string, quote: '"' | "'"): number | undefined {
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    let inside: string | undefined;
    let previous = '';
    for (let c = 0; c < line.length; c++) {
      const ch = line[c] as string;
      if (inside) {
        if (inside === '"' && ch === '\\') c++;
        else if (inside === "'" && ch === "'" && line[c + 1] === "'") c++;
        else if (ch === inside) inside = undefined;
        continue;
      }
      if (ch === '#' && (c === 0 || /\s/.test(line[c - 1] ?? ''))) break;
      if ((ch === '"' || ch === "'") && (previous === '' || /[:\-[{,]/.test(previous))) {
        inside = ch;
        continue;
      }
      if (!/\s/.test(ch)) previous = ch;
      else if (previous !== '' && !/[:\-[{,]/.test(previous)) previous = 'x';
    }
    if (inside === quote) return i + 1;
  }
  return undefined;
}

/** A bilingual explanation of a js-yaml error. */
export function explainYamlError({ reason, line, text }: YamlErrorInput): ExplainedYamlError {
  const at = (n: number | undefined) => (n ? ` di baris ${n}` : '');
  const atEn = (n: number | undefined) => (n ? ` on line ${n}` : '');

  if (/tab characters must not be used/.test(reason)) {
    return {
      line,
      message: {
        id: `Ada karakter Tab${at(line)}. YAML hanya menerima spasi untuk menjorokkan baris: hapus Tab itu dan ketik dua spasi sebagai gantinya.`,
        en: `There is a Tab character${atEn(line)}. YAML only accepts spaces for indentation: delete the Tab and type two spaces instead.`,
      },
    };
  }
  const quoted = /within a (double|single) quoted scalar/.exec(reason);
  if (quoted) {
    const q = quoted[1] === 'double' ? '"' : "'";
    const opened = unclosedQuoteLine(text, q) ?? line;
    return {
      line: opened,
      message: {
        id: `Tanda kutip ${q} dibuka${at(opened)} tetapi tidak pernah ditutup. Tambahkan ${q} penutup di akhir teks pada baris itu, mis. name: ${q}Kopi Bajawa${q}.`,
        en: `A ${q} quote is opened${atEn(opened)} but never closed. Add the closing ${q} at the end of the text on that line, e.g. name: ${q}Kopi Bajawa${q}.`,
      },
    };
  }
  if (/duplicated mapping key/.test(reason)) {
    return {
      line,
      message: {
        id: `Nama kolom${at(line)} sudah ditulis sebelumnya di tempat yang sama. Setiap kolom hanya boleh muncul sekali: gabungkan isinya lalu hapus salah satu.`,
        en: `The field name${atEn(line)} was already written earlier at the same place. Each field may appear only once: merge the two and delete one of them.`,
      },
    };
  }
  const previous = line && line > 1 ? (text.split('\n')[line - 2] ?? '') : '';
  if (
    /bad indentation|implicit/.test(reason) &&
    previous.trim() !== '' &&
    !/^\s*#/.test(previous) &&
    !/^\s*(?:-\s+)?[^\s:#'"][^:#]*:(?:\s|$)/.test(previous) &&
    !/^\s*-\s/.test(previous)
  ) {
    const at1 = (line as number) - 1;
    return {
      line: at1,
      message: {
        id: `Baris ${at1} kurang titik dua dan spasi setelah nama kolom: tulis "nama: isi", mis. price: 75000 (bukan price:75000 atau price 75000).`,
        en: `Line ${at1} is missing the colon and space after the field name: write "name: value", e.g. price: 75000 (not price:75000 or price 75000).`,
      },
    };
  }
  if (/bad indentation/.test(reason)) {
    return {
      line,
      message: {
        id: `${line ? `Baris ${line}` : 'Sebuah baris'} tidak sejajar dengan kolom lain di kelompoknya, atau teksnya memuat tanda kutip/titik dua. Samakan jumlah spasi di awal baris dengan kolom sejajarnya; teks yang memuat ' atau : diapit tanda kutip ganda, mis. name: "Kopi Ine's".`,
        en: `${line ? `Line ${line}` : 'A line'} is not aligned with the other fields of its group, or its text holds a quote or colon. Use the same number of leading spaces as the fields beside it; put text holding ' or : in double quotes, e.g. name: "Kopi Ine's".`,
      },
    };
  }
  if (/flow collection|explicit mapping pair/.test(reason)) {
    return {
      line,
      message: {
        id: `Kurung { } atau [ ]${at(line)} tidak lengkap: periksa kurung penutup dan koma di antara isinya, mis. { min: 25000, max: 45000 }.`,
        en: `The { } or [ ] brackets${atEn(line)} are incomplete: check the closing bracket and the commas between entries, e.g. { min: 25000, max: 45000 }.`,
      },
    };
  }
  if (/escape sequence/.test(reason)) {
    return {
      line,
      message: {
        id: `Garis miring terbalik \\ di dalam tanda kutip ganda${at(line)}. Pakai tanda kutip tunggal ' … ' untuk teks itu.`,
        en: `A backslash \\ inside double quotes${atEn(line)}. Use single quotes ' … ' for that text.`,
      },
    };
  }
  // "end of the stream or a document separator is expected", "can not read a block mapping
  // entry", "missed comma": a line that is not "name: value" (no colon, no space after it).
  return {
    line,
    message: {
      id: `${line ? `Baris ${line}` : 'Sebuah baris'} (atau baris tepat di atasnya) tidak bisa dibaca sebagai "nama: isi". Periksa titik dua dan spasi setelah nama kolom (name: Kopi, bukan name:Kopi), jorokan baris dengan spasi, dan tanda kutip yang berpasangan.`,
      en: `${line ? `Line ${line}` : 'A line'} (or the one just above it) cannot be read as "name: value". Check the colon and the space after the field name (name: Kopi, not name:Kopi), the indentation with spaces, and that quotes are paired. (YAML parser: ${reason}.)`,
    },
  };
}

/**
 * The field path written at a line (1-based) of a YAML text, read from indentation alone, so it
 * works on text the parser rejected: `producer.name` for the line "  name: UMKM".
 */
export function keyPathAtLine(text: string, line: number): string | undefined {
  const lines = text.split('\n').slice(0, line);
  const stack: { indent: number; key: string; leaf: boolean }[] = [];
  for (const l of lines) {
    const m = /^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:(.*)$/.exec(l);
    if (!m) continue;
    const indent = (m[1] ?? '').replace(/\t/g, '  ').length + (m[2] ?? '').length;
    // A key with a value on its own line cannot hold fields: what follows is its sibling.
    while (stack.length) {
      const top = stack.at(-1) as { indent: number; leaf: boolean };
      if (top.indent >= indent || top.leaf) stack.pop();
      else break;
    }
    const rest = (m[4] ?? '').replace(/\s+#.*$/, '').trim();
    stack.push({ indent, key: m[3] as string, leaf: rest !== '' && !/^[|>]/.test(rest) });
  }
  return stack.length ? stack.map((s) => s.key).join('.') : undefined;
}
