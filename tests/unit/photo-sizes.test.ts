import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { photoSizeCache } from '../../src/lib/content-check/photo-sizes.ts';

let dir: string;
let cacheFile: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-photo-sizes-'));
  cacheFile = join(dir, 'cache', 'sizes.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function photo(name: string, width: number, height: number): Promise<string> {
  const path = join(dir, name);
  await sharp({ create: { width, height, channels: 3, background: '#a86a12' } })
    .jpeg()
    .toFile(path);
  return path;
}

describe('photo size cache', () => {
  it('reads a photo once and answers from the cache file in the next run', async () => {
    const path = await photo('hero.jpg', 1600, 1200);
    const first = photoSizeCache(cacheFile);
    expect(await first.get(path)).toEqual({ width: 1600, height: 1200 });
    expect(first.stats).toEqual({ hits: 0, reads: 1 });
    first.save();
    const reads: string[] = [];
    const next = photoSizeCache(cacheFile, async (p) => {
      reads.push(p);
      return { width: 1, height: 1 };
    });
    expect(await next.get(path)).toEqual({ width: 1600, height: 1200 });
    expect(reads).toEqual([]);
  });

  it('reads the photo again when it was replaced (size or modification time changed)', async () => {
    const path = await photo('hero.jpg', 1600, 1200);
    const first = photoSizeCache(cacheFile);
    await first.get(path);
    first.save();
    // Same name, another photo: too small now, and the check must see it.
    await photo('hero.jpg', 640, 480);
    expect(await photoSizeCache(cacheFile).get(path)).toEqual({ width: 640, height: 480 });
    // Same bytes length is not enough: a new modification time also reads again.
    const c = photoSizeCache(cacheFile);
    await c.get(path);
    c.save();
    utimesSync(path, new Date(), new Date(Date.now() + 5000));
    const again = photoSizeCache(cacheFile);
    await again.get(path);
    expect(again.stats.reads).toBe(1);
  });

  it('never remembers a file that is not a readable photo', async () => {
    const path = join(dir, 'hero.jpg');
    writeFileSync(path, 'not a photo');
    const c = photoSizeCache(cacheFile);
    await expect(c.get(path)).rejects.toThrow();
    c.save();
    await expect(photoSizeCache(cacheFile).get(path)).rejects.toThrow();
  });

  it('starts again from a damaged cache file, and works without one', async () => {
    const path = await photo('hero.jpg', 1200, 1600);
    const c = photoSizeCache(cacheFile);
    await c.get(path);
    c.save();
    writeFileSync(cacheFile, '{"broken": ');
    const fresh = photoSizeCache(cacheFile);
    expect(await fresh.get(path)).toEqual({ width: 1200, height: 1600 });
    expect(fresh.stats.reads).toBe(1);
    writeFileSync(cacheFile, JSON.stringify({ [path]: ['x', 1, 2, 3] }));
    expect(await photoSizeCache(cacheFile).get(path)).toEqual({ width: 1200, height: 1600 });
    const none = photoSizeCache(undefined);
    expect(await none.get(path)).toEqual({ width: 1200, height: 1600 });
    none.save();
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toEqual({ [path]: ['x', 1, 2, 3] });
  });
});
