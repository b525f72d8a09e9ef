import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashFiles, linkTree, listFiles, outputCache } from '../../src/lib/build/output-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'etalase-output-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), text);
  }
}
const read = (root: string) =>
  Object.fromEntries(listFiles(root).map((f) => [f, readFileSync(join(root, f), 'utf8')]));

describe('hashFiles', () => {
  it('changes with any byte, path or the salt, not with the order of the list', () => {
    write(dir, { 'a/index.html': 'A', 'b/index.html': 'B' });
    const files = ['a/index.html', 'b/index.html'];
    const base = hashFiles(dir, files, 'v1');
    expect(hashFiles(dir, [...files].reverse(), 'v1')).toBe(base);
    expect(hashFiles(dir, files, 'v2')).not.toBe(base);
    expect(hashFiles(dir, files.slice(0, 1), 'v1')).not.toBe(base);
    write(dir, { 'b/index.html': 'B!' });
    expect(hashFiles(dir, files, 'v1')).not.toBe(base);
  });
});

describe('outputCache', () => {
  const index = { 'pagefind.js': 'js', 'fragment/x.pf_fragment': 'frag', 'index/y.pf_index': 'i' };

  it('gives back a stored folder file for file, and nothing for an unknown key', () => {
    const out = join(dir, 'dist/pagefind');
    write(out, index);
    const cache = outputCache(join(dir, 'cache'));
    cache.store('k1', out);
    rmSync(join(dir, 'dist'), { recursive: true });
    expect(cache.restore('k2', out)).toBe(false);
    expect(cache.restore('k1', out)).toBe(true);
    expect(read(out)).toEqual(index);
  });

  it('ignores an entry a stopped build left half-written', () => {
    write(join(dir, 'cache/k1'), index); // no completion mark
    expect(outputCache(join(dir, 'cache')).restore('k1', join(dir, 'out'))).toBe(false);
  });

  it('keeps only the most recently used entries', () => {
    const cache = outputCache(join(dir, 'cache'), 2);
    const out = join(dir, 'out');
    write(out, index);
    for (const key of ['k1', 'k2', 'k3']) cache.store(key, out);
    expect(readdirSync(join(dir, 'cache')).sort()).toEqual(['k2', 'k3']);
  });

  it('replaces whatever was in the output folder', () => {
    const out = join(dir, 'out');
    write(out, index);
    const cache = outputCache(join(dir, 'cache'));
    cache.store('k1', out);
    write(out, { 'stale.txt': 'old' });
    cache.restore('k1', out);
    expect(read(out)).toEqual(index);
  });

  it('a cache folder that cannot be written costs nothing but time', () => {
    const out = join(dir, 'out');
    write(out, index);
    writeFileSync(join(dir, 'file'), 'not a folder');
    const cache = outputCache(join(dir, 'file', 'cache'));
    expect(() => cache.store('k1', out)).not.toThrow();
    expect(cache.restore('k1', out)).toBe(false);
    expect(read(out)).toEqual(index);
  });
});

describe('linkTree', () => {
  it('recreates every file with its folders', () => {
    write(join(dir, 'from'), index0());
    expect(linkTree(join(dir, 'from'), join(dir, 'to'))).toBe(2);
    expect(read(join(dir, 'to'))).toEqual(index0());
  });
});

function index0() {
  return { 'a.txt': 'a', 'deep/er/b.txt': 'b' };
}
