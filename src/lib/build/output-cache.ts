/**
 * A cache for a folder the build derives from many files (the Pagefind index from the product
 * pages): the key is a hash of every input file's path and bytes, so an entry is only reused
 * when all inputs are byte-identical to the build that made it. Files are hard-linked between
 * the cache and the output where the file system allows (instant, no second copy on disk) and
 * copied where it does not. The cache can only save time: a missing or half-written entry is
 * made again.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** Written last into an entry: an entry without it was interrupted and is never used. */
const COMPLETE = '.complete';

let sequence = 0;
/** When an entry was last stored or used, in an order that sorts as text. */
const stamp = () =>
  `${String(Date.now()).padStart(15, '0')}.${String(sequence++).padStart(9, '0')}`;

/** A hash of `salt` and every file's relative path and bytes, in sorted path order. */
export function hashFiles(root: string, files: readonly string[], salt: string): string {
  const hash = createHash('sha256').update(salt).update('\0');
  for (const file of [...files].sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1));
}

/** Links (or, across file systems, copies) every file of `from` into `to`. */
export function linkTree(from: string, to: string): number {
  const files = listFiles(from).filter((f) => f !== COMPLETE);
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(join(from, file), target);
    } catch {
      copyFileSync(join(from, file), target);
    }
  }
  return files.length;
}

export interface OutputCache {
  /** Fills `out` from the entry for `key`; false when there is none (make it, then `store`). */
  restore(key: string, out: string): boolean;
  /** Keeps `out` as the entry for `key`; older entries beyond `keep` are removed. */
  store(key: string, out: string): void;
}

export function outputCache(dir: string, keep = 2): OutputCache {
  return {
    restore(key, out) {
      const entry = join(dir, key);
      if (!existsSync(join(entry, COMPLETE))) return false;
      try {
        rmSync(out, { recursive: true, force: true });
        linkTree(entry, out);
        // Mark it as the newest, so pruning keeps it.
        writeFileSync(join(entry, COMPLETE), stamp());
        return true;
      } catch {
        // Whatever failed, the caller makes the output again into an empty folder.
        rmSync(out, { recursive: true, force: true });
        return false;
      }
    },
    store(key, out) {
      const entry = join(dir, key);
      const partial = `${entry}.${process.pid}.partial`;
      try {
        rmSync(partial, { recursive: true, force: true });
        linkTree(out, partial);
        writeFileSync(join(partial, COMPLETE), stamp());
        rmSync(entry, { recursive: true, force: true });
        renameSync(partial, entry);
        prune(dir, keep);
      } catch {
        // An unwritable cache only costs time: the next build makes the output again.
        try {
          rmSync(partial, { recursive: true, force: true });
        } catch {
          // Nothing was written.
        }
      }
    },
  };
}

/** Removes all but the `keep` most recently used complete entries, and stale partial ones. */
function prune(dir: string, keep: number): void {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory());
  const complete = entries
    .filter((d) => existsSync(join(dir, d.name, COMPLETE)))
    .map((d) => ({ name: d.name, used: readFileSync(join(dir, d.name, COMPLETE), 'utf8') }))
    .sort((a, b) => b.used.localeCompare(a.used));
  for (const old of complete.slice(keep)) rmSync(join(dir, old.name), { recursive: true });
  for (const d of entries) {
    if (d.name.endsWith('.partial') && !d.name.includes(`.${process.pid}.`)) {
      rmSync(join(dir, d.name), { recursive: true, force: true });
    }
  }
}
