/**
 * QR images for print, from a well-kept encoder (`qrcode`): vector SVG and a PNG of at least
 * 1024 px, error correction M by default (Q optional), a 4-module quiet zone, dark on light.
 * When the site has no real origin yet, a red "PREVIEW — not for print" band is added below the
 * quiet zone (outside the code, so it still scans for testing).
 */
import QRCode from 'qrcode';
import qrcodePackage from 'qrcode/package.json' with { type: 'json' };
import sharp from 'sharp';
import { config } from '../config/env.ts';
import { escapeMarkup } from '../text/escape.ts';

export type Ecl = 'M' | 'Q';

/** Error correction for everything printed: M, or Q with `QR_ECL=Q` (harsher print conditions). */
export function configuredEcl(value: string | undefined = config().QR_ECL): Ecl {
  return value?.toUpperCase() === 'Q' ? 'Q' : 'M';
}
export const QUIET_ZONE = 4;

/**
 * Names the drawing below in the keys of cached print files (see `qrFile`): change it whenever
 * `qrSvg` or `qrPng` draws differently, so builds stop reusing files drawn the old way.
 */
export const QR_DRAWING_VERSION = 1;

export interface QrMatrix {
  version: number;
  /** Modules per side, without the quiet zone. */
  size: number;
  isDark: (x: number, y: number) => boolean;
}

const matrices = new Map<string, QrMatrix>();

/**
 * The symbol for `text`, encoded once per build: a label page, the label sheet and the print
 * files all ask for the same codes (encoding was the main cost of rendering labels).
 */
export function qrMatrix(text: string, ecl: Ecl = 'M'): QrMatrix {
  const key = `${ecl}\n${text}`;
  let matrix = matrices.get(key);
  if (!matrix) {
    const qr = QRCode.create(text, { errorCorrectionLevel: ecl });
    const { size, data } = qr.modules;
    matrix = { version: qr.version, size, isDark: (x, y) => data[y * size + x] === 1 };
    matrices.set(key, matrix);
  }
  return matrix;
}

const PREVIEW_TEXT = 'PREVIEW — not for print / PRATINJAU';

/** Vector QR: one path of unit squares, sized in modules (scales to any print size). */
export function qrSvg(
  text: string,
  opts: { ecl?: Ecl; preview?: boolean; quietZone?: number } = {},
): string {
  const m = qrMatrix(text, opts.ecl);
  const quiet = opts.quietZone ?? QUIET_ZONE;
  const side = m.size + quiet * 2;
  const band = opts.preview ? 4 : 0;
  let d = '';
  for (let y = 0; y < m.size; y++) {
    for (let x = 0; x < m.size; x++) {
      if (m.isDark(x, y)) d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
    }
  }
  const previewBand = opts.preview
    ? `<rect y="${side}" width="${side}" height="${band}" fill="#b00020"/><text x="${side / 2}" y="${side + band * 0.65}" font-family="sans-serif" font-weight="700" font-size="${(side / 22).toFixed(2)}" fill="#fff" text-anchor="middle">${PREVIEW_TEXT}</text>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side + band}" shape-rendering="crispEdges"><title>${escapeMarkup(text)}</title><rect width="${side}" height="${side + band}" fill="#fff"/><path d="${d}" fill="#000"/>${previewBand}</svg>`;
}

/** Raster QR: whole pixels per module, at least `minSize` px wide. */
export async function qrPng(
  text: string,
  opts: { ecl?: Ecl; preview?: boolean; minSize?: number } = {},
): Promise<Buffer> {
  const m = qrMatrix(text, opts.ecl);
  const side = m.size + QUIET_ZONE * 2;
  const scale = Math.ceil((opts.minSize ?? 1024) / side);
  const width = side * scale;
  const pixels = Buffer.alloc(width * width, 255);
  // Draw each module row once, then copy it `scale` times: far fewer writes than per pixel.
  for (let y = 0; y < m.size; y++) {
    const top = (y + QUIET_ZONE) * scale * width;
    for (let x = 0; x < m.size; x++) {
      const left = top + (x + QUIET_ZONE) * scale;
      if (m.isDark(x, y)) pixels.fill(0, left, left + scale);
    }
    for (let dy = 1; dy < scale; dy++) pixels.copy(pixels, top + dy * width, top, top + width);
  }
  // Level 6: a fraction of level 9's time, for files that stay small (a QR is mostly runs).
  const png = { compressionLevel: 6, adaptiveFiltering: false } as const;
  const raw = { width, height: width, channels: 1 } as const;
  if (!opts.preview) return sharp(pixels, { raw }).png(png).toBuffer();
  const bandHeight = scale * 4;
  return sharp({
    create: { width, height: width + bandHeight, channels: 3, background: '#ffffff' },
  })
    .composite([
      { input: pixels, raw, top: 0, left: 0 },
      { input: await previewBand(width, bandHeight), top: width, left: 0 },
    ])
    .png(png)
    .toBuffer();
}

const bands = new Map<string, Promise<Buffer>>();

/** The red PREVIEW band, drawn once per size (text rendering is the slow part). */
function previewBand(width: number, height: number): Promise<Buffer> {
  const key = `${width}x${height}`;
  let band = bands.get(key);
  if (!band) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#b00020"/><text x="${width / 2}" y="${height * 0.65}" font-family="sans-serif" font-weight="700" font-size="${Math.round(width / 22)}" fill="#fff" text-anchor="middle">${PREVIEW_TEXT}</text></svg>`;
    band = sharp(Buffer.from(svg)).png().toBuffer();
    bands.set(key, band);
  }
  return band;
}

/** The cache key of one print file: every input that changes its bytes. */
export function qrFileKey(
  kind: 'svg' | 'png',
  payload: string,
  opts: { ecl: Ecl; preview: boolean },
): string {
  return JSON.stringify({
    drawing: QR_DRAWING_VERSION,
    kind,
    payload,
    ecl: opts.ecl,
    preview: opts.preview,
    // A new encoder may choose another mask, a new sharp/libvips compress differently: either
    // makes the files again.
    qrcode: qrcodePackage.version,
    ...(kind === 'png' ? { sharp: sharp.versions } : {}),
  });
}

/** The print file itself, freshly drawn (the endpoint reads it through the file cache). */
export async function qrFile(
  kind: 'svg' | 'png',
  payload: string,
  opts: { ecl: Ecl; preview: boolean },
): Promise<Uint8Array> {
  return kind === 'svg'
    ? new TextEncoder().encode(qrSvg(payload, opts))
    : new Uint8Array(await qrPng(payload, opts));
}
