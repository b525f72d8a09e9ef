/**
 * "Share on WhatsApp": a plain link (no script) that opens WhatsApp with the product's name and
 * page address ready to send to a contact or group of the sharer's choice.
 */
import { t } from '../i18n/index.ts';
import type { Locale } from './locales.ts';

/** `https://wa.me/?text=…` with the name and the absolute page URL. */
export function whatsappShareLink(name: string, pageUrl: string, locale: Locale): string {
  const text = t(locale, 'share.whatsappText', { name, url: pageUrl });
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
