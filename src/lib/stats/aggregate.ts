/**
 * Turns access-log lines into the campaign's totals. Pure: the catalogue (codes, GTINs,
 * products and their places) and the bot test come in; lines go in one at a time; totals come
 * out. Nothing that identifies a person is kept: the shortened address and the browser are used
 * for the 30-minute repeat check (./dedupe.ts) and dropped; the totals hold only counts.
 */
import type { Locale } from '../text/locales.ts';
import { agentToken, parseAgentToken, type AgentToken } from './agent.ts';
import { classify, type Hit } from './classify.ts';
import { DEDUPE_WINDOW_MS, DedupeWindow } from './dedupe.ts';
import { parseLogLine } from './log-line.ts';
import { witaDay } from './wita.ts';

/** What the counter needs to know of a product. */
export interface StatsProduct {
  slug: string;
  name: { id: string; en: string };
  /** GTIN-14, when the product has one. */
  gtin14?: string | undefined;
  regency: { slug: string; name: { id: string; en: string } };
  island: { slug: string; name: string };
  category: { slug: string; name: { id: string; en: string } };
}

export interface StatsCatalogue {
  products: readonly StatsProduct[];
  /** Every QR code ever issued -> product slug (content/qr-registry.yaml). */
  codes: ReadonlyMap<string, string>;
}

/** The counts of one product (or one place, one day). */
export interface Counts {
  /** Scans of the printed QR code (`/P/<CODE>/`). */
  qr: number;
  /** Short links typed from the label (`/p/<code>/`). */
  short: number;
  /** GS1 Digital Link resolutions (`/01/<GTIN>/`). */
  gs1: number;
  /** Product page views in Indonesian. */
  viewsId: number;
  /** Product page views in English. */
  viewsEn: number;
  /** Clicks on "Pesan lewat WhatsApp" (the button's ping, `POST /pesan/<CODE>/`). */
  orders: number;
}

export const COUNT_FIELDS = ['qr', 'short', 'gs1', 'viewsId', 'viewsEn', 'orders'] as const;

export const emptyCounts = (): Counts => ({
  qr: 0,
  short: 0,
  gs1: 0,
  viewsId: 0,
  viewsEn: 0,
  orders: 0,
});

/** Every count together: the product's "interest". */
export const countsTotal = (c: Counts): number =>
  c.qr + c.short + c.gs1 + c.viewsId + c.viewsEn + c.orders;

/** Why lines were not counted. */
export interface Skipped {
  /** Not an access-log line, or cut off. */
  malformed: number;
  /** A crawler, link preview or monitor (npm `isbot`). */
  bot: number;
  /** HEAD requests (link checkers, monitors). */
  head: number;
  /** Other methods than GET and HEAD (but the order button's POST ping). */
  method: number;
  /** 4xx and 5xx answers. */
  error: number;
  /** 301/302/…: the request after the redirect is the one counted. */
  redirect: number;
  /** Images, scripts, styles, the search index, QR images, data files. */
  asset: number;
  /** The same shortened address and browser asking for the same thing within 30 minutes. */
  repeat: number;
  /** Before `--since`. */
  beforeSince: number;
}

export interface DayTotals extends Counts {
  day: string;
  /** Page views of every kind (products, lists, home, information pages). */
  pages: number;
  /** Searches that reached the server. */
  searches: number;
}

export interface PlaceTotals extends Counts {
  slug: string;
  name: { id: string; en: string };
  total: number;
}

export interface ProductTotals extends PlaceTotals {
  regency: string;
  island: string;
  category: string;
  /** Per WITA day (only days with a count). */
  days: Record<string, Counts>;
}

export interface StatsTotals {
  /** Format version of this file. */
  version: 1;
  timeZone: 'Asia/Makassar';
  dedupeWindowMinutes: number;
  /** First and last WITA day seen ('' when nothing was counted). */
  from: string;
  to: string;
  lines: number;
  skipped: Skipped;
  daily: DayTotals[];
  products: ProductTotals[];
  regencies: PlaceTotals[];
  islands: PlaceTotals[];
  categories: PlaceTotals[];
  /** Requests for codes, GTINs or product pages the catalogue does not know. */
  unknown: { qr: number; short: number; gs1: number; product: number; order: number };
  searches: {
    total: number;
    /** Words typed at least `minWordCount` times, most frequent first (at most 20). */
    topWords: { word: string; count: number }[];
    minWordCount: number;
  };
}

