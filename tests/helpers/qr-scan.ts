/**
 * Reads every QR code on a printed page, as a phone would one at a time. jsQR finds one code
 * per image and gives up when several are in view, so the page is first cut into candidates:
 * blocks of 8 × 8 px that are mostly dark are joined into regions, square regions of a QR's
 * size are cropped (with their quiet zone) and each crop is decoded on its own.
 */
import jsQR from 'jsqr';

export interface FoundCode {
  data: string;
  version: number;
  /** Where the symbol is on the page, in px. */
  box: { left: number; top: number; width: number; height: number };
}

const BLOCK = 8;

/** All QR codes in an RGBA image whose symbols are at least `minSide` px wide. */
export function scanAll(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  minSide = 120,
): FoundCode[] {
  const bw = Math.ceil(width / BLOCK);
  const bh = Math.ceil(height / BLOCK);
  // A block is dark when its mean luminance is below 200 (QR modules average ~128; text is
  // sparser and lighter).
  const dark = new Uint8Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let sum = 0;
      let n = 0;
      for (let y = by * BLOCK; y < Math.min(height, (by + 1) * BLOCK); y++) {
        for (let x = bx * BLOCK; x < Math.min(width, (bx + 1) * BLOCK); x++) {
          const i = (y * width + x) * 4;
          sum +=
            0.299 * (rgba[i] ?? 255) + 0.587 * (rgba[i + 1] ?? 255) + 0.114 * (rgba[i + 2] ?? 255);
          n++;
        }
      }
      dark[by * bw + bx] = sum / n < 200 ? 1 : 0;
    }
  }
  // Regions: 8-connected dark blocks, bridging gaps of one light block (white modules).
  const seen = new Uint8Array(bw * bh);
  const found: FoundCode[] = [];
  for (let start = 0; start < dark.length; start++) {
    if (!dark[start] || seen[start]) continue;
    let [x0, y0, x1, y1] = [bw, bh, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length) {
      const p = stack.pop() as number;
      const px = p % bw;
      const py = (p - px) / bw;
      x0 = Math.min(x0, px);
      x1 = Math.max(x1, px);
      y0 = Math.min(y0, py);
      y1 = Math.max(y1, py);
      for (let dy = -2; dy <= 2; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const nx = px + dx;
          const ny = py + dy;
          if (nx < 0 || ny < 0 || nx >= bw || ny >= bh) continue;
          const q = ny * bw + nx;
          if (dark[q] && !seen[q]) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    const w = (x1 - x0 + 1) * BLOCK;
    const h = (y1 - y0 + 1) * BLOCK;
    if (w < minSide || h < minSide || w / h > 1.3 || h / w > 1.3) continue;
    // Crop with a quiet zone of a quarter of the symbol on each side.
    const margin = Math.round(Math.max(w, h) / 4);
    const left = Math.max(0, x0 * BLOCK - margin);
    const top = Math.max(0, y0 * BLOCK - margin);
    const cw = Math.min(width - left, w + 2 * margin);
    const ch = Math.min(height - top, h + 2 * margin);
    const crop = new Uint8ClampedArray(cw * ch * 4);
    for (let y = 0; y < ch; y++) {
      const from = ((top + y) * width + left) * 4;
      crop.set(rgba.subarray(from, from + cw * 4), y * cw * 4);
    }
    const code = jsQR(crop, cw, ch, { inversionAttempts: 'dontInvert' });
    if (code) {
      found.push({
        data: code.data,
        version: code.version,
        box: { left: x0 * BLOCK, top: y0 * BLOCK, width: w, height: h },
      });
    }
  }
  return found;
}
