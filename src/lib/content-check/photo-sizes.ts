/**
 * Photo dimensions remembered between builds, so the content check does not open 10,000 photos
 * on every rebuild. An entry is used only while the file's size and modification time are the
 * ones it was read with (like make and rsync); any edit, copy or checkout of the photo reads it
 * again. A photo that cannot be read is never remembered, and a missing or damaged cache file is
 * simply started again: the cache can save time, never hide a problem.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import sharp from 'sharp';

export interface PhotoSize {
  width: number;
  height: number;
}

export interface PhotoSizeCache {
  /** The photo's pixel size; throws when the file is not a readable image. */
  get(path: string): Promise<PhotoSize>;
  /** Writes what was learnt (no-op without a file, or when nothing changed). */
  save(): void;
  readonly stats: { hits: number; reads: number };
}

/** path -> [bytes, mtime ms, width, height] */
type Entries = Record<string, [number, number, number, number]>;

const readSize = async (path: string): Promise<PhotoSize> => {
  const meta = await sharp(path, { limitInputPixels: false }).metadata();
  return { width: meta.width ?? 0, height: meta.height ?? 0 };
};

function load(file: string | undefined): Entries {
  if (!file) return {};
  try {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Entries) : {};
  } catch {
    return {};
  }
}

export function photoSizeCache(
  file: string | undefined,
  read: (path: string) => Promise<PhotoSize> = readSize,
): PhotoSizeCache {
  const entries = load(file);
  const stats = { hits: 0, reads: 0 };
  let dirty = false;
  return {
    stats,
    async get(path) {
      const { size, mtimeMs } = statSync(path);
      const kept = entries[path];
      if (
        Array.isArray(kept) &&
        kept.length === 4 &&
        kept.every((n) => typeof n === 'number') &&
        kept[0] === size &&
        kept[1] === mtimeMs
      ) {
        stats.hits++;
        return { width: kept[2], height: kept[3] };
      }
      stats.reads++;
      const photo = await read(path);
      entries[path] = [size, mtimeMs, photo.width, photo.height];
      dirty = true;
      return photo;
    },
    save() {
      if (!file || !dirty) return;
      try {
        mkdirSync(dirname(file), { recursive: true });
        const partial = `${file}.${process.pid}.partial`;
        writeFileSync(partial, JSON.stringify(entries));
        renameSync(partial, file);
        dirty = false;
      } catch {
        // An unwritable cache folder only costs time: the next build reads the photos again.
      }
    },
  };
}
