/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key
 * and code are unchanged since the last build is copied from that build instead of rendered
 * again. Astro already invalidates on code, config (incl. SITE_URL), dependencies and Markdown
 * bodies; a key must name every *data* input a page shows, or the page goes stale. So a key is
 * built from fingerprints of everything the page reads, never from a subset chosen by hand.
 *
 * Inputs that are not content (build date, QR error correction) enter through the values they
 * produce (certificate status, ECL), so a rebuild on another day re-renders only the pages whose
 * certificate status changed that day.
 */
import { createHash } from 'node:crypto';
import type { ProductData } from '../../schemas/product.ts';
import { certificationsOf } from '../catalogue/certifications.ts';

/**
 * Bump when a page starts to show data that its key does not name yet: every key changes and
 * the next build renders every page once.
 */
export const PAGE_KEY_VERSION = 1;

/** A short stable key for a list of JSON-serialisable inputs. */
export function pageKey(...inputs: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([PAGE_KEY_VERSION, ...inputs]))
    .digest('base64url');
}

/**
 * What page keys need of a product (a content collection entry): a part of the schema's type,
 * with photos as Astro gives them (`src.src` is the built file name).
 */
export interface KeyedProduct {
  id: string;
  /** Astro's hash of the entry's file (frontmatter and body). */
  digest?: string | number | undefined;
  data: Pick<ProductData<{ src: string }>, 'hero' | 'gallery' | 'certifications'>;
}

const fingerprints = new WeakMap<KeyedProduct, { day: number; value: unknown[] }>();

/**
 * Everything of a product that any page may show: its file (by digest), its photos (their
 * built names carry a hash of the image bytes, so a photo replaced under the same file name
 * counts as a change) and its certificates' status on `today`.
 */
export function productFingerprint(p: KeyedProduct, today: Date): unknown[] {
  // Each product is fingerprinted for its own pages and again on every page that lists it
  // (~8 times per build): made once per product and day.
  const kept = fingerprints.get(p);
  if (kept?.day === today.getTime()) return kept.value;
  const value = [
    entryFingerprint(p),
    p.data.hero.src.src,
    p.data.gallery.map((g) => g.src.src),
    certificationsOf(p.data.certifications, today).map((c) => `${c.kind}:${c.status}`),
  ];
  fingerprints.set(p, { day: today.getTime(), value });
  return value;
}

/**
 * A content entry: Astro's digest of its file where the loader gives one (Markdown products),
 * else its data itself (entries of a YAML list, such as categories, have no digest).
 */
export function entryFingerprint(
  entry: { id: string; digest?: string | number | undefined; data: unknown } | undefined,
): unknown {
  if (!entry) return null;
  return [entry.id, entry.digest === undefined ? entry.data : String(entry.digest)];
}

/** A content collection entry (Astro's entries name their collection). */
interface CollectionEntryLike {
  collection: string;
  id: string;
  digest?: string | number | undefined;
  data: unknown;
}

function isEntry(value: object): value is CollectionEntryLike {
  return (
    'collection' in value &&
    typeof value.collection === 'string' &&
    'id' in value &&
    typeof value.id === 'string' &&
    'data' in value
  );
}

/**
 * The keyable form of a page's view model: every value as it is (a Map or Set by its entries),
 * except content entries, which stand for their fingerprint (a product: its file, photos and
 * certificate status; any other entry: its file or data). Functions and `undefined` drop out
 * as in JSON.
 */
export function viewFingerprint(value: unknown, today: Date): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => viewFingerprint(v, today));
  // A Map or Set has no own enumerable keys: keyed by its entries, or it would key as `{}`.
  if (value instanceof Map) return ['Map', viewFingerprint([...value.entries()], today)];
  if (value instanceof Set) return ['Set', viewFingerprint([...value], today)];
  if (isEntry(value)) {
    return value.collection === 'products'
      ? productFingerprint(value as unknown as KeyedProduct, today)
      : entryFingerprint(value);
  }
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [k, viewFingerprint(v, today)] as const),
  );
}

/**
 * The cache key of a page, derived from the view model the page renders (see
 * src/lib/views/product-view.ts): a value shown on the page is in its view, so in its key.
 */
export function viewKey(kind: string, view: unknown, today: Date): string {
  return pageKey(kind, viewFingerprint(view, today));
}
