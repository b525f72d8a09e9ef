/**
 * Every `https://wa.me/` link the site makes, built in one place: "Order via WhatsApp" (the
 * producer's number and a prefilled, localised message), "Share on WhatsApp" (no number: the
 * sharer picks a contact; a plain link, no script) and the producer's link in the open data.
 */
import { t } from '../../i18n/index.ts';
import type { Locale } from '../text/locales.ts';
import { show } from '../validators/result.ts';

/**
 * `https://wa.me/<digits>` for an E.164 number, or `https://wa.me/` for none (the sharer picks
 * a contact), with an optional pre-filled message.
 */
export function waMeLink(e164: string | undefined, message?: string): string {
  if (e164 !== undefined && !/^\+[1-9]\d{6,14}$/.test(e164)) {
    throw new RangeError(`waMeLink expects an E.164 number like +6281234567890, got ${show(e164)}`);
  }
  // wa.me takes the number as bare digits: a "+" or spaces make it show an error page.
  const base = `https://wa.me/${e164 ? e164.slice(1) : ''}`;
  return message ? `${base}?text=${encodeURIComponent(message)}` : base;
}

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

/** "Share on WhatsApp": `https://wa.me/?text=…` with the name and the absolute page URL. */
export function whatsappShareLink(name: string, pageUrl: string, locale: Locale): string {
  return waMeLink(undefined, t(locale, 'share.whatsappText', { name, url: pageUrl }));
}
