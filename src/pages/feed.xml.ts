/** `/feed.xml`: Atom feed of the newest products, linked from the head of every page. */
import type { APIRoute } from 'astro';
import { t } from '@/i18n';
import { buildDate } from '@/lib/build/build-date';
import { newestFirst } from '@/lib/catalogue/catalogue';
import { getCatalogue } from '@/lib/catalogue/catalogue-load';
import { pickText } from '@/lib/views/localize';
import { atomFeed, FEED_SIZE } from '@/lib/open-data/feed';
import { LICENCE, PUBLISHER } from '@/lib/open-data/licence';
import { PLACEHOLDER_SITE_URL } from '@/lib/config/site';
import { absoluteUrl, feedUrl, homeUrl, productUrl } from '@/lib/links/urls';

export const GET: APIRoute = async ({ site }) => {
  const origin = site?.origin ?? PLACEHOLDER_SITE_URL;
  const { active, categoryById } = await getCatalogue();
  const entries = newestFirst(active)
    .slice(0, FEED_SIZE)
    .map((p) => {
      const category = categoryById.get(p.data.category);
      return {
        id: absoluteUrl(productUrl(p.id, 'id'), origin),
        title: p.data.name.id,
        summary: p.data.tagline.id,
        url: absoluteUrl(productUrl(p.id, 'id'), origin),
        urlEn: absoluteUrl(productUrl(p.id, 'en'), origin),
        published: p.data.added,
        category: {
          term: p.data.category,
          label: category ? pickText(category.data.name, 'id') : p.data.category,
        },
      };
    });
  const xml = atomFeed({
    id: absoluteUrl(homeUrl('id'), origin),
    title: t('id', 'feed.title'),
    subtitle: t('id', 'site.description'),
    selfUrl: absoluteUrl(feedUrl(), origin),
    author: PUBLISHER,
    rights: `${LICENCE.content.name} — ${LICENCE.content.attribution}`,
    lang: 'id',
    fallbackUpdated: buildDate(),
    entries,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
