/**
 * UI strings. Indonesian is the reference: its keys define `UIKey`, and any key missing in
 * another language falls back to Indonesian (a test keeps the files in step anyway).
 */
import type { Locale } from '../lib/text/locales.ts';
import en from './en.json' with { type: 'json' };
import id from './id.json' with { type: 'json' };

export type UIKey = keyof typeof id;
type Dictionary = Partial<Record<UIKey, string>>;

const dictionaries: Record<Locale, Dictionary> = { id, en };

/** Exposed for the key-parity test. */
export const dictionariesForTest: Readonly<Record<Locale, Readonly<Dictionary>>> = dictionaries;

/**
 * Looks up a UI string and fills `{name}` placeholders.
 * @example t('en', 'catalogue.count', { count: 44 })
 */
export function t(locale: Locale, key: UIKey, params?: Record<string, string | number>): string {
  const template = dictionaries[locale][key] ?? id[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** `t` bound to one locale, for templates. */
export function useTranslations(locale: Locale) {
  return (key: UIKey, params?: Record<string, string | number>): string => t(locale, key, params);
}
