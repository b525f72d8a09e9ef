/**
 * Reads the events collection (content/acara/) once per build, like the catalogue
 * (src/lib/catalogue/catalogue-load.ts): every page that shows events asks for the same list.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type EventEntry = CollectionEntry<'events'>;

let cached: Promise<EventEntry[]> | undefined;

/** Every event, in no particular order (src/lib/events/events.ts sorts them for each use). */
export function getEvents(): Promise<EventEntry[]> {
  cached ??= getCollection('events');
  return cached;
}
