/**
 * Every size the build encodes a product photo at, in one place. Each distinct (width, format)
 * is one more encode per product on a cold build, so pages share sizes instead of adding their
 * own: cards, hero and gallery use the same two widths (400 px fills a 360 px phone at 1x,
 * 800 px at 2x), the plain `<img>` fallback reuses the 800 px WebP of the srcset, and the social
 * card and open data share one JPEG.
 */
export const PHOTO_WIDTHS = [400, 800];
/** The `<img src>` inside `<picture>` (browsers without srcset): the larger srcset entry. */
export const PHOTO_FALLBACK_WIDTH = 800;
/** Social cards (Open Graph) and the open-data `image` field. */
export const SHARE_IMAGE = { width: 800, format: 'jpg' } as const;
/** Search result thumbnails (Pagefind meta). */
export const THUMBNAIL = { width: 160, format: 'webp' } as const;
/**
 * Product photos in the printed catalogue (`/katalog-cetak/`): the share card's JPEG, so no
 * extra encode. JPEG because Chromium puts a JPEG into a PDF as it is, where it would re-encode
 * WebP or AVIF losslessly (several times larger); 800 px across the ~40 mm the photo prints at is
 * ~500 dpi, above the 300 dpi a print shop asks for.
 */
export const PRINT_IMAGE = SHARE_IMAGE;
/**
 * `sizes` of the home page's product cards (two columns on a phone, three on a tablet, four from
 * 56rem in a 72rem page): the browser picks the 400 px photo on most phones instead of 800 px.
 * The first card's photo is preloaded with the same value, so both fetch the same file.
 */
export const HOME_CARD_SIZES =
  '(min-width: 72rem) 17rem, (min-width: 56rem) 23vw, (min-width: 40rem) 31vw, 46vw';
