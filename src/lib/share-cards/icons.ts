/**
 * Home-screen icons and the web app manifest, drawn from the one favicon (public/favicon.svg)
 * so every icon is the same mark: PNG 192 and 512 (Android, manifest) and 180 (iOS, opaque:
 * iOS paints transparent corners black).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { t } from '../../i18n/index.ts';
import { homeUrl, iconUrl } from '../links/urls.ts';

export const ICON_SIZES = [192, 512] as const;
export const TOUCH_ICON_SIZE = 180;
export const THEME_COLOR = '#13263f';
export const BACKGROUND_COLOR = '#fbf7ef';

/** The favicon drawn at `size` px; `opaque` fills the rounded corners with the theme colour. */
export async function renderIcon(size: number, opaque = false): Promise<Buffer> {
  const svg = readFileSync(join(process.cwd(), 'public', 'favicon.svg'));
  const image = sharp(svg, { density: Math.ceil((72 * size) / 32) }).resize(size, size);
  return (opaque ? image.flatten({ background: THEME_COLOR }) : image).png().toBuffer();
}

/** The web app manifest (Indonesian, the site's default language). */
export function webManifest(): Record<string, unknown> {
  return {
    name: t('id', 'site.name'),
    short_name: 'OVOP NTT',
    description: t('id', 'site.description'),
    lang: 'id',
    start_url: homeUrl('id'),
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: BACKGROUND_COLOR,
    icons: ICON_SIZES.map((size) => ({
      src: iconUrl(size),
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: 'any',
    })),
  };
}
