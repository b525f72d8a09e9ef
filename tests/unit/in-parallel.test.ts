import { describe, expect, it } from 'vitest';
import { inParallel } from '../../src/lib/build/in-parallel.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('inParallel', () => {
  it('keeps the order of the list whatever order the calls finish in', async () => {
    const items = [30, 0, 20, 5, 10, 1];
    const result = await inParallel(items, 3, async (ms, i) => {
      await sleep(ms);
      return `${i}:${ms}`;
    });
    expect(result).toEqual(items.map((ms, i) => `${i}:${ms}`));
  });

  it('never has more than `limit` calls in flight, and uses them all', async () => {
    let inFlight = 0;
    let most = 0;
    await inParallel(
      Array.from({ length: 20 }, (_, i) => i),
      4,
      async (i) => {
        inFlight++;
        most = Math.max(most, inFlight);
        await sleep(i % 3);
        inFlight--;
      },
    );
    expect(most).toBe(4);
  });

  it('handles an empty list and rejects a bad limit', async () => {
    expect(await inParallel([], 8, async () => 1)).toEqual([]);
    await expect(inParallel([1], 0, async (x) => x)).rejects.toThrow('limit');
  });

  it('passes a failure on', async () => {
    await expect(
      inParallel([1, 2, 3], 2, async (x) => {
        if (x === 2) throw new Error('bad photo');
        return x;
      }),
    ).rejects.toThrow('bad photo');
  });
});
