/**
 * Whether the build's output folder tells `p` from `P`. On macOS and Windows it does not: there
 * the uppercase and lowercase short-link folders would overwrite each other, so the site emits
 * only `/p/<CODE>/` (and the build warns).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let cached: boolean | undefined;

export function isCaseSensitiveFs(dir: string = tmpdir()): boolean {
  if (cached !== undefined) return cached;
  mkdirSync(dir, { recursive: true });
  const probe = mkdtempSync(join(dir, 'case-'));
  try {
    writeFileSync(join(probe, 'a'), '');
    cached = !existsSync(join(probe, 'A'));
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
  return cached;
}
