/** The events' downloads as the open-data page (/data/) lists them. */
import { t } from '../../i18n/index.ts';
import type { Locale } from '../text/locales.ts';
import { eventsCalendarUrl, eventsDataUrl } from '../links/urls.ts';

export function eventDataFiles(locale: Locale): { href: string; title: string; body: string }[] {
  return [
    {
      href: eventsDataUrl('json'),
      title: t(locale, 'events.dataJson'),
      body: t(locale, 'events.dataJsonBody'),
    },
    {
      href: eventsDataUrl('csv'),
      title: t(locale, 'events.dataCsv'),
      body: t(locale, 'events.dataCsvBody'),
    },
    {
      href: eventsCalendarUrl(),
      title: t(locale, 'events.dataIcs'),
      body: t(locale, 'events.dataIcsBody'),
    },
  ];
}
