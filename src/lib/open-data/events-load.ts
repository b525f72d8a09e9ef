/** Gathers the events open data once per build (both /data/events.json and .csv use it). */
import { loadAreas } from '../places/areas-load.ts';
import { buildDate } from '../build/build-date.ts';
import { getCatalogue } from '../catalogue/catalogue-load.ts';
import { getEvents } from '../events/events-load.ts';
import { eventsDocument, type OpenDataEventsDocument } from './events.ts';
import { absoluteUrl, dataUrl } from '../links/urls.ts';

const memo = new Map<string, Promise<OpenDataEventsDocument>>();

export function getEventsOpenData(origin: string): Promise<OpenDataEventsDocument> {
  let doc = memo.get(origin);
  if (!doc) {
    doc = (async () => {
      const [{ all }, events, areas] = await Promise.all([
        getCatalogue(),
        getEvents(),
        loadAreas(),
      ]);
      return eventsDocument(events, {
        origin,
        today: buildDate(),
        areas,
        productByCode: new Map(all.flatMap((p) => (p.data.qr ? [[p.data.qr, p.id] as const] : []))),
        documentation: absoluteUrl(dataUrl('en'), origin),
      });
    })();
    memo.set(origin, doc);
  }
  return doc;
}
