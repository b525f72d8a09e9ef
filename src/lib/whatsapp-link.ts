/** The "Order via WhatsApp" link: the producer's number and a prefilled, localised message. */
import { t } from '../i18n/index.ts';
import type { Locale } from './locales.ts';
import { waMeLink } from './validators/whatsapp.ts';

export function orderLink(opts: {
  whatsapp: string;
  producer: string;
  product: string;
  pageUrl: string;
  locale: Locale;
}): string {
  const message = t(opts.locale, 'product.orderMessage', {
    producer: opts.producer,
    product: opts.product,
    url: opts.pageUrl,
  });
  return waMeLink(opts.whatsapp, message);
}
