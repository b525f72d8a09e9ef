/**
 * Gathers the open-data rows at build time (catalogue, image URLs, origin) and memoises them:
 * the JSON and CSV endpoints and the data page share one set of rows.
 */
import { getImage } from 'astro:assets';
import { SHARE_IMAGE } from '../views/image-sizes.ts';
import { buildDate } from '../build/build-date.ts';
import { getCatalogue } from '../catalogue/catalogue-load.ts';
import { openDataDocument, toOpenDataProduct } from './row.ts';
import type { OpenDataDocument } from './schema.ts';
import { PLACEHOLDER_SITE_URL } from '../config/site.ts';
import { absoluteUrl, dataUrl } from '../links/urls.ts';

const cache = new Map<string, Promise<OpenDataDocument>>();

/** `/data/products.json` as an object, for the site on `origin` (the configured one if unset). */
export function getOpenData(origin: string = PLACEHOLDER_SITE_URL): Promise<OpenDataDocument> {
  let doc = cache.get(origin);
  if (!doc) {
    doc = (async () => {
      const { active, categoryById } = await getCatalogue();
      const today = buildDate();
      const products = await Promise.all(
        active.map(async (p) => {
          // The same JPEG the product page gives social cards: one file, shared.
          const image = await getImage({ src: p.data.hero.src, ...SHARE_IMAGE });
          const category = categoryById.get(p.data.category);
          return toOpenDataProduct(p, {
            origin,
            categoryName: category?.data.name ?? { id: p.data.category },
            imageUrl: absoluteUrl(image.src, origin),
            today,
          });
        }),
      );
      return openDataDocument({
        generated: today,
        origin,
        documentation: absoluteUrl(dataUrl('en'), origin),
        products,
      });
    })();
    cache.set(origin, doc);
  }
  return doc;
}
