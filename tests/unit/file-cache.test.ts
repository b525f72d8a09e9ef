import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entryPath, fileCache } from '../../src/lib/build/file-cache.ts';
import { qrFile, qrFileKey } from '../../src/lib/qr/encode.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bytes = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('fileCache', () => {
  it('makes a file once, then reads the kept copy', async () => {
    const cache = fileCache(dir, 'qr');
    const make = vi.fn(() => bytes('drawn'));
    expect(text(await cache.get('A', make))).toBe('drawn');
    expect(text(await cache.get('A', make))).toBe('drawn');
    expect(make).toHaveBeenCalledTimes(1);
    expect(cache.stats).toEqual({ hits: 1, misses: 1 });
    // A second build (a new cache object) finds the entry on disk.
    const next = fileCache(dir, 'qr');
    const never = vi.fn(() => bytes('other'));
    expect(text(await next.get('A', never))).toBe('drawn');
    expect(never).not.toHaveBeenCalled();
  });

  it('keeps keys and namespaces apart', async () => {
    const cache = fileCache(dir, 'qr');
    await cache.get('A', () => bytes('a'));
    expect(text(await cache.get('B', () => bytes('b')))).toBe('b');
    expect(text(await fileCache(dir, 'other').get('A', () => bytes('x')))).toBe('x');
    expect(entryPath(dir, 'qr', 'A')).not.toBe(entryPath(dir, 'qr', 'B'));
    expect(entryPath(dir, 'qr', 'A')).not.toBe(entryPath(dir, 'other', 'A'));
  });

  it('makes an empty entry again instead of serving it', async () => {
    const path = entryPath(dir, 'qr', 'A');
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, '');
    const cache = fileCache(dir, 'qr');
    expect(text(await cache.get('A', () => bytes('fresh')))).toBe('fresh');
    expect(readFileSync(path, 'utf8')).toBe('fresh');
  });

  it('still returns every file when the cache folder cannot be written, and says so once', async () => {
    const blocked = join(dir, 'file');
    writeFileSync(blocked, 'not a folder');
    const warn = vi.fn();
    const cache = fileCache(blocked, 'qr', warn);
    expect(text(await cache.get('A', () => bytes('a')))).toBe('a');
    expect(text(await cache.get('B', () => bytes('b')))).toBe('b');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/cannot write the cache/);
  });

  it('writes nothing when making the file fails', async () => {
    const cache = fileCache(dir, 'qr');
    await expect(
      cache.get('A', () => {
        throw new Error('encoder failed');
      }),
    ).rejects.toThrow('encoder failed');
    expect(existsSync(entryPath(dir, 'qr', 'A'))).toBe(false);
  });
});

describe('qrFileKey', () => {
  const base = { ecl: 'M', preview: false } as const;
  it('changes with every input that changes the file', () => {
    const key = qrFileKey('png', 'HTTPS://X.ID/P/AB12', base);
    expect(qrFileKey('png', 'HTTPS://X.ID/P/AB12', base)).toBe(key);
    expect(qrFileKey('svg', 'HTTPS://X.ID/P/AB12', base)).not.toBe(key);
    expect(qrFileKey('png', 'HTTPS://X.ID/P/AB13', base)).not.toBe(key);
    expect(qrFileKey('png', 'HTTPS://X.ID/P/AB12', { ...base, ecl: 'Q' })).not.toBe(key);
    expect(qrFileKey('png', 'HTTPS://X.ID/P/AB12', { ...base, preview: true })).not.toBe(key);
  });

  it('a cached print file has the same bytes as a freshly drawn one', async () => {
    const cache = fileCache(dir, 'qr');
    const payload = 'HTTPS://X.ID/P/AB12';
    const fresh = await qrFile('png', payload, base);
    await cache.get(qrFileKey('png', payload, base), () => qrFile('png', payload, base));
    const kept = await fileCache(dir, 'qr').get(qrFileKey('png', payload, base), () => {
      throw new Error('should have been read from the cache');
    });
    expect(Buffer.from(kept).equals(Buffer.from(fresh))).toBe(true);
    expect(Buffer.from(kept.subarray(1, 4)).toString()).toBe('PNG');
  });
});
