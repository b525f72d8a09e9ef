/** Head metadata that every page shares: canonical URL and language alternates. */
import { DEFAULT_LOCALE, LOCALES, LOCALE_TAGS, type Locale } from '../text/locales.ts';
import { absoluteUrl, localizedPath } from '../links/urls.ts';

export interface Alternate {
  /** `hreflang` value: a BCP 47 tag or `x-default`. */
  hreflang: string;
  href: string;
}

/**
 * `hreflang` alternates for a page that exists in every language (id, en, and x-default
 * pointing at Indonesian, the default language).
 */
export function alternatesFor(path: string, origin: string): Alternate[] {
  const list: Alternate[] = LOCALES.map((locale: Locale) => ({
    hreflang: LOCALE_TAGS[locale],
    href: absoluteUrl(localizedPath(path, locale), origin),
  }));
  list.push({
    hreflang: 'x-default',
    href: absoluteUrl(localizedPath(path, DEFAULT_LOCALE), origin),
  });
  return list;
}

/** `<title>`: page title, then the site name, unless the page title already is the site. */
export function pageTitle(title: string, siteName: string): string {
  return title.includes(siteName) ? title : `${title} · ${siteName}`;
}
