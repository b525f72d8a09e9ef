/** Gathers the events open data once per build (both /data/events.json and .csv use it). */
import { loadAreas } from './area-data.ts';
import { buildDate } from './build-date.ts';
import { getCatalogue } from './catalogue-data.ts';
import { getEvents } from './event-data.ts';
import { eventsDocument, type OpenDataEventsDocument } from './open-data/events.ts';
import { absoluteUrl, dataUrl } from './urls.ts';

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
