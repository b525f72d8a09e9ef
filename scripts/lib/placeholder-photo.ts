/** Placeholder photos for sample and draft products: never a photo of a real person or product. */
import sharp from 'sharp';
import { escapeMarkup } from '../../src/lib/text/escape.ts';

/** Splits a name into at most three lines of about 16 characters. */
function wrap(text: string, width = 16): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > width && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/** A deterministic variation per product, so photos differ (cache keys, visual identity). */
function hash(s: string): number {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ (c.codePointAt(0) ?? 0), 16777619);
  return h >>> 0;
}

/** SVG of a placeholder photo: the name on the category colour, an ikat band, a sample mark. */
export function placeholderSvg(opts: {
  width: number;
  height: number;
  color: string;
  title: string;
  subtitle: string;
  seed: number;
  variant: 'hero' | 'detail';
}): string {
  const { width: w, height: h, color, seed } = opts;
  const size = 60 + (seed % 5) * 12;
  const band = opts.variant === 'hero' ? h * 0.62 : h * 0.5;
  const diamonds: string[] = [];
  for (let x = -size; x < w + size; x += size) {
    const y = band;
    diamonds.push(
      `<path d="M${x} ${y}l${size / 2} ${-size / 2}l${size / 2} ${size / 2}l${-size / 2} ${size / 2}z" fill="#f5e6c8" opacity="0.9"/>`,
      `<path d="M${x + size / 4} ${y}l${size / 4} ${-size / 4}l${size / 4} ${size / 4}l${-size / 4} ${size / 4}z" fill="${color}"/>`,
    );
  }
  const lines = wrap(opts.title);
  const fontSize = Math.round(w / 14);
  const text = lines
    .map(
      (l, i) =>
        `<tspan x="${w * 0.07}" dy="${i === 0 ? 0 : fontSize * 1.15}">${escapeMarkup(l)}</tspan>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <rect width="${w}" height="${h}" fill="${color}"/>
  <rect y="${band - size * 0.7}" width="${w}" height="${size * 1.4}" fill="#13263f" opacity="0.55"/>
  ${diamonds.join('')}
  <text x="${w * 0.07}" y="${h * 0.16}" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${fontSize}" fill="#ffffff">${text}</text>
  <text x="${w * 0.07}" y="${h * 0.93}" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(fontSize * 0.5)}" fill="#f5e6c8">${escapeMarkup(opts.subtitle)}</text>
  <g transform="translate(${w * 0.07} ${h * 0.74})"><rect width="${w * 0.5}" height="${fontSize * 1.1}" rx="12" fill="#ffffff"/>
  <text x="${w * 0.25}" y="${fontSize * 0.75}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-weight="700" font-size="${Math.round(fontSize * 0.6)}" fill="#8a1d1d">CONTOH · SAMPLE</text></g>
</svg>`;
}

/** Writes a placeholder JPEG (hero 1600×1200, detail 1200×1200). */
export async function writePlaceholderPhoto(
  out: string,
  opts: {
    title: string;
    color: string;
    seedText: string;
    variant: 'hero' | 'detail';
    subtitle?: string;
  },
): Promise<void> {
  const [width, height] = opts.variant === 'hero' ? [1600, 1200] : [1200, 1200];
  const svg = placeholderSvg({
    width,
    height,
    color: opts.color,
    title: opts.title,
    subtitle: opts.subtitle ?? 'Foto contoh · Placeholder photo',
    seed: hash(opts.seedText),
    variant: opts.variant,
  });
  await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toFile(out);
}
