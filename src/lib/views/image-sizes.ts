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
