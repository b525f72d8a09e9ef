/**
 * Which characters a font file cannot draw (they would show as empty "tofu" boxes). Reads the
 * font's character map with opentype.js, independent of the renderer that draws the cards.
 */
import { readFileSync } from 'node:fs';
import { parse, type Font } from 'opentype.js';

const cmaps = new Map<string, Font>();

/** The distinct characters of `text` (whitespace aside) that `fontFile` has no glyph for. */
export function missingGlyphs(fontFile: string, text: string): string[] {
  let font = cmaps.get(fontFile);
  if (!font) {
    const bytes = readFileSync(fontFile);
    font = parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    cmaps.set(fontFile, font);
  }
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const glyph = font.charToGlyph(ch);
    if (!glyph || glyph.index === 0) missing.add(ch);
  }
  return [...missing];
}
