/**
 * Share cards: the 1200 × 630 JPEG that WhatsApp, Facebook and X show when a page's link is
 * shared. Drawn with sharp (its text input renders with a font FILE, the Noto Sans bundled from
 * npm, so a card looks the same on every machine that builds it), from the product photo, the
 * name, the price, the village and regency, and the campaign mark. Pages other than products
 * get a card with their title over the campaign colours.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import sharp from 'sharp';

export const SHARE_CARD = { width: 1200, height: 630, maxBytes: 300 * 1024 } as const;

/** Part of every card's cache key: raise it whenever the drawing below changes. */
const CARD_LAYOUT_VERSION = 2;

const require = createRequire(join(process.cwd(), 'package.json'));
/** The bundled font files (Noto Sans, SIL Open Font Licence), regular and bold. */
export const CARD_FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;
const FONT_FAMILY = 'Noto Sans';

const INK = '#13263f';
const RED = '#8a2b1d';
const OCHRE = '#c98b2a';
const PAPER = '#fbf7ef';

export interface ShareCardInput {
  /** Large text: the product name or the page title. */
  title: string;
  /** Product price ("Rp45.000"), or a page's subtitle. */
  subtitle?: string | undefined;
  /** "Golewa, Ngada" for products. */
  place?: string | undefined;
  /** The campaign mark at the foot: "Gerakan Beli Produk NTT · Etalase OVOP NTT". */
  mark: string;
  /** A visible sample badge ("CONTOH / SAMPLE") for fictional content. */
  badge?: string | undefined;
  /** Absolute path of the photo (left half of the card), if any. */
  photo?: string | undefined;
}

/** Every character drawn on the card (for the glyph-coverage check of the bundled font). */
export function cardText(input: ShareCardInput): string {
  return [input.title, input.subtitle, input.place, input.mark, input.badge]
    .filter(Boolean)
    .join('\n');
}

/** Pango markup needs &, < and > escaped. */
function markup(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One block of text as a transparent PNG at most `width` wide (wrapped) and `height` tall. */
async function textBlock(
  text: string,
  options: { width: number; height: number; size: number; bold?: boolean; color: string },
): Promise<{ input: Buffer; width: number; height: number }> {
  const weight = options.bold ? 'bold' : 'normal';
  const render = (fit: boolean) =>
    sharp({
      text: {
        text: `<span foreground="${options.color}" font_weight="${weight}">${markup(text)}</span>`,
        font: `${FONT_FAMILY} ${options.size}`,
        fontfile: options.bold ? CARD_FONTS.bold : CARD_FONTS.regular,
        width: options.width,
        // Too long at the chosen size: libvips picks the size that fills width × height.
        ...(fit ? { height: options.height } : { dpi: 72 }),
        rgba: true,
        wrap: 'word-char',
      },
    })
      .png()
      .toBuffer({ resolveWithObject: true });
  let { data, info } = await render(false);
  if (info.height > options.height) ({ data, info } = await render(true));
  return { input: data, width: info.width, height: info.height };
}

/** Draws the card; the JPEG quality steps down until it fits `SHARE_CARD.maxBytes`. */
export async function renderShareCard(input: ShareCardInput): Promise<Buffer> {
  const { width: W, height: H } = SHARE_CARD;
  const photoWidth = input.photo ? 560 : 0;
  const pad = 48;
  const footer = 96;
  // Without a photo, the site's mark (the favicon's nested ikat diamonds) fills the right side.
  const motif = input.photo ? 0 : H - footer - 2 * pad;
  const textLeft = photoWidth + pad;
  const textWidth = W - textLeft - pad - (motif ? motif + pad : 0);
  const layers: Exclude<Parameters<ReturnType<typeof sharp>['composite']>[0], undefined> = [];
  if (input.photo) {
    const photo = await sharp(input.photo)
      .rotate()
      .resize(photoWidth, H - footer, { fit: 'cover', position: 'attention' })
      .toBuffer();
    layers.push({ input: photo, left: 0, top: 0 });
  }
  if (motif) {
    const diamonds = Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${motif}" height="${motif}" viewBox="0 0 32 32">` +
        `<rect width="32" height="32" rx="6" fill="${INK}"/><path d="M16 4 28 16 16 28 4 16Z" fill="${RED}"/>` +
        `<path d="M16 10 22 16 16 22 10 16Z" fill="${OCHRE}"/></svg>`,
    );
    layers.push({ input: diamonds, left: W - pad - motif, top: pad });
  }
  // Campaign band: the site's header colours (indigo, red and ochre stripes).
  const band = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${footer}">` +
      `<rect width="${W}" height="${footer}" fill="${INK}"/>` +
      `<rect width="${W}" height="8" fill="${RED}"/><rect y="8" width="${W}" height="6" fill="${OCHRE}"/></svg>`,
  );
  layers.push({ input: band, left: 0, top: H - footer });
  const mark = await textBlock(input.mark, {
    width: W - 2 * pad,
    height: footer - 30,
    size: 32,
    bold: true,
    color: '#ffffff',
  });
  layers.push({
    input: mark.input,
    left: pad,
    top: H - footer + 14 + Math.round((footer - 14 - mark.height) / 2),
  });

  let y = pad;
  if (input.badge) {
    const badge = await textBlock(input.badge, {
      width: textWidth,
      height: 50,
      size: 26,
      bold: true,
      color: RED,
    });
    layers.push({ input: badge.input, left: textLeft, top: y });
    y += badge.height + 16;
  }
  const title = await textBlock(input.title, {
    width: textWidth,
    height: 230,
    size: input.photo ? 54 : 64,
    bold: true,
    color: INK,
  });
  layers.push({ input: title.input, left: textLeft, top: y });
  y += title.height + 22;
  if (input.subtitle) {
    const sub = await textBlock(input.subtitle, {
      width: textWidth,
      height: 110,
      size: input.photo ? 46 : 36,
      bold: Boolean(input.photo),
      color: input.photo ? RED : INK,
    });
    layers.push({ input: sub.input, left: textLeft, top: y });
    y += sub.height + 16;
  }
  if (input.place) {
    const place = await textBlock(input.place, {
      width: textWidth,
      height: 90,
      size: 32,
      color: '#57504a',
    });
    layers.push({
      input: place.input,
      left: textLeft,
      top: Math.min(y, H - footer - place.height - 16),
    });
  }
  const canvas = sharp({
    create: { width: W, height: H, channels: 3, background: PAPER },
  }).composite(layers);
  const flat = await canvas.png().toBuffer();
  for (const quality of [82, 72, 62, 50]) {
    const jpeg = await sharp(flat).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= SHARE_CARD.maxBytes) return jpeg;
  }
  throw new Error(`share card "${input.title}" is larger than ${SHARE_CARD.maxBytes} bytes`);
}

/** Cache key: every input that changes the picture (the photo by its bytes), and the renderer. */
export function shareCardKey(input: ShareCardInput): string {
  const hash = createHash('sha256');
  hash.update(
    JSON.stringify({
      ...input,
      photo: undefined,
      v: CARD_LAYOUT_VERSION,
      sharp: sharp.versions.sharp,
    }),
  );
  if (input.photo) hash.update(readFileSync(input.photo));
  for (const font of Object.values(CARD_FONTS)) hash.update(font);
  return hash.digest('hex');
}
