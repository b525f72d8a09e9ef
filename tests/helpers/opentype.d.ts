/** The part of opentype.js (which ships no types) that the glyph-coverage check uses. */
declare module 'opentype.js' {
  export interface Glyph {
    /** 0 is .notdef: the font has no glyph for the character. */
    index: number;
  }
  export interface Font {
    charToGlyph(char: string): Glyph;
  }
  export function parse(buffer: ArrayBuffer): Font;
}
