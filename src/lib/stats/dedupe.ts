/**
 * "The same person twice within 30 minutes counts once", without knowing who anyone is: the key
 * is the shortened address, the coarse browser family and form nginx logged (`chrome mobile`;
 * src/lib/stats/agent.ts) and what was counted (e.g. `qr:ABCD`). Keys
 * live in memory only while their window is open, so memory follows the number of visitors in
 * 30 minutes, not the length of the log; nothing of them is ever written.
 */

export const DEDUPE_WINDOW_MS = 30 * 60 * 1000;

export class DedupeWindow {
  readonly #windowMs: number;
  /** key -> time of the hit that was counted; insertion order = order of those times (roughly). */
  readonly #open = new Map<string, number>();
  #latest = -Infinity;
  #sincePrune = 0;

  constructor(windowMs = DEDUPE_WINDOW_MS) {
    this.#windowMs = windowMs;
  }

  /** True when this hit counts (first in its window); false for a repeat inside the window. */
  admit(key: string, time: number): boolean {
    if (time > this.#latest) this.#latest = time;
    if (++this.#sincePrune >= 1024) this.#prune();
    const counted = this.#open.get(key);
    if (counted !== undefined && Math.abs(time - counted) < this.#windowMs) return false;
    // Re-inserting moves the key to the end, keeping the map in time order for #prune.
    this.#open.delete(key);
    this.#open.set(key, time);
    return true;
  }

  /** Keys held now (for the memory test). */
  get size(): number {
    return this.#open.size;
  }

  /**
   * Drops keys whose window closed. Lines are written when a request ends, so a log is in time
   * order only to within a few seconds; a key is kept one extra window to be safe.
   */
  #prune(): void {
    this.#sincePrune = 0;
    const before = this.#latest - 2 * this.#windowMs;
    for (const [key, time] of this.#open) {
      if (time >= before) break;
      this.#open.delete(key);
    }
  }
}
