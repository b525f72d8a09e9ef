import { describe, expect, it } from 'vitest';
import { trickleCuts } from '../../scripts/lib/static-server.ts';

const html = Buffer.from('<p>Harga: <strong>Rp 1</strong> <span>per kg</span></p>');

function pieces(bytes: number): string[] {
  let from = 0;
  return trickleCuts(html, bytes).map((to) => {
    const piece = html.subarray(from, to).toString();
    from = to;
    return piece;
  });
}

describe('slow server pieces', () => {
  it('cuts at every tag edge with the smallest size: tags and texts arrive one by one', () => {
    expect(pieces(1)).toEqual([
      '<p>',
      'Harga: ',
      '<strong>',
      'Rp 1',
      '</strong>',
      ' ',
      '<span>',
      'per kg',
      '</span>',
      '</p>',
    ]);
  });

  it('makes pieces of at least the size asked for, each ending at a tag edge', () => {
    const got = pieces(12);
    expect(got.join('')).toBe(html.toString());
    for (const piece of got.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(12);
      expect(piece.endsWith('>') || got[got.indexOf(piece) + 1]?.startsWith('<')).toBe(true);
    }
  });

  it('sends a page without tags, or a small one, in one piece', () => {
    expect(trickleCuts(Buffer.from('plain text'), 1)).toEqual([10]);
    expect(trickleCuts(html, 10_000)).toEqual([html.length]);
    expect(trickleCuts(Buffer.alloc(0), 1)).toEqual([]);
  });
});
