/** The site's languages. Indonesian is the default and has no URL prefix. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** BCP 47 tags for `hreflang`, Open Graph and the sitemap. */
export const LOCALE_TAGS: Record<Locale, string> = { id: 'id-ID', en: 'en' };

/** The other language, for the language switcher. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'id' ? 'en' : 'id';
}
