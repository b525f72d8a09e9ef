/**
 * Reading access logs as streams: plain files and gzip-compressed rotations (recognised by
 * their first bytes, whatever their name), one line at a time, so memory does not grow with
 * the log. Files are read oldest first — ordered by the time of their first readable line —
 * because logrotate's names (`access.log`, `.1`, `.2.gz`, or `-20261207.gz`) sort the wrong way.
 */
import { createReadStream, openSync, readSync, closeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { lineTime } from '../../src/lib/stats/log-line.ts';

function isGzip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(2);
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

function open(path: string): Readable {
  const file = createReadStream(path);
  if (!isGzip(path)) return file;
  const gunzip = createGunzip();
  file.on('error', (e) => gunzip.destroy(e));
  return file.pipe(gunzip);
}

/**
 * The lines of a log file. A damaged or cut-off gzip file gives the lines before the damage,
 * then calls `onError` once (the caller reports it): a rotation cut short by a full disk still
 * counts what it holds.
 */
export async function* logLines(
  path: string,
  onError: (error: Error) => void = (e) => {
    throw e;
  },
): AsyncGenerator<string> {
  const stream = open(path);
  let failure: Error | undefined;
  stream.on('error', (e) => (failure = e));
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) yield line;
  } catch (e) {
    failure ??= e as Error;
  } finally {
    // Also when the reader stops early (oldestFirst reads one line): no open file left behind.
    lines.close();
    stream.destroy();
  }
  if (failure) onError(failure);
}

/** The time of a file's first readable line (Infinity for an empty or unreadable file). */
async function firstTime(path: string): Promise<number> {
  let n = 0;
  for await (const line of logLines(path, () => undefined)) {
    const time = lineTime(line);
    if (time !== undefined) return time;
    if (++n > 1000) break;
  }
  return Infinity;
}

/** The files, oldest first. */
export async function oldestFirst(paths: readonly string[]): Promise<string[]> {
  const times = await Promise.all(paths.map(async (p) => [p, await firstTime(p)] as const));
  return times.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([p]) => p);
}
