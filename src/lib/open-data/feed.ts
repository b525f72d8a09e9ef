/** `/feed.xml`: an Atom 1.0 feed of newly added products. Pure: the endpoint gathers entries. */
import { escapeMarkup } from '../text/escape.ts';

/** Products in the feed: the newest ones. */
export const FEED_SIZE = 20;

/** RFC 3339 timestamp without milliseconds. */
const rfc3339 = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface FeedEntry {
  /** Permanent id: the absolute URL of the Indonesian product page. */
  id: string;
  title: string;
  summary: string;
  /** Product page (Indonesian). */
  url: string;
  /** Product page in English. */
  urlEn: string;
  /** Date added to the catalogue. */
  published: Date;
  category: { term: string; label: string };
}

export interface FeedInput {
  /** Absolute URL of the site's home page (also the feed's id). */
  id: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  author: string;
  rights: string;
  /** Language of the text (`id`). */
  lang: string;
  /** Used for `<updated>` when there is no entry. */
  fallbackUpdated: Date;
  /** Newest first. */
  entries: readonly FeedEntry[];
}

/** An Atom 1.0 feed (RFC 4287) of newly added products. */
export function atomFeed(f: FeedInput): string {
  const updated = f.entries.reduce(
    (latest, e) => (e.published > latest ? e.published : latest),
    f.entries[0]?.published ?? f.fallbackUpdated,
  );
  const x = escapeMarkup;
  const entries = f.entries.map(
    (e) => `  <entry>
    <id>${x(e.id)}</id>
    <title>${x(e.title)}</title>
    <link rel="alternate" type="text/html" hreflang="id" href="${x(e.url)}"/>
    <link rel="alternate" type="text/html" hreflang="en" href="${x(e.urlEn)}"/>
    <published>${rfc3339(e.published)}</published>
    <updated>${rfc3339(e.published)}</updated>
    <category term="${x(e.category.term)}" label="${x(e.category.label)}"/>
    <summary>${x(e.summary)}</summary>
  </entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(f.lang)}">
  <id>${x(f.id)}</id>
  <title>${x(f.title)}</title>
  <subtitle>${x(f.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(f.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(f.id)}"/>
  <updated>${rfc3339(updated)}</updated>
  <author><name>${x(f.author)}</name></author>
  <rights>${x(f.rights)}</rights>
${entries.join('')}</feed>
`;
}