export interface AggregateOptions {
  /**
   * True for a crawler's User-Agent (the CLI passes npm `isbot`). Used only for an older log
   * that still holds User-Agents; the shipped format carries nginx's own robot flag.
   */
  isBot: (userAgent: string) => boolean;
  /** Count only requests at or after this instant (ms). */
  since?: number | undefined;
  windowMs?: number;
  /** A search word must be typed this often to be listed (a rare word can point at a person). */
  minWordCount?: number;
}

/** Keeps the word table from growing without end on a long log full of one-off words. */
const MAX_WORDS = 50_000;
const TOP_WORDS = 20;
export const MIN_WORD_COUNT = 5;

export class StatsAggregator {
  readonly #catalogue: StatsCatalogue;
  readonly #bySlug: Map<string, StatsProduct>;
  readonly #byGtin: Map<string, string>;
  readonly #opts: AggregateOptions;
  readonly #dedupe: DedupeWindow;
  readonly #agentCache = new Map<string, AgentToken>();
  #lines = 0;
  readonly #skipped: Skipped = {
    malformed: 0,
    bot: 0,
    head: 0,
    method: 0,
    error: 0,
    redirect: 0,
    asset: 0,
    repeat: 0,
    beforeSince: 0,
  };
  readonly #days = new Map<string, DayTotals>();
  /** slug -> day -> counts */
  readonly #products = new Map<string, Map<string, Counts>>();
  readonly #unknown = { qr: 0, short: 0, gs1: 0, product: 0, order: 0 };
  readonly #words = new Map<string, number>();
  #searches = 0;

  constructor(catalogue: StatsCatalogue, options: AggregateOptions) {
    this.#catalogue = catalogue;
    this.#opts = options;
    this.#dedupe = new DedupeWindow(options.windowMs ?? DEDUPE_WINDOW_MS);
    this.#bySlug = new Map(catalogue.products.map((p) => [p.slug, p]));
    this.#byGtin = new Map(
      catalogue.products.flatMap((p) => (p.gtin14 ? [[p.gtin14, p.slug] as const] : [])),
    );
  }

  /**
   * The line's client token: as nginx wrote it, or (older log) made from its User-Agent by
   * the same rules, so a User-Agent never reaches the repeat key.
   */
  #agent(field: string): AgentToken {
    let token = this.#agentCache.get(field);
    if (token === undefined) {
      token = parseAgentToken(field) ?? parseAgentToken(agentToken(field, this.#opts.isBot))!;
      if (this.#agentCache.size > 10_000) this.#agentCache.clear();
      this.#agentCache.set(field, token);
    }
    return token;
  }

  #day(day: string): DayTotals {
    let totals = this.#days.get(day);
    if (!totals) {
      totals = { day, ...emptyCounts(), pages: 0, searches: 0 };
      this.#days.set(day, totals);
    }
    return totals;
  }

  #productDay(slug: string, day: string): Counts {
    let days = this.#products.get(slug);
    if (!days) this.#products.set(slug, (days = new Map<string, Counts>()));
    let counts = days.get(day);
    if (!counts) days.set(day, (counts = emptyCounts()));
    return counts;
  }

  /** The product a hit is about, or undefined (then it is counted as unknown). */
  #productOf(hit: Hit): string | undefined {
    if (hit.kind === 'qr' || hit.kind === 'short' || hit.kind === 'order')
      return this.#catalogue.codes.get(hit.code);
    if (hit.kind === 'gs1') return this.#byGtin.get(hit.gtin);
    if (hit.kind === 'product') return this.#bySlug.has(hit.slug) ? hit.slug : undefined;
    return undefined;
  }

  /** Counts one line of the log. */
  add(text: string): void {
    this.#lines++;
    const line = parseLogLine(text);
    const skip = this.#skipped;
    if (!line) return void skip.malformed++;
    if (this.#opts.since !== undefined && line.time < this.#opts.since)
      return void skip.beforeSince++;
    if (line.method === 'HEAD') return void skip.head++;
    const hit = classify(line.path, line.query);
    // The order button's ping is a POST; every other counted request is a GET.
    if (line.method !== (hit.kind === 'order' ? 'POST' : 'GET')) return void skip.method++;
    // A printed or typed code the site does not know answers 404: worth counting (a misprint,
    // a label from another catalogue), apart from the products.
    const unknownCode =
      line.status === 404 && (hit.kind === 'qr' || hit.kind === 'short' || hit.kind === 'gs1');
    if (line.status >= 400 && !unknownCode) return void skip.error++;
    // 304: the browser showed its cached copy of the page: a visit all the same.
    if (line.status >= 300 && line.status < 400 && line.status !== 304) return void skip.redirect++;
    if (hit.kind === 'asset') return void skip.asset++;
    const agent = this.#agent(line.agent);
    if (agent.bot) return void skip.bot++;
    const what =
      hit.kind === 'search' ? `search:${hit.locale}:${line.query}` : `${hit.kind}:${line.path}`;
    const browser = `${agent.family} ${agent.mobile ? 'mobile' : 'desktop'}`;
    if (!this.#dedupe.admit(`${line.client}\u0000${browser}\u0000${what}`, line.time))
      return void skip.repeat++;

    const day = witaDay(line.time);
    const totals = this.#day(day);
    if (unknownCode) return void this.#unknown[hit.kind]++;
    // The order ping is a click, not a page someone looked at.
    if (hit.kind !== 'order') totals.pages++;
    if (hit.kind === 'page') return;
    if (hit.kind === 'search') {
      totals.searches++;
      this.#searches++;
      for (const word of new Set(hit.words)) this.#countWord(word);
      return;
    }
    const slug = this.#productOf(hit);
    if (!slug) {
      this.#unknown[hit.kind === 'product' ? 'product' : hit.kind]++;
      return;
    }
    const field = fieldOf(hit);
    this.#productDay(slug, day)[field]++;
    totals[field]++;
  }

  #countWord(word: string): void {
    this.#words.set(word, (this.#words.get(word) ?? 0) + 1);
    if (this.#words.size > MAX_WORDS) {
      // Drop the words seen once: they could never reach the list anyway unless typed again.
      for (const [w, n] of this.#words) if (n <= 1) this.#words.delete(w);
    }
  }

  /** The totals so far. */
  result(): StatsTotals {
    const products: ProductTotals[] = [];
    const places = {
      regencies: new Map<string, PlaceTotals>(),
      islands: new Map<string, PlaceTotals>(),
      categories: new Map<string, PlaceTotals>(),
    };
    const addTo = (
      map: Map<string, PlaceTotals>,
      slug: string,
      name: { id: string; en: string },
      counts: Counts,
    ): void => {
      let place = map.get(slug);
      if (!place) map.set(slug, (place = { slug, name, ...emptyCounts(), total: 0 }));
      for (const f of COUNT_FIELDS) place[f] += counts[f];
      place.total += countsTotal(counts);
    };
    for (const p of this.#catalogue.products) {
      const days = this.#products.get(p.slug) ?? new Map<string, Counts>();
      const sum = emptyCounts();
      for (const counts of days.values()) for (const f of COUNT_FIELDS) sum[f] += counts[f];
      products.push({
        slug: p.slug,
        name: p.name,
        regency: p.regency.slug,
        island: p.island.slug,
        category: p.category.slug,
        ...sum,
        total: countsTotal(sum),
        days: Object.fromEntries([...days].sort(([a], [b]) => a.localeCompare(b))),
      });
      addTo(places.regencies, p.regency.slug, p.regency.name, sum);
      addTo(places.islands, p.island.slug, { id: p.island.name, en: p.island.name }, sum);
      addTo(places.categories, p.category.slug, p.category.name, sum);
    }
    const byTotal = <T extends { total: number; slug: string }>(list: T[]): T[] =>
      list.sort((a, b) => b.total - a.total || a.slug.localeCompare(b.slug));
    const daily = [...this.#days.values()].sort((a, b) => a.day.localeCompare(b.day));
    const minWordCount = this.#opts.minWordCount ?? MIN_WORD_COUNT;
    const topWords = [...this.#words]
      .filter(([, n]) => n >= minWordCount)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .slice(0, TOP_WORDS)
      .map(([word, count]) => ({ word, count }));
    return {
      version: 1,
      timeZone: 'Asia/Makassar',
      dedupeWindowMinutes: Math.round((this.#opts.windowMs ?? DEDUPE_WINDOW_MS) / 60_000),
      from: daily[0]?.day ?? '',
      to: daily.at(-1)?.day ?? '',
      lines: this.#lines,
      skipped: { ...this.#skipped },
      daily,
      products: byTotal(products),
      regencies: byTotal([...places.regencies.values()]),
      islands: byTotal([...places.islands.values()]),
      categories: byTotal([...places.categories.values()]),
      unknown: { ...this.#unknown },
      searches: { total: this.#searches, topWords, minWordCount },
    };
  }
}

function fieldOf(hit: Hit): keyof Counts {
  switch (hit.kind) {
    case 'qr':
      return 'qr';
    case 'short':
      return 'short';
    case 'gs1':
      return 'gs1';
    case 'order':
      return 'orders';
    default:
      return localeField((hit as { locale: Locale }).locale);
  }
}

const localeField = (locale: Locale): keyof Counts => (locale === 'en' ? 'viewsEn' : 'viewsId');
