/** Choosing the text to show for a language, and saying when it is a fallback. */
import type { Locale } from '../text/locales.ts';
import type { LocalizedText } from '../../schemas/common.ts';

export interface Picked {
  text: string;
  /** The language the text is really in: `id` when an English page falls back. */
  lang: Locale;
  /** True when the page's language was missing and Indonesian is shown instead. */
  fallback: boolean;
}

/** The text in `locale`, or the Indonesian text marked as a fallback. */
export function pick(value: LocalizedText, locale: Locale): Picked {
  if (locale === 'en' && value.en) return { text: value.en, lang: 'en', fallback: false };
  return { text: value.id, lang: 'id', fallback: locale !== 'id' };
}

/** Just the string (for attributes such as alt and meta descriptions). */
export function pickText(value: LocalizedText, locale: Locale): string {
  return pick(value, locale).text;
}
