/**
 * Reading a content file as an editor's text: valid UTF-8 only (a Latin-1 "é" from an old
 * editor would otherwise be published as "�"), a byte-order mark and Windows line ends
 * accepted, and merge-conflict markers recognised before any parser trips over them.
 */
import { readFileSync } from 'node:fs';
import type { Bilingual } from '../validators/result.ts';
import { keyPathAtLine } from './yaml-errors.ts';

/** The field written at `line` of a (possibly Markdown) text; `body` below the frontmatter. */
function fieldAt(text: string, line: number): string | undefined {
  const lines = text.split('\n');
  const fences = lines.flatMap((l, i) =>
    /^---\s*$/.test(l.replace(/^\uFEFF/, '')) ? [i + 1] : [],
  );
  if (fences[0] === 1 && fences[1] !== undefined) {
    if (line > fences[1]) return 'body';
    return keyPathAtLine(lines.slice(1, fences[1] - 1).join('\n'), line - 1);
  }
  return keyPathAtLine(text, line);
}

export type FileText =
  | { ok: true; text: string }
  | { ok: false; line: number; field?: string | undefined; message: Bilingual };

/** Byte offset of the first byte that is not valid UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

const lineAt = (bytes: Uint8Array, offset: number): number => {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
};

/** Line (1-based) of the first merge-conflict marker, or undefined. */
export function conflictMarkerLine(text: string): number | undefined {
  const i = text.split('\n').findIndex((l) => /^(<{7}|={7}|>{7}|\|{7})(\s|$)/.test(l));
  return i >= 0 ? i + 1 : undefined;
}

/** Checks bytes already read (exported for tests). */
export function decodeContent(bytes: Uint8Array, registry = false): FileText {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const line = lineAt(bytes, bad);
    const hex = [...bytes.slice(bad, bad + 2)]
      .map((b) => b.toString(16).toUpperCase().padStart(2, '0'))
      .join(' ');
    return {
      ok: false,
      line,
      field: fieldAt(new TextDecoder('utf-8').decode(bytes), line),
      message: {
        id: `Berkas ini tidak tersimpan sebagai UTF-8: baris ${line} memuat byte ${hex} (mis. huruf "é" dari penyunting lama). Buka berkas, simpan ulang dengan encoding UTF-8 (VS Code: klik "UTF-8/Latin-1" di pojok kanan bawah → Save with Encoding → UTF-8), lalu periksa huruf di baris itu.`,
        en: `This file is not saved as UTF-8: line ${line} holds the bytes ${hex} (e.g. an "é" from an old editor). Open the file, save it again with UTF-8 encoding (VS Code: click the encoding in the bottom right → Save with Encoding → UTF-8), then check the letters on that line.`,
      },
    };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const marker = conflictMarkerLine(text);
  if (marker) {
    return {
      ok: false,
      line: marker,
      field: registry ? 'qr-registry' : fieldAt(text, marker),
      message: registry
        ? {
            id: `Registri QR berisi tanda konflik git (<<<<<<<, =======, >>>>>>>) mulai baris ${marker}: dua perubahan digabung bersamaan. Selesaikan dengan MENYIMPAN BARIS DARI KEDUA SISI (setiap kode yang pernah diterbitkan tetap tercatat), hapus hanya tiga baris penanda itu, lalu jalankan npm run check:content.`,
            en: `The QR registry holds git conflict markers (<<<<<<<, =======, >>>>>>>) from line ${marker}: two changes were merged at once. Resolve it by KEEPING THE LINES OF BOTH SIDES (every code ever issued stays recorded), delete only the three marker lines, then run npm run check:content.`,
          }
        : {
            id: `Berkas berisi tanda konflik git (<<<<<<<, =======, >>>>>>>) mulai baris ${marker}: dua perubahan digabung bersamaan. Pilih isi yang benar dari kedua sisi, lalu hapus baris-baris penanda itu.`,
            en: `The file holds git conflict markers (<<<<<<<, =======, >>>>>>>) from line ${marker}: two changes were merged at once. Choose the right text from both sides, then delete the marker lines.`,
          },
    };
  }
  return { ok: true, text };
}

/** Reads a content file; see `decodeContent`. */
export function readContentFile(path: string, registry = false): FileText {
  return decodeContent(readFileSync(path), registry);
}
