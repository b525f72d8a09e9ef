/**
 * A content-addressed cache on disk for files the build derives from a few inputs (QR print
 * files): the key names every input, so a changed input is a new file and an entry never goes
 * stale. Builds read a kept entry instead of encoding it again, which keeps warm rebuilds of
 * thousands of products fast. The cache can only save time, never lose output: an entry that is
 * missing, empty or unreadable is made again, and a cache folder that cannot be written is
 * reported once and skipped.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface FileCache {
  /** The cached bytes for `key`, or `make()`'s result (stored for next time). */
  get(key: string, make: () => Uint8Array | Promise<Uint8Array>): Promise<Uint8Array>;
  readonly stats: { hits: number; misses: number };
}

/** The path of an entry: a hash of namespace and key, fanned out over 256 folders. */
export function entryPath(dir: string, namespace: string, key: string): string {
  const hash = createHash('sha256').update(namespace).update('\0').update(key).digest('hex');
  return join(dir, namespace, hash.slice(0, 2), hash);
}

export function fileCache(
  dir: string,
  namespace: string,
  // eslint-disable-next-line no-console -- a build-time warning for the person building
  warn: (message: string) => void = (m) => console.warn(m),
): FileCache {
  const stats = { hits: 0, misses: 0 };
  let writable = true;
  return {
    stats,
    async get(key, make) {
      const path = entryPath(dir, namespace, key);
      try {
        const kept = readFileSync(path);
        if (kept.length > 0) {
          stats.hits++;
          return kept;
        }
      } catch {
        // Not cached yet (or unreadable): make it below.
      }
      stats.misses++;
      const bytes = await make();
      if (writable) {
        try {
          mkdirSync(dirname(path), { recursive: true });
          // Write beside, then rename: a build stopped halfway never leaves a truncated entry.
          const partial = `${path}.${process.pid}.partial`;
          writeFileSync(partial, bytes);
          renameSync(partial, path);
        } catch (error) {
          writable = false;
          warn(
            `[etalase] cache ${join(dir, namespace)} tidak bisa ditulis; berkas dibuat ulang setiap build. / ` +
              `cannot write the cache ${join(dir, namespace)}; files are made again on every build. (${String(error)})`,
          );
        }
      }
      return bytes;
    },
  };
}
